package fr.cmq.monitoring.api;

import fr.cmq.common.web.CsvWriter;
import fr.cmq.monitoring.domain.IndicatorDefinition;
import fr.cmq.monitoring.domain.IndicatorSeries;
import fr.cmq.monitoring.domain.IndicatorTarget;
import fr.cmq.monitoring.domain.Reading;
import jakarta.ws.rs.core.StreamingOutput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A campus's indicators as CSV (the platform's CSV writer): one row per indicator, year and breakdown that has a
 * target or a value. Who declared a value is never exported.
 */
final class IndicatorCsv {

    static final List<String> HEADER = List.of("indicator", "label", "theme", "unit", "year", "establishment",
            "pathwayStatus", "level", "horizon", "target", "value", "numerator", "denominator", "gapToTarget", "trend",
            "source", "sourceReference", "declaredAt");

    private record Row(IndicatorDefinition definition, IndicatorTarget target, Reading reading) {
        int year() {
            return reading != null ? reading.year() : target.year;
        }

        String key() {
            return reading != null ? reading.breakdown().key() : target.breakdownKey;
        }
    }

    private IndicatorCsv() {
    }

    static StreamingOutput of(List<IndicatorSeries> series) {
        List<Row> rows = new ArrayList<>();
        for (IndicatorSeries s : series) {
            List<Row> own = new ArrayList<>();
            s.values().forEach(r -> own.add(new Row(s.definition(), null, r)));
            s.targets().stream().filter(t -> s.values().stream().noneMatch(r -> r.year() == t.year
                            && r.breakdown().key().equals(t.breakdownKey)))
                    .forEach(t -> own.add(new Row(s.definition(), t, null)));
            own.sort(Comparator.comparingInt(Row::year).thenComparing(Row::key));
            rows.addAll(own);
        }
        return CsvWriter.stream(HEADER, rows, IndicatorCsv::cells);
    }

    private static List<?> cells(Row row) {
        IndicatorDefinition d = row.definition();
        Reading r = row.reading();
        var b = r != null ? r.breakdown() : row.target().breakdown();
        BigDecimal target = r != null ? r.target() : d.scaled(row.target().target);
        return Arrays.asList(d.code(), d.label(), d.theme(), d.unit(), row.year(), b.establishment(),
                b.pathwayStatus(), b.level(), b.horizon(), target, r == null ? null : r.value(),
                r == null ? null : r.numerator(), r == null ? null : r.denominator(),
                r == null ? null : r.gapToTarget(), r == null ? null : r.trend(), r == null ? null : r.source(),
                r == null ? null : r.sourceReference(), r == null ? null : r.declaredAt());
    }
}
