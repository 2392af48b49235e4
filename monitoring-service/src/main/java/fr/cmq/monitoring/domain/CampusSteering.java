package fr.cmq.monitoring.domain;

import fr.cmq.common.reference.CohortHorizon;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What the national table needs of a campus's steering by results (recommendation 17): how many catalogue indicators
 * have a target, how many have a value for the last complete year, the completion of that year's action plan, and
 * the headline indicators' latest campus-level value against the target of the same year.
 */
public record CampusSteering(int lastCompleteYear, int indicatorsWithTarget, int indicatorsWithRecentValue,
                             BigDecimal planCompletionPercent, List<Headline> headlines) {

    /** A headline indicator and the breakdown its headline value is read at. */
    public record HeadlineKey(String code, Breakdown breakdown) {
    }

    /** The headline indicators: pressure rate, sustainable employment at 6 months, learners in mixed pathways. */
    public static final List<HeadlineKey> HEADLINES = List.of(
            new HeadlineKey("PRESSURE_RATE", Breakdown.TOTAL),
            new HeadlineKey("SUSTAINABLE_EMPLOYMENT_RATE", Breakdown.horizon(CohortHorizon.M6)),
            new HeadlineKey("MIXED_PATHWAY_LEARNERS", Breakdown.TOTAL));

    /** A headline indicator's latest value (null when none) and the target of that year. */
    public record Headline(String code, CohortHorizon horizon, Integer year, BigDecimal value, BigDecimal target,
                           BigDecimal gapToTarget) {
    }

    public static CampusSteering of(List<IndicatorSeries> series, int lastCompleteYear) {
        int withTarget = 0;
        int withRecentValue = 0;
        BigDecimal completion = null;
        List<Headline> headlines = new ArrayList<>();
        for (IndicatorSeries s : series) {
            if (!s.targets().isEmpty()) {
                withTarget++;
            }
            if (s.values().stream().anyMatch(r -> r.year() == lastCompleteYear)) {
                withRecentValue++;
            }
            if (IndicatorDefinition.FROM_ACTION_PLAN.equals(s.definition().computedFrom())) {
                completion = s.values().stream().filter(r -> r.year() == lastCompleteYear).map(Reading::value)
                        .findFirst().orElse(null);
            }
        }
        for (HeadlineKey key : HEADLINES) {
            IndicatorSeries s = series.stream().filter(x -> x.definition().code().equals(key.code())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("headline " + key.code() + " not in the catalogue"));
            List<Reading> readings = s.of(key.breakdown());
            Reading latest = readings.isEmpty() ? null : readings.get(readings.size() - 1);
            headlines.add(latest == null ? new Headline(key.code(), key.breakdown().horizon(), null, null, null, null)
                    : new Headline(key.code(), key.breakdown().horizon(), latest.year(), latest.value(),
                    latest.target(), latest.gapToTarget()));
        }
        return new CampusSteering(lastCompleteYear, withTarget, withRecentValue, completion, List.copyOf(headlines));
    }
}
