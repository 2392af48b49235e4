package fr.cmq.gateway.dashboard;

import fr.cmq.events.monitoring.BreakdownState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** One indicator of a campus for one breakdown: its values and targets year by year (the campus page's charts). */
@Schema(name = "DashboardIndicatorSeries", description = "A campus's indicator for one breakdown: value and target "
        + "of each year that has either, as the monitoring service's events carried them")
public record IndicatorSeries(
        @Schema(description = "Indicator code of the catalogue") String indicator,
        @Schema(description = "The breakdown; every key null for the campus as a whole") BreakdownState breakdown,
        @Schema(description = "Each year with a value or a target, oldest first") List<YearPoint> years) {

    @Schema(name = "DashboardIndicatorYear", description = "An indicator's value and target of a year")
    public record YearPoint(int year,
                            @Schema(description = "The value, in the indicator's unit", nullable = true) BigDecimal value,
                            @Schema(description = "The target, in the indicator's unit", nullable = true) BigDecimal target) {
    }

    /** The series of these points (ordered by indicator, breakdown, year, as the read model gives them). */
    static List<IndicatorSeries> of(List<IndicatorPoint> points) {
        List<IndicatorSeries> series = new ArrayList<>();
        List<IndicatorPoint> current = new ArrayList<>();
        for (IndicatorPoint point : points) {
            if (!current.isEmpty() && !current.get(0).sameSeries(point)) {
                series.add(one(current));
                current = new ArrayList<>();
            }
            current.add(point);
        }
        if (!current.isEmpty()) {
            series.add(one(current));
        }
        return series;
    }

    private static IndicatorSeries one(List<IndicatorPoint> points) {
        TreeMap<Integer, BigDecimal[]> years = new TreeMap<>();
        for (IndicatorPoint p : points) {
            BigDecimal[] pair = years.computeIfAbsent(p.year(), y -> new BigDecimal[2]);
            pair[IndicatorPoint.VALUE.equals(p.kind()) ? 0 : 1] = p.value();
        }
        return new IndicatorSeries(points.get(0).indicator(), points.get(0).breakdown(), years.entrySet().stream()
                .map(e -> new YearPoint(e.getKey(), e.getValue()[0], e.getValue()[1])).toList());
    }
}
