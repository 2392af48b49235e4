package fr.cmq.events.monitoring;

import fr.cmq.events.EventPayload;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** A value declared for an indicator of a campus: the data of {@code IndicatorValueDeclared}. */
@Schema(description = "Data of IndicatorValueDeclared: the value declared for one indicator, year and breakdown, "
        + "where it comes from, and the campus's steering state after it. Who declared it is the envelope's actor")
public record IndicatorValueChange(
        @Schema(description = "Indicator code of the catalogue (GET /api/v1/reference/indicators)", required = true)
        String indicator,
        @Schema(description = "PERCENT, COUNT, EUROS or SCORE", required = true) String unit,
        @Schema(description = "The year the value is for", required = true) int year,
        @Schema(description = "The breakdown of the value", required = true) BreakdownState breakdown,
        @Schema(description = "The value, in the indicator's unit; for a rate given by its numerator and denominator, "
                + "numerator / denominator in percent with one decimal (half up)", required = true) BigDecimal value,
        @Schema(description = "The rate's numerator, when the value was given by it", nullable = true) Long numerator,
        @Schema(description = "The rate's denominator, when the value was given by it", nullable = true)
        Long denominator,
        @Schema(description = "DOCUMENT, SURVEY_IVA, SURVEY_IPA, SURVEY_INSERJEUNES, CAMPUS_SURVEY or CAMPUS_REPORT",
                required = true) String source,
        @Schema(description = "Which document or survey (title, edition)", nullable = true) String sourceReference,
        @Schema(description = "The campus's steering state after the change", required = true)
        SteeringState steering) implements EventPayload {
}
