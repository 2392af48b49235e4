package fr.cmq.events.monitoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** What the national table needs of a campus's steering by results, computed after the change. */
@Schema(description = "The campus's steering by results after the change (recommendation 17, Annexe 3): how many "
        + "catalogue indicators have a target and a value for the last complete year, the completion of that "
        + "year's action plan, and the headline indicators against their targets")
public record SteeringState(
        @Schema(description = "The last complete calendar year (the year before today in France)", required = true)
        int lastCompleteYear,
        @Schema(description = "Catalogue indicators with at least one target, any year", required = true)
        int indicatorsWithTarget,
        @Schema(description = "Catalogue indicators with at least one value for lastCompleteYear (the action plan's "
                + "completion counts once a sheet of that year is scored)", required = true)
        int indicatorsWithRecentValue,
        @Schema(description = "Completion of the action plan of lastCompleteYear: the mean of its actions' scores, in "
                + "percent; null when no action of that year is scored", nullable = true)
        BigDecimal planCompletionPercent,
        @Schema(description = "The headline indicators, each once, in catalogue order", required = true)
        List<HeadlineState> headlines) {
}
