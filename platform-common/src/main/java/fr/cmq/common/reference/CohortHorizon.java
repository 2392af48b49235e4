package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How long after leaving a cohort of learners is followed: 6 months, 12 months, 2, 3 and 5 years (Annexe 3,
 * Employabilité), monitoring code list. A code cannot start with a digit: M6 is "6 months", Y2 "2 years".
 */
@Schema(description = "Horizon of a cohort follow-up (Annexe 3): M6 (6 months), M12 (12 months), Y2, Y3, Y5 "
        + "(2, 3, 5 years)")
public enum CohortHorizon implements CodeList {
    @Label("6 mois") M6,
    @Label("12 mois") M12,
    @Label("2 ans") Y2,
    @Label("3 ans") Y3,
    @Label("5 ans") Y5
}
