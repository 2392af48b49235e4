package fr.cmq.monitoring.service;

import fr.cmq.common.problem.FieldError;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.monitoring.domain.Partner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The rules of the action plan: partners of the campus, the steering committee's scores and dates. */
final class ActionRules {

    /** The largest score beyond 100 % the platform accepts (Annexe 3 says "voire au-delà" without a ceiling). */
    static final int HIGHEST_SCORE = 200;

    private ActionRules() {
    }

    /** Each partner once (400) and a partner of the campus, present or past (422). */
    static void checkPartners(UUID campusId, List<UUID> partnerIds) {
        if (partnerIds == null) {
            return;
        }
        Set<UUID> seen = new HashSet<>();
        List<FieldError> twice = new ArrayList<>();
        for (int i = 0; i < partnerIds.size(); i++) {
            if (!seen.add(partnerIds.get(i))) {
                twice.add(new FieldError("partnerIds[" + i + "]", "listed twice"));
            }
        }
        if (!twice.isEmpty()) {
            throw ProblemException.invalid(twice);
        }
        for (int i = 0; i < partnerIds.size(); i++) {
            Partner partner = Partner.findById(partnerIds.get(i));
            if (partner == null || !partner.campusId.equals(campusId)) {
                throw ProblemException.unprocessable("partnerIds[" + i + "]", "not a partner of this campus");
            }
        }
    }

    /** 25, 50, 75, or a whole percent from 100 to {@link #HIGHEST_SCORE} (400 naming score). */
    static void checkScore(int score) {
        if (!(score == 25 || score == 50 || score == 75 || (score >= 100 && score <= HIGHEST_SCORE))) {
            throw ProblemException.invalid("score", "must be 25, 50, 75 or from 100 to " + HIGHEST_SCORE
                    + " (the steering committee's ¼, ½, ¾, 100 % or beyond)");
        }
    }

    /** The committee met during or after the plan's year, and not in the future (422 naming committeeDate). */
    static void checkCommitteeDate(LocalDate date, int planYear, LocalDate today) {
        if (date.isAfter(today)) {
            throw ProblemException.unprocessable("committeeDate", "cannot be in the future (today in France is "
                    + today + ")");
        }
        if (date.getYear() < planYear) {
            throw ProblemException.unprocessable("committeeDate", "cannot be before the plan's year " + planYear);
        }
    }
}
