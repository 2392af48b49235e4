package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A dimension an indicator's targets and values can be broken down by (monitoring code list). Each is a query
 * parameter of the target and value writes: {@code establishment} (a UAI), {@code pathwayStatus}, {@code level},
 * {@code horizon}.
 */
@Schema(description = "Breakdown of an indicator. ESTABLISHMENT: an establishment of the campus (query parameter "
        + "establishment, its UAI); PATHWAY_STATUS: the learners' status (pathwayStatus); LEVEL: the level of "
        + "qualification (level); COHORT_HORIZON: how long after leaving a cohort is followed (horizon)")
public enum IndicatorBreakdown implements CodeList {
    @Label("Établissement") ESTABLISHMENT,
    @Label("Statut de l'apprenant") PATHWAY_STATUS,
    @Label("Niveau de qualification") LEVEL,
    @Label("Horizon de suivi de cohorte") COHORT_HORIZON;

    /** The query parameter that carries this breakdown's key. */
    public String parameter() {
        return switch (this) {
            case ESTABLISHMENT -> "establishment";
            case PATHWAY_STATUS -> "pathwayStatus";
            case LEVEL -> "level";
            case COHORT_HORIZON -> "horizon";
        };
    }
}
