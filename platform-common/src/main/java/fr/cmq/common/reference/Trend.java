package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How an indicator's value moved since its previous value of the same breakdown (monitoring code list). */
@Schema(description = "Trend of a value against the previous year's value of the same breakdown: UP, DOWN, STABLE")
public enum Trend implements CodeList {
    @Label("En hausse") UP,
    @Label("En baisse") DOWN,
    @Label("Stable") STABLE
}
