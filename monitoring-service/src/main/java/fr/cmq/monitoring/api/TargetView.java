package fr.cmq.monitoring.api;

import fr.cmq.common.source.FactSource;
import fr.cmq.monitoring.domain.IndicatorDefinition;
import fr.cmq.monitoring.domain.IndicatorTarget;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;

@Schema(description = "A target of an indicator for a year and breakdown")
public record TargetView(
        @Schema(description = "The indicator's code") String indicator,
        @Schema(description = "The year the target is for") int year,
        BreakdownView breakdown,
        @Schema(description = "The target, in the indicator's unit") BigDecimal target,
        @Schema(description = "When it was last set") Instant setAt,
        @Schema(description = "Its version: the ETag of the target (in quotes), for If-Match") long version,
        @Schema(description = "Where the target's facts come from (issue 13)") FactSource source) {

    static TargetView of(IndicatorTarget t, IndicatorDefinition d) {
        return new TargetView(t.indicatorCode, t.year, BreakdownView.of(t.breakdown()), d.scaled(t.target),
                t.updatedAt(), t.version(), t.source);
    }
}
