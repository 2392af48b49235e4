package fr.cmq.monitoring.service;

import fr.cmq.common.problem.FieldError;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.reference.PartnerCategory;
import fr.cmq.monitoring.domain.Identifiers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The rules between the fields of a partner: malformed identifiers and company size are 400; dates are 422. */
final class PartnerRules {

    private PartnerRules() {
    }

    static void check(PartnerRequest r, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (r.siret() != null && !Identifiers.isSiret(r.siret())) {
            errors.add(new FieldError("siret", "must be 14 digits passing the Luhn check"));
        }
        if (r.category() == PartnerCategory.COMPANY && r.companySize() == null) {
            errors.add(new FieldError("companySize", "required when category is COMPANY"));
        }
        if (r.category() != PartnerCategory.COMPANY && r.companySize() != null) {
            errors.add(new FieldError("companySize", "only for category COMPANY"));
        }
        WorkingGroups.checkEachOnce("workingGroups", r.workingGroups(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (r.leftOn() != null) {
            checkLeftOn(r.leftOn(), r.joinedOn(), today);
        }
    }

    /** A departure is recorded once it happened, and not before the partner joined. */
    static void checkLeftOn(LocalDate leftOn, LocalDate joinedOn, LocalDate today) {
        if (joinedOn != null && leftOn.isBefore(joinedOn)) {
            throw ProblemException.unprocessable("leftOn", "the left date (" + leftOn
                    + ") is before the joined date (" + joinedOn + ")");
        }
        if (leftOn.isAfter(today)) {
            throw ProblemException.unprocessable("leftOn", "the left date (" + leftOn
                    + ") is in the future; record the departure once it has happened");
        }
    }
}
