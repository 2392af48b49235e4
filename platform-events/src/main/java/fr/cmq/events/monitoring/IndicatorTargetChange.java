package fr.cmq.events.monitoring;

import fr.cmq.events.EventPayload;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** A target set for an indicator of a campus: the data of {@code IndicatorTargetSet}. */
@Schema(description = "Data of IndicatorTargetSet: the target set for one indicator, year and breakdown, and the "
        + "campus's steering state after it")
public record IndicatorTargetChange(
        @Schema(description = "Indicator code of the catalogue (GET /api/v1/reference/indicators)", required = true)
        String indicator,
        @Schema(description = "PERCENT, COUNT, EUROS or SCORE", required = true) String unit,
        @Schema(description = "The year the target is for", required = true) int year,
        @Schema(description = "The breakdown of the target", required = true) BreakdownState breakdown,
        @Schema(description = "The target, in the indicator's unit", required = true) BigDecimal target,
        @Schema(description = "The campus's steering state after the change", required = true)
        SteeringState steering) implements EventPayload {
}
