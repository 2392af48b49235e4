package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The unit of an indicator's values and targets (monitoring code list). */
@Schema(description = "Unit of an indicator. PERCENT: percent with one decimal (a rate, computed from its numerator "
        + "and denominator when they are given); COUNT: a whole number; EUROS: euros with at most two decimals; SCORE: "
        + "a score out of 100 with one decimal")
public enum IndicatorUnit implements CodeList {
    @Label("Pourcentage") PERCENT,
    @Label("Nombre") COUNT,
    @Label("Euros") EUROS,
    @Label("Score (sur 100)") SCORE
}
