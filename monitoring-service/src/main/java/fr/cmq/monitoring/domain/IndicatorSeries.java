package fr.cmq.monitoring.domain;

import fr.cmq.common.reference.Trend;
import fr.cmq.common.reference.ValueSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One indicator of the catalogue for one campus: its targets and its values by year and breakdown, each value with its
 * gap to the target of the same year and breakdown and its trend. The steering indicator's values are the completions
 * of the campus's action plans (never declared).
 */
public record IndicatorSeries(IndicatorDefinition definition, List<IndicatorTarget> targets, List<Reading> values) {

    /** Every indicator of the catalogue for the campus, in catalogue order. */
    public static List<IndicatorSeries> ofCampus(IndicatorCatalogue catalogue, List<IndicatorTarget> targets,
                                                 List<IndicatorValue> values, Map<Integer, BigDecimal> completions) {
        List<IndicatorSeries> series = new ArrayList<>();
        for (IndicatorDefinition d : catalogue.all()) {
            List<IndicatorTarget> own = targets.stream().filter(t -> t.indicatorCode.equals(d.code())).toList();
            List<Reading> raw = new ArrayList<>();
            if (IndicatorDefinition.FROM_ACTION_PLAN.equals(d.computedFrom())) {
                completions.forEach((year, completion) -> raw.add(new Reading(year, Breakdown.TOTAL, completion, null,
                        null, ValueSource.ACTION_PLAN, null, null, null, null, null, null, null)));
            } else {
                values.stream().filter(v -> v.indicatorCode.equals(d.code())).forEach(v -> raw.add(new Reading(v.year,
                        v.breakdown(), v.value, v.numerator, v.denominator, v.source, v.sourceReference, v.updatedAt(),
                        v.updatedBy(), v.version(), null, null, null)));
            }
            series.add(new IndicatorSeries(d, own, compared(d, raw, own)));
        }
        return series;
    }

    /** The readings of one breakdown, oldest first. */
    public List<Reading> of(Breakdown breakdown) {
        return values.stream().filter(r -> r.breakdown().equals(breakdown)).toList();
    }

    /** Each value with the target of its year and breakdown, the gap to it and the trend since the previous value. */
    private static List<Reading> compared(IndicatorDefinition d, List<Reading> raw, List<IndicatorTarget> targets) {
        Map<String, BigDecimal> targetOf = new HashMap<>();
        targets.forEach(t -> targetOf.put(t.year + "|" + t.breakdownKey, d.scaled(t.target)));
        List<Reading> sorted = new ArrayList<>(raw);
        sorted.sort(Comparator.comparing((Reading r) -> r.breakdown().key()).thenComparingInt(Reading::year));
        Map<String, BigDecimal> previous = new HashMap<>();
        List<Reading> out = new ArrayList<>();
        for (Reading r : sorted) {
            String key = r.breakdown().key();
            BigDecimal target = targetOf.get(r.year() + "|" + key);
            BigDecimal value = d.scaled(r.value());
            BigDecimal before = previous.put(key, value);
            out.add(new Reading(r.year(), r.breakdown(), value, r.numerator(), r.denominator(), r.source(),
                    r.sourceReference(), r.declaredAt(), r.declaredBy(), r.version(), target,
                    target == null ? null : value.subtract(target), trend(before, value)));
        }
        out.sort(Comparator.comparingInt(Reading::year).thenComparing(r -> r.breakdown().key()));
        return out;
    }

    private static Trend trend(BigDecimal before, BigDecimal now) {
        if (before == null) {
            return null;
        }
        int c = now.compareTo(before);
        return c > 0 ? Trend.UP : c < 0 ? Trend.DOWN : Trend.STABLE;
    }
}
