package fr.cmq.monitoring.service;

import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.common.imports.CampusLines;
import fr.cmq.common.imports.ImportLine;
import fr.cmq.common.imports.ImportOutcome;
import fr.cmq.common.imports.RecordType;
import fr.cmq.common.security.Caller;
import fr.cmq.common.time.CmqClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code profile} and {@code partner} lines of a region's import, written by the single writes' use cases
 * ({@link ProfileService#replace}, {@link PartnerService#importPartner}): same rules, same events.
 */
@ApplicationScoped
public class MonitoringImport {

    static final String PARTNER_ID = "partnerId";

    @Inject
    ProfileService profiles;
    @Inject
    PartnerService partners;
    @Inject
    CampusDirectory directory;
    @Inject
    Caller caller;
    @Inject
    CmqClock clock;

    /** The record types, profile then partner. */
    public List<RecordType<?>> types() {
        return List.of(new Profiles(), new Partners());
    }

    /** {@code profile}: {@code campusId} and the fields of PUT .../profile. */
    final class Profiles implements RecordType<ProfileRequest> {

        @Override
        public String name() {
            return "profile";
        }

        @Override
        public Map<String, Class<?>> keys() {
            return Map.of(CampusLines.CAMPUS_ID, UUID.class);
        }

        @Override
        public Class<ProfileRequest> body() {
            return ProfileRequest.class;
        }

        @Override
        public void precheck(ImportLine line, ProfileRequest body) {
            ProfileRules.check(body);
        }

        @Override
        public List<UUID> campuses(List<ImportLine> lines) {
            return CampusLines.campuses(lines);
        }

        @Override
        public ImportOutcome write(ImportLine line, ProfileRequest body) {
            ProfileService.Result result = profiles.replace(CampusLines.requireInRegion(directory, line), body, caller);
            return result.created() ? ImportOutcome.CREATED
                    : result.changed() ? ImportOutcome.UPDATED : ImportOutcome.UNCHANGED;
        }
    }

    /** {@code partner}: {@code campusId}, {@code partnerId} (chosen by the portal) and the fields of POST .../partners. */
    final class Partners implements RecordType<PartnerRequest> {

        private final Map<String, Class<?>> keys = new LinkedHashMap<>();

        Partners() {
            keys.put(CampusLines.CAMPUS_ID, UUID.class);
            keys.put(PARTNER_ID, UUID.class);
        }

        @Override
        public String name() {
            return "partner";
        }

        @Override
        public Map<String, Class<?>> keys() {
            return keys;
        }

        @Override
        public String id(ImportLine line) {
            return String.valueOf(line.uuid(PARTNER_ID));
        }

        @Override
        public Class<PartnerRequest> body() {
            return PartnerRequest.class;
        }

        @Override
        public void precheck(ImportLine line, PartnerRequest body) {
            PartnerRules.check(body, clock.today());
        }

        @Override
        public List<UUID> campuses(List<ImportLine> lines) {
            return CampusLines.campuses(lines);
        }

        @Override
        public ImportOutcome write(ImportLine line, PartnerRequest body) {
            return partners.importPartner(CampusLines.requireInRegion(directory, line), line.uuid(PARTNER_ID), body,
                    caller);
        }
    }
}
