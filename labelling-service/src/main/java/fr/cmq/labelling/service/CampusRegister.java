package fr.cmq.labelling.service;

import fr.cmq.common.outbox.Outbox;
import fr.cmq.common.problem.FieldError;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.labelling.api.CampusRegistration;
import fr.cmq.labelling.api.CampusView;
import fr.cmq.labelling.domain.Academy;
import fr.cmq.labelling.domain.Campus;
import fr.cmq.labelling.domain.Region;
import fr.cmq.labelling.domain.SectorFamily;
import fr.cmq.labelling.events.LabellingEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/** Use cases of the campus register; each runs in one transaction with its outbox event. */
@ApplicationScoped
public class CampusRegister {

    private final Outbox outbox;

    public CampusRegister(Outbox outbox) {
        this.outbox = outbox;
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
        campus.version = 1;
        campus.createdAt = now;
        campus.createdBy = actor;
        campus.updatedAt = now;
        campus.updatedBy = actor;
        campus.persist();
        CampusView view = CampusView.of(campus);
        outbox.append(LabellingEvents.CAMPUS_REGISTERED, campus.id, actor, view);
        return view;
    }

    public CampusView get(UUID id) {
        Campus campus = Campus.findById(id);
        if (campus == null) {
            throw ProblemException.notFound("Campus " + id);
        }
        return CampusView.of(campus);
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
}
