package fr.cmq.monitoring.service;

import fr.cmq.common.problem.FieldError;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.reference.LegalForm;

import java.util.ArrayList;
import java.util.List;

/** The rules between the fields of a profile: 400 naming the field, or 422 for the domain's rules. */
final class ProfileRules {

    private ProfileRules() {
    }

    static void check(ProfileRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.legalForm() == LegalForm.GIP && r.gipKind() == null) {
            errors.add(new FieldError("gipKind", "required when legalForm is GIP"));
        }
        if (r.legalForm() != LegalForm.GIP && r.gipKind() != null) {
            errors.add(new FieldError("gipKind", "only for legalForm GIP"));
        }
        DirectorPost post = r.directorPost();
        if (post.exists() && post.fte() == null) {
            errors.add(new FieldError("directorPost.fte", "required when the post exists"));
        }
        if (!post.exists()) {
            if (post.fte() != null) {
                errors.add(new FieldError("directorPost.fte", "only when the post exists"));
            }
            if (post.vacant() != null) {
                errors.add(new FieldError("directorPost.vacant", "only when the post exists"));
            }
            if (post.missionLetter() != null) {
                errors.add(new FieldError("directorPost.missionLetter", "only when the post exists"));
            }
        }
        WorkingGroups.checkEachOnce("governance.workingGroups", r.governance().workingGroups(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (r.legalForm() == LegalForm.SUPPORT_ESTABLISHMENT && r.supportEstablishment() == null) {
            throw ProblemException.unprocessable("supportEstablishment",
                    "a campus backed by a support establishment must name it");
        }
        if (r.legalForm() == LegalForm.SUPPORT_ESTABLISHMENT && r.hasLegalPersonality()) {
            throw ProblemException.unprocessable("hasLegalPersonality", "a campus backed by a support "
                    + "establishment has no legal personality of its own (recommendation 8)");
        }
    }
}
