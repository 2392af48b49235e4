package fr.cmq.labelling.service;

import jakarta.inject.Inject;
import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.common.imports.ImportOutcome;
import fr.cmq.common.outbox.RecordedEvent;
import fr.cmq.common.persistence.AuditedEntity;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.security.Caller;
import fr.cmq.common.source.FactSource;
import fr.cmq.common.time.CmqClock;
import fr.cmq.events.labelling.LabellingEventTypes;
import fr.cmq.labelling.domain.Campus;
import fr.cmq.labelling.domain.DatedCampus;
import fr.cmq.labelling.events.LabellingEventData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Use cases of the campus register: register, change (merge-patch), read, list. Each write checks the
 * caller's region first, runs in one transaction and appends its event to the outbox.
 */
@ApplicationScoped
public class CampusService {

    @Inject
    CampusWrites writes;
    @Inject
    CmqClock clock;

    @Transactional
    public DatedCampus register(CampusRegistration request, Caller caller) {
        return new DatedCampus(register(UUID.randomUUID(), request, caller), clock.today());
    }

    private Campus register(UUID id, CampusRegistration request, Caller caller) {
        caller.requireWriteOn(request == null ? null : request.regionCode());
        writes.check(request);
        CampusInput.checkReferences(request.familyCode(), request.regionCode(), request.academyCodes());
        // a new campus takes the kind of its registration: EXAMPLE or SYNTHETIC makes it a demonstration campus
        FactSource source = writes.source(request.source(), caller, null);
        Campus campus = Campus.register(id, request.designation().strip(), request.familyCode(), request.regionCode(),
                request.academyCodes(), CampusInput.names(request.communicationNames(), "communicationNames"),
                source, caller.subject(), clock.now());
        campus.persistAndFlush();
        writes.publish(campus, caller, LabellingEventTypes.CAMPUS_REGISTERED, source, LabellingEventData.campus(campus));
        return campus;
    }

    /**
     * A campus line of an import: registers the campus under the id the portal chose (CampusRegistered), or, when
     * that id is already registered, replaces its designation, family, region, academies and communication names by
     * the line's, as a patch giving them all would (CampusUpdated; a new designation keeps the former one). A line
     * equal to the campus changes nothing and publishes nothing. The campus must be of the import's region.
     */
    @Transactional
    public ImportOutcome importCampus(UUID id, String importRegion, CampusRegistration request, Caller caller) {
        if (!importRegion.equals(request.regionCode())) {
            throw ProblemException.unprocessable("regionCode", "the import is for region " + importRegion
                    + ": a campus of region " + request.regionCode() + " is imported into its own region");
        }
        Campus campus = Campus.findForWrite(id);
        if (campus == null) {
            register(id, request, caller);
            return ImportOutcome.CREATED;
        }
        caller.requireWriteOn(campus.regionCode);
        if (!campus.regionCode.equals(importRegion)) {
            throw ProblemException.unprocessable("campusId", "campus " + id + " is of region " + campus.regionCode
                    + ", not of region " + importRegion + " (a move is a PATCH of the campus)");
        }
        writes.check(request);
        CampusInput.checkReferences(request.familyCode(), request.regionCode(), request.academyCodes());
        String designation = request.designation().strip();
        List<String> names = CampusInput.names(request.communicationNames(), "communicationNames");
        FactSource source = writes.source(request.source(), caller, campus);
        if (campus.designation.equals(designation) && campus.familyCode.equals(request.familyCode())
                && campus.academyCodes.equals(request.academyCodes()) && campus.communicationNames.equals(names)) {
            return ImportOutcome.UNCHANGED;
        }
        campus.rename(designation);
        campus.familyCode = request.familyCode();
        campus.academyCodes = AuditedEntity.keepOrReplace(campus.academyCodes, request.academyCodes());
        campus.communicationNames = AuditedEntity.keepOrReplace(campus.communicationNames, names);
        campus.factSource = source;
        campus.refreshSearchText();
        writes.recordUpdate(campus, caller);
        writes.publish(campus, caller, LabellingEventTypes.CAMPUS_UPDATED, source, LabellingEventData.campus(campus));
        return ImportOutcome.UPDATED;
    }

    /**
     * Applies a JSON merge-patch (RFC 7386) to a campus. A new designation keeps the former one among
     * {@code formerDesignations}; the id never changes. The caller must be allowed to write the campus's
     * region and, when the patch moves it, the new one.
     */
    @Transactional
    public DatedCampus patch(UUID id, JsonNode body, String ifMatch, Caller caller) {
        Campus campus = writes.lock(id, caller, ifMatch);
        CampusPatch patch = CampusPatch.read(body);
        String region = patch.regionCodeOr(campus.regionCode);
        if (!region.equals(campus.regionCode)) {
            caller.requireWriteOn(region);
        }
        String family = patch.familyCodeOr(campus.familyCode);
        List<String> academies = patch.academyCodesOr(campus.academyCodes);
        CampusInput.checkReferences(family, region, academies);
        FactSource source = writes.source(patch.source(), caller, campus);

        campus.factSource = source;
        campus.rename(patch.designationOr(campus.designation));
        campus.familyCode = family;
        campus.regionCode = region;
        campus.academyCodes = AuditedEntity.keepOrReplace(campus.academyCodes, academies);
        if (patch.setsCommunicationNames()) {
            campus.communicationNames = AuditedEntity.keepOrReplace(campus.communicationNames, patch.communicationNames());
        }
        campus.refreshSearchText();
        writes.recordUpdate(campus, caller);
        writes.publish(campus, caller, LabellingEventTypes.CAMPUS_UPDATED, source, LabellingEventData.campus(campus));
        return new DatedCampus(campus, clock.today());
    }

    public DatedCampus get(UUID id) {
        return new DatedCampus(require(id), clock.today());
    }

    /** The campus, or 404. */
    static Campus require(UUID id) {
        Campus campus = Campus.findById(id);
        if (campus == null) {
            throw ProblemException.notFound("Campus " + id);
        }
        return campus;
    }

    /** Every accepted write on the campus or its label (the events it produced), oldest first. */
    public List<RecordedEvent> auditTrail(UUID id) {
        require(id);
        return writes.trail(id);
    }

    /**
     * One page of the register in designation order, after the position {@code after} (null: from the
     * start), or every matching campus when {@code limit} is null.
     */
    public List<DatedCampus> list(CampusQuery query, CampusQuery.After after, Integer limit) {
        LocalDate today = clock.today();
        return CampusSearch.find(query, after, limit, today).stream().map(c -> new DatedCampus(c, today)).toList();
    }
}
