package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The five themes of the report's Annexe 3 (steering indicators of the académie de Grenoble), monitoring code list. */
@Schema(description = "Theme of an indicator: the five themes of the report's Annexe 3. French labels: GET "
        + "/api/v1/reference/indicators")
public enum IndicatorTheme implements CodeList {
    @Label("Attractivité et rayonnement du campus") ATTRACTIVENESS,
    @Label("Mobilité des apprenants (voies et niveaux)") LEARNER_MOBILITY,
    @Label("Pilotage du campus") STEERING,
    @Label("Employabilité") EMPLOYABILITY,
    @Label("Budget") BUDGET
}
