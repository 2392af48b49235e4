package fr.cmq.monitoring.domain;

import fr.cmq.common.rules.Percentages;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A campus's action plan of a year and its completion as Annexe 3 computes it: each action sheet is scored by the
 * steering committee (¼, ½, ¾, 100 % or beyond) and the plan's completion is the mean of the scores, in percent with
 * one decimal (half up). Actions not scored yet do not count; no scored action, no completion.
 */
public record ActionPlan(int year, List<PlanAction> actions) {

    public int scoredActions() {
        return (int) actions.stream().filter(a -> a.score != null).count();
    }

    /** The mean of the scores in percent (25, 50, 100 and 125 read 75.0); null while no action is scored. */
    public BigDecimal completionPercent() {
        int scored = scoredActions();
        long sum = actions.stream().filter(a -> a.score != null).mapToLong(a -> a.score).sum();
        // percentOf(sum, 100 x n) = sum / n: the mean of scores that are already percents
        return Percentages.percentOf(sum, 100L * scored);
    }

    public long plannedBudgetCents() {
        return actions.stream().filter(a -> a.plannedBudgetCents != null).mapToLong(a -> a.plannedBudgetCents).sum();
    }

    /** The completion of every year of the campus that has a scored action, by year. */
    public static Map<Integer, BigDecimal> completions(List<PlanAction> actionsOfCampus) {
        Map<Integer, List<PlanAction>> byYear = actionsOfCampus.stream()
                .collect(Collectors.groupingBy(a -> a.year, TreeMap::new, Collectors.toList()));
        Map<Integer, BigDecimal> completions = new TreeMap<>();
        byYear.forEach((year, actions) -> {
            BigDecimal completion = new ActionPlan(year, actions).completionPercent();
            if (completion != null) {
                completions.put(year, completion);
            }
        });
        return completions;
    }
}
