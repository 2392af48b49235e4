package fr.cmq.monitoring.domain;

import fr.cmq.common.reference.IndicatorBreakdown;
import fr.cmq.common.reference.IndicatorTheme;
import fr.cmq.common.reference.IndicatorUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One indicator of the catalogue (reference data, {@code reference/indicators.json}), as the report words it.
 *
 * @param code               stable code
 * @param label              French label
 * @param theme              one of the five themes of Annexe 3
 * @param definition         the definition in the report's words (Annexe 3 or the paragraph named by the source)
 * @param numerator          what the rate's numerator counts, null when the indicator is not a rate
 * @param denominator        what the rate's denominator counts, null when the indicator is not a rate
 * @param unit               unit of values and targets
 * @param min                lowest value allowed
 * @param max                highest value allowed, null when unbounded (a pressure rate may pass 100 %)
 * @param breakdowns         the breakdowns a target or value may carry
 * @param requiredBreakdowns the breakdowns every target and value must carry (the cohort horizon of employment)
 * @param computedFrom       ACTION_PLAN or FUNDING when values are computed from those data, never declared; else null
 * @param headline           one of the headline indicators of the national table
 * @param complementary      a complementary indicator (Annexe 3's comments, [172], recommendation 18, [52])
 * @param source             the report's paragraph or annex the entry comes from
 */
public record IndicatorDefinition(String code, String label, IndicatorTheme theme, String definition,
                                  String numerator, String denominator, IndicatorUnit unit, BigDecimal min,
                                  BigDecimal max, List<IndicatorBreakdown> breakdowns,
                                  List<IndicatorBreakdown> requiredBreakdowns, String computedFrom, boolean headline,
                                  boolean complementary, String source) {

    /** Values computed from the annual action plan (the steering indicator). */
    public static final String FROM_ACTION_PLAN = "ACTION_PLAN";
    /** Values computed from the funding service's budgets (the budget theme). */
    public static final String FROM_FUNDING = "FUNDING";

    /** A rate: its value may be given by a numerator and a denominator, and is then computed. */
    public boolean isRate() {
        return numerator != null && denominator != null;
    }

    /**
     * A value or target in the unit's precision: percent and score with one decimal (150.0), a count whole, euros
     * with two decimals; null stays null. Values were checked against that precision when written.
     */
    public BigDecimal scaled(BigDecimal value) {
        if (value == null) {
            return null;
        }
        int decimals = switch (unit) {
            case COUNT -> 0;
            case EUROS -> 2;
            case PERCENT, SCORE -> 1;
        };
        return value.setScale(decimals, RoundingMode.HALF_UP);
    }

    /** Values are computed from other data (the action plan, the budgets) and never declared. */
    public boolean isComputed() {
        return computedFrom != null;
    }
}
