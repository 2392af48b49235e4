package fr.cmq.gateway.web;

import fr.cmq.common.reference.CodeList;
import fr.cmq.common.reference.CohortHorizon;
import fr.cmq.common.reference.PathwayStatus;
import fr.cmq.common.reference.QualificationLevel;
import fr.cmq.events.monitoring.BreakdownState;
import fr.cmq.gateway.dashboard.IndicatorSeries;
import io.quarkus.qute.TemplateData;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The campus page's charts of its indicators against their targets: per indicator and breakdown, the values by year
 * as a line and the targets as a dashed line, drawn server-side in SVG (no JavaScript). Each chart has a text
 * summary and a table of the same figures (year, value, target, gap), which is what assistive technologies read.
 */
public final class IndicatorCharts {

    static final int WIDTH = 560;
    static final int HEIGHT = 200;
    static final int LEFT = 56;
    static final int RIGHT = 16;
    static final int TOP = 16;
    static final int BOTTOM = 28;

    private IndicatorCharts() {
    }

    @TemplateData
    public record Chart(String id, String title, String breakdown, String caption, String summary, String valueLine,
                        String targetLine, List<Dot> values, List<Dot> targets, List<Tick> years, String top,
                        List<YearRow> rows) {
    }

    @TemplateData
    public record Dot(int x, int y) {
    }

    @TemplateData
    public record Tick(int x, String label) {
    }

    @TemplateData
    public record YearRow(String year, String value, String target, String gap) {
    }

    static List<Chart> of(List<IndicatorSeries> series) {
        List<Chart> charts = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            charts.add(chart("indicateur-" + (i + 1), series.get(i)));
        }
        return charts;
    }

    static Chart chart(String id, IndicatorSeries s) {
        boolean percent = PageLabels.PERCENT_INDICATORS.contains(s.indicator());
        List<IndicatorSeries.YearPoint> years = s.years();
        int first = years.get(0).year();
        int last = years.get(years.size() - 1).year();
        BigDecimal top = years.stream().flatMap(p -> java.util.stream.Stream.of(p.value(), p.target()))
                .filter(Objects::nonNull).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        double scale = roundScale(top.doubleValue());
        List<Dot> values = new ArrayList<>();
        List<Dot> targets = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        List<YearRow> rows = new ArrayList<>();
        for (IndicatorSeries.YearPoint p : years) {
            int x = x(p.year(), first, last);
            ticks.add(new Tick(x, Integer.toString(p.year())));
            if (p.value() != null) {
                values.add(new Dot(x, y(p.value(), scale)));
            }
            if (p.target() != null) {
                targets.add(new Dot(x, y(p.target(), scale)));
            }
            rows.add(new YearRow(Integer.toString(p.year()), SteeringPanel.figure(p.value(), percent),
                    SteeringPanel.figure(p.target(), percent), p.value() == null || p.target() == null ? "—"
                    : gap(p.value().subtract(p.target()), percent)));
        }
        String title = PageLabels.of(PageLabels.INDICATORS, s.indicator());
        String breakdown = breakdown(s.breakdown());
        return new Chart(id, title, breakdown, "Valeurs et cibles — " + title + " — " + breakdown, summary(years, percent), line(values), line(targets),
                values, targets, ticks, SteeringPanel.figure(BigDecimal.valueOf(scale).setScale(1,
                java.math.RoundingMode.HALF_UP), percent), rows);
    }

    /** The breakdown in French: "Campus dans son ensemble" or its keys. */
    static String breakdown(BreakdownState b) {
        List<String> parts = new ArrayList<>();
        if (b != null) {
            if (b.establishment() != null) {
                parts.add("établissement " + b.establishment());
            }
            if (b.pathwayStatus() != null) {
                parts.add(CodeList.labelOf(PathwayStatus.class, b.pathwayStatus()));
            }
            if (b.level() != null) {
                parts.add(CodeList.labelOf(QualificationLevel.class, b.level()));
            }
            if (b.horizon() != null) {
                parts.add("à " + CodeList.labelOf(CohortHorizon.class, b.horizon()));
            }
        }
        return parts.isEmpty() ? "Campus dans son ensemble" : String.join(", ", parts);
    }

    /** The text alternative: the latest value and its target. */
    static String summary(List<IndicatorSeries.YearPoint> years, boolean percent) {
        IndicatorSeries.YearPoint latest = null;
        for (IndicatorSeries.YearPoint p : years) {
            if (p.value() != null) {
                latest = p;
            }
        }
        if (latest == null) {
            return "Des cibles sont fixées, aucune valeur n'est encore déclarée.";
        }
        String text = "Dernière valeur : " + SteeringPanel.figure(latest.value(), percent) + " en " + latest.year();
        return text + (latest.target() == null ? ", sans cible pour cette année."
                : ", pour une cible de " + SteeringPanel.figure(latest.target(), percent) + " (écart "
                + gap(latest.value().subtract(latest.target()), percent) + ").");
    }

    private static String gap(BigDecimal gap, boolean percent) {
        String figure = gap.stripTrailingZeros().toPlainString().replace('.', ',');
        return (gap.signum() > 0 ? "+" : "") + figure + (percent ? " point" + (gap.abs().compareTo(BigDecimal.ONE) > 0
                ? "s" : "") : "");
    }

    /** The top of the vertical axis: the largest figure rounded up to 1, 2, 2.5 or 5 times a power of ten. */
    static double roundScale(double max) {
        if (max <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= max) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static int x(int year, int first, int last) {
        int width = WIDTH - LEFT - RIGHT;
        return last == first ? LEFT + width / 2 : LEFT + (year - first) * width / (last - first);
    }

    private static int y(BigDecimal value, double scale) {
        int height = HEIGHT - TOP - BOTTOM;
        return TOP + height - (int) Math.round(Math.max(0, value.doubleValue()) * height / scale);
    }

    private static String line(List<Dot> dots) {
        return String.join(" ", dots.stream().map(d -> d.x() + "," + d.y()).toList());
    }
}
