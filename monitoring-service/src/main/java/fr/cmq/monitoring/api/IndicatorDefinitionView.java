package fr.cmq.monitoring.api;

import fr.cmq.common.reference.IndicatorBreakdown;
import fr.cmq.common.reference.IndicatorTheme;
import fr.cmq.common.reference.IndicatorUnit;
import fr.cmq.monitoring.domain.IndicatorDefinition;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

@Schema(description = "An indicator of the catalogue, as the report words it, with its source paragraph")
public record IndicatorDefinitionView(
        @Schema(description = "Stable code, as used in the indicator paths", example = "PRESSURE_RATE") String code,
        @Schema(description = "French label", example = "Taux de pression") String label,
        IndicatorTheme theme,
        @Schema(description = "French label of the theme (Annexe 3)") String themeLabel,
        @Schema(description = "The definition in the report's words (Annexe 3 or the paragraph of the source)")
        String definition,
        @Schema(description = "What a rate's numerator counts; null when the indicator is not a rate",
                nullable = true) String numerator,
        @Schema(description = "What a rate's denominator counts; null when the indicator is not a rate",
                nullable = true) String denominator,
        IndicatorUnit unit,
        @Schema(description = "French label of the unit") String unitLabel,
        @Schema(description = "Lowest value and target allowed") BigDecimal min,
        @Schema(description = "Highest value and target allowed; null when unbounded (a pressure rate may pass "
                + "100 %)", nullable = true) BigDecimal max,
        @Schema(description = "Breakdowns a target or value may carry (each a query parameter of the writes)")
        List<IndicatorBreakdown> breakdowns,
        @Schema(description = "Breakdowns every target and value must carry") List<IndicatorBreakdown> requiredBreakdowns,
        @Schema(description = "ACTION_PLAN or FUNDING when values are computed from those data and never declared",
                nullable = true) String computedFrom,
        @Schema(description = "A headline indicator of the national table") boolean headline,
        @Schema(description = "A complementary indicator (Annexe 3's comments, [172], recommendation 18, [52])")
        boolean complementary,
        @Schema(description = "The report's paragraph or annex the entry comes from") String source) {

    static IndicatorDefinitionView of(IndicatorDefinition d) {
        return new IndicatorDefinitionView(d.code(), d.label(), d.theme(), d.theme().label(), d.definition(),
                d.numerator(), d.denominator(), d.unit(), d.unit().label(), d.min(), d.max(), d.breakdowns(),
                d.requiredBreakdowns(), d.computedFrom(), d.headline(), d.complementary(), d.source());
    }
}
