package fr.cmq.monitoring.api;

import fr.cmq.common.reference.Trend;
import fr.cmq.common.reference.ValueSource;
import fr.cmq.common.rules.Percentages;
import fr.cmq.monitoring.domain.Reading;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;

@Schema(description = "A value of an indicator for a year and breakdown, declared or computed, against the target "
        + "of the same year and breakdown. " + Percentages.RULE)
public record ValueView(
        @Schema(description = "The indicator's code") String indicator,
        @Schema(description = "The year the value is for") int year,
        BreakdownView breakdown,
        @Schema(description = "The value, in the indicator's unit; a rate given by its counts is numerator / "
                + "denominator in percent, one decimal, half up") BigDecimal value,
        @Schema(description = "The rate's numerator, when given", nullable = true) Long numerator,
        @Schema(description = "The rate's denominator, when given", nullable = true) Long denominator,
        ValueSource source,
        @Schema(description = "Which document or survey", nullable = true) String sourceReference,
        @Schema(description = "When it was declared; null for a computed value", nullable = true) Instant declaredAt,
        @Schema(description = "Who declared it (token subject), shown to the national role only", nullable = true)
        String declaredBy,
        @Schema(description = "Its version: the ETag of the value (in quotes), for If-Match; null for a computed "
                + "value", nullable = true) Long version,
        @Schema(description = "The target of the same year and breakdown", nullable = true) BigDecimal target,
        @Schema(description = "value - target (percentage points for a rate); null without a target",
                nullable = true) BigDecimal gapToTarget,
        @Schema(description = "Against the latest earlier value of the same breakdown; null without one",
                nullable = true) Trend trend) {

    static ValueView of(String indicator, Reading r, boolean showActor) {
        return new ValueView(indicator, r.year(), BreakdownView.of(r.breakdown()), r.value(), r.numerator(),
                r.denominator(), r.source(), r.sourceReference(), r.declaredAt(), showActor ? r.declaredBy() : null,
                r.version(), r.target(), r.gapToTarget(), r.trend());
    }
}
