package fr.cmq.labelling.service;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.common.outbox.Outbox;
import fr.cmq.common.problem.FieldError;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.web.ETags;
import fr.cmq.labelling.api.CampusRegistration;
import fr.cmq.labelling.api.CampusView;
import fr.cmq.labelling.domain.Academy;
import fr.cmq.labelling.domain.Campus;
import fr.cmq.labelling.domain.LabelDates;
import fr.cmq.labelling.domain.Region;
import fr.cmq.labelling.domain.SearchText;
import fr.cmq.labelling.domain.SectorFamily;
import fr.cmq.labelling.events.LabellingEvents;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/** Use cases of the campus register; each write runs in one transaction with its outbox event. */
@ApplicationScoped
public class CampusRegister {

    /** The fields a merge-patch may change. */
    static final Set<String> PATCHABLE = Set.of("designation", "familyCode", "regionCode", "academyCodes",
            "communicationNames");

    private final Outbox outbox;
    private final LabellingClock clock;

    public CampusRegister(Outbox outbox, LabellingClock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public CampusView register(CampusRegistration request, String actor) {
        checkReferences(request.familyCode(), request.regionCode(), request.academyCodes());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Campus campus = new Campus();
        campus.id = UUID.randomUUID();
        campus.designation = request.designation().strip();
        campus.familyCode = request.familyCode();
        campus.regionCode = request.regionCode();
        campus.academyCodes = new ArrayList<>(request.academyCodes());
        campus.communicationNames = request.communicationNames() == null
                ? new ArrayList<>() : cleanNames(request.communicationNames(), "communicationNames");
        campus.setLabelDates(LabelDates.NONE);
        campus.refreshSearchText();
        campus.version = 1;
        campus.createdAt = now;
        campus.createdBy = actor;
        campus.updatedAt = now;
        campus.updatedBy = actor;
        campus.persist();
        CampusView view = CampusView.of(campus, clock.today());
        outbox.append(LabellingEvents.CAMPUS_REGISTERED, campus.id, actor, view);
        return view;
    }

    /**
     * Applies a JSON merge-patch (RFC 7386) to a campus. A new designation keeps the former one among
     * {@code formerDesignations}; the id never changes. {@code regionCheck} refuses a region the caller
     * may not write (called with the current region and, when it changes, the new one).
     */
    @Transactional
    public CampusView patch(UUID id, JsonNode patch, String ifMatch, String actor, Consumer<String> regionCheck) {
        Campus campus = Campus.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (campus == null) {
            throw ProblemException.notFound("Campus " + id);
        }
        regionCheck.accept(campus.regionCode);
        ETags.requireMatch(ifMatch, campus.version);
        if (patch == null || !patch.isObject() || patch.isEmpty()) {
            throw ProblemException.invalid("body", "a JSON object with at least one of " + PATCHABLE);
        }
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<String> names = patch.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!PATCHABLE.contains(name)) {
                errors.add(new FieldError(name, "unknown or read-only field"));
            } else if (patch.get(name).isNull() && !name.equals("communicationNames")) {
                errors.add(new FieldError(name, "cannot be removed"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String designation = text(patch, "designation", campus.designation);
        String family = text(patch, "familyCode", campus.familyCode);
        String region = text(patch, "regionCode", campus.regionCode);
        List<String> academies = patch.has("academyCodes") ? strings(patch.get("academyCodes"), "academyCodes")
                : campus.academyCodes;
        if (academies.isEmpty()) {
            throw ProblemException.invalid("academyCodes", "at least one academy");
        }
        if (designation.isBlank() || designation.length() > 300) {
            throw ProblemException.invalid("designation", "must be 1 to 300 characters");
        }
        if (!region.equals(campus.regionCode)) {
            regionCheck.accept(region);
        }
        checkReferences(family, region, academies);

        if (!designation.equals(campus.designation)) {
            campus.formerDesignations = new ArrayList<>(campus.formerDesignations);
            campus.formerDesignations.add(campus.designation);
            campus.designation = designation;
        }
        campus.familyCode = family;
        campus.regionCode = region;
        campus.academyCodes = new ArrayList<>(academies);
        if (patch.has("communicationNames")) {
            campus.communicationNames = patch.get("communicationNames").isNull()
                    ? new ArrayList<>() : cleanNames(strings(patch.get("communicationNames"), "communicationNames"),
                    "communicationNames");
        }
        campus.refreshSearchText();
        campus.version++;
        campus.updatedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        campus.updatedBy = actor;
        CampusView view = CampusView.of(campus, clock.today());
        outbox.append(LabellingEvents.CAMPUS_UPDATED, campus.id, actor, view);
        return view;
    }

    public CampusView get(UUID id) {
        return CampusView.of(require(id), clock.today());
    }

    public Campus require(UUID id) {
        Campus campus = Campus.findById(id);
        if (campus == null) {
            throw ProblemException.notFound("Campus " + id);
        }
        return campus;
    }

    /**
     * One page of the register in designation order, after the campus {@code after} (a cursor's key:
     * designation and id), or every matching campus when {@code limit} is null.
     */
    public List<CampusView> list(CampusQuery query, String[] after, Integer limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        LocalDate today = clock.today();
        if (query.region() != null) {
            where.append(" and regionCode = :region");
            params.and("region", query.region());
        }
        if (query.family() != null) {
            where.append(" and familyCode = :family");
            params.and("family", query.family());
        }
        if (query.academy() != null) {
            where.append(" and :academy member of academyCodes");
            params.and("academy", query.academy());
        }
        if (query.labelStatus() != null) {
            where.append(" and ").append(LabelDates.hqlCondition(query.labelStatus()));
            params.and("today", today);
        }
        if (query.q() != null && !query.q().isBlank()) {
            where.append(" and searchText like :q");
            params.and("q", "%" + SearchText.normalise(query.q().strip())
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (after != null) {
            where.append(" and (designation > :afterName or (designation = :afterName and id > :afterId))");
            params.and("afterName", after[0]).and("afterId", UUID.fromString(after[1]));
        }
        var found = Campus.<Campus>find(where.toString(), Sort.by("designation").and("id"), params);
        List<Campus> campuses = limit == null ? found.list() : found.page(0, limit).list();
        return campuses.stream().map(c -> CampusView.of(c, today)).toList();
    }

    /**
     * Unknown codes are field errors (400); an academy of another region breaks the register's
     * rule (422). Nothing is stored when either happens.
     */
    void checkReferences(String familyCode, String regionCode, List<String> academyCodes) {
        List<FieldError> errors = new ArrayList<>();
        if (SectorFamily.findById(familyCode) == null) {
            errors.add(new FieldError("familyCode", "unknown sector family '" + familyCode
                    + "' (see /api/v1/reference/sector-families)"));
        }
        Region region = Region.findById(regionCode);
        if (region == null) {
            errors.add(new FieldError("regionCode", "unknown region '" + regionCode
                    + "' (see /api/v1/reference/regions)"));
        }
        List<Academy> academies = new ArrayList<>();
        for (int i = 0; i < academyCodes.size(); i++) {
            Academy academy = Academy.findById(academyCodes.get(i));
            if (academy == null) {
                errors.add(new FieldError("academyCodes[" + i + "]", "unknown academy '" + academyCodes.get(i)
                        + "' (see /api/v1/reference/academies)"));
            } else {
                academies.add(academy);
            }
        }
        if (new HashSet<>(academyCodes).size() != academyCodes.size()) {
            errors.add(new FieldError("academyCodes", "an academy is listed twice"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        for (Academy academy : academies) {
            if (!academy.regionCode.equals(regionCode)) {
                throw ProblemException.unprocessable("academyCodes", "academy " + academy.code
                        + " belongs to region " + academy.regionCode + ", not to region " + regionCode);
            }
        }
    }

    private static String text(JsonNode patch, String field, String current) {
        if (!patch.has(field)) {
            return current;
        }
        if (!patch.get(field).isTextual()) {
            throw ProblemException.invalid(field, "must be a string");
        }
        return patch.get(field).asText().strip();
    }

    private static List<String> strings(JsonNode node, String field) {
        if (!node.isArray()) {
            throw ProblemException.invalid(field, "must be an array of strings");
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual() || node.get(i).asText().isBlank()) {
                throw ProblemException.invalid(field + "[" + i + "]", "must be a non-empty string");
            }
            values.add(node.get(i).asText().strip());
        }
        return values;
    }

    private static List<String> cleanNames(List<String> names, String field) {
        List<String> clean = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i) == null ? "" : names.get(i).strip();
            if (name.isEmpty() || name.length() > 300) {
                throw ProblemException.invalid(field + "[" + i + "]", "must be 1 to 300 characters");
            }
            if (!clean.contains(name)) {
                clean.add(name);
            }
        }
        return clean;
    }
}
