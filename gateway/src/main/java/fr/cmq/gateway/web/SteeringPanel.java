package fr.cmq.gateway.web;

import fr.cmq.gateway.dashboard.Distribution;
import fr.cmq.gateway.dashboard.NationalSummary;
import io.quarkus.qute.TemplateData;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The national page's panel « Pilotage par les résultats » (recommendation 17, Annexe 3): how many campuses have
 * targets and recent values, and the spread of each headline indicator nationally and per region, from the same
 * {@link NationalSummary} as /api/v1/dashboard/summary. Each spread is a table (the figures, for everyone and
 * screen readers) with a box drawn beside it (minimum to maximum, first to third quartile, median), hidden from
 * assistive technologies since the table says the same.
 */
@TemplateData
public record SteeringPanel(List<String> facts, List<Headline> headlines) {

    /** One headline indicator's spreads: national first, then each region. */
    @TemplateData
    public record Headline(String id, String title, String caption, String note, List<Line> lines) {
    }

    /** The spread over one area; positions in percent of the headline's national maximum, for the drawn box. */
    @TemplateData
    public record Line(String area, String campuses, String min, String q1, String median, String q3, String max,
                       int whiskerLeft, int whiskerWidth, int boxLeft, int boxWidth, int medianLeft) {
    }

    static SteeringPanel of(NationalSummary summary, Map<String, String> regionNames) {
        NationalSummary.Steering s = summary.steering();
        List<String> facts = new ArrayList<>();
        facts.add(PageViews.count(s.campusesWithTargets(), "campus a", "campus ont") + " au moins une cible sur "
                + PageViews.count(summary.campuses(), "campus", "campus")
                + (s.withTargetsPercent() == null ? "" : " (" + PageViews.percent(s.withTargetsPercent()) + ")") + ".");
        if (s.lastCompleteYear() != null) {
            facts.add(PageViews.count(s.campusesWithRecentValues(), "campus a", "campus ont")
                    + " au moins une valeur pour " + s.lastCompleteYear() + ", dernière année complète.");
            Distribution plan = s.planCompletion();
            facts.add(plan.campuses() == 0 ? "Aucun plan d'actions " + s.lastCompleteYear() + " n'a encore été évalué."
                    : "Réalisation des plans d'actions " + s.lastCompleteYear() + " : médiane "
                    + PageViews.percent(plan.median()) + " sur " + PageViews.count(plan.campuses(), "campus", "campus")
                    + " (premier quartile " + PageViews.percent(plan.q1()) + ", troisième quartile "
                    + PageViews.percent(plan.q3()) + ").");
        }
        List<Headline> headlines = new ArrayList<>();
        for (NationalSummary.HeadlineDistribution h : s.headlines()) {
            boolean percent = PageLabels.PERCENT_INDICATORS.contains(h.indicator());
            BigDecimal scale = h.national().max();
            List<Line> lines = new ArrayList<>();
            lines.add(line("France entière", h.national(), scale, percent));
            h.regions().forEach((region, d) -> lines.add(line(PageLabels.of(regionNames, region), d, scale, percent)));
            String title = PageLabels.of(PageLabels.INDICATORS, h.indicator())
                    + ("M6".equals(h.horizon()) ? " à 6 mois" : "");
            String note = "Dernière valeur de chaque campus (" + (percent ? "en %" : "effectif") + ")"
                    + (h.withTarget() == 0 ? " ; aucune de ces valeurs n'a de cible pour son année."
                    : " ; " + h.atOrAboveTarget() + " sur " + h.withTarget()
                    + " atteignent ou dépassent la cible de leur année.");
            headlines.add(new Headline(h.indicator().toLowerCase().replace('_', '-'), title, "Répartition — " + title, note,
                    h.national().campuses() == 0 ? List.of() : lines));
        }
        return new SteeringPanel(facts, headlines);
    }

    private static Line line(String area, Distribution d, BigDecimal scale, boolean percent) {
        if (d.campuses() == 0) {
            return new Line(area, "0", "—", "—", "—", "—", "—", 0, 0, 0, 0, 0);
        }
        int min = position(d.min(), scale);
        int q1 = position(d.q1(), scale);
        int q3 = position(d.q3(), scale);
        return new Line(area, Integer.toString(d.campuses()), figure(d.min(), percent), figure(d.q1(), percent),
                figure(d.median(), percent), figure(d.q3(), percent), figure(d.max(), percent), min,
                position(d.max(), scale) - min, q1, q3 - q1, position(d.median(), scale));
    }

    private static int position(BigDecimal value, BigDecimal scale) {
        if (scale == null || scale.signum() <= 0 || value.signum() <= 0) {
            return 0;
        }
        return (int) Math.round(value.doubleValue() * 100.0 / scale.doubleValue());
    }

    static String figure(BigDecimal value, boolean percent) {
        if (value == null) {
            return "—";
        }
        return percent ? PageViews.percent(value) : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
