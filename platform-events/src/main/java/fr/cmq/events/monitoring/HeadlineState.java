package fr.cmq.events.monitoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** The latest value of a headline indicator of a campus against its target of the same year. */
@Schema(description = "A headline indicator of the campus (PRESSURE_RATE, SUSTAINABLE_EMPLOYMENT_RATE at 6 months, "
        + "MIXED_PATHWAY_LEARNERS): its latest campus-level value against the target of that year")
public record HeadlineState(
        @Schema(description = "Indicator code of the catalogue", required = true) String indicator,
        @Schema(description = "Cohort horizon of the value (M6 for sustainable employment), else null",
                nullable = true) String horizon,
        @Schema(description = "Year of the latest value, null when the campus has none", nullable = true) Integer year,
        @Schema(description = "The latest value, in the indicator's unit", nullable = true) BigDecimal value,
        @Schema(description = "The target of the same year, in the indicator's unit", nullable = true)
        BigDecimal target,
        @Schema(description = "value - target (percentage points for a rate); null without both", nullable = true)
        BigDecimal gapToTarget) {
}
