package fr.cmq.gateway.dashboard;

import fr.cmq.common.reference.FunderType;
import fr.cmq.common.web.CsvWriter;
import fr.cmq.events.monitoring.HeadlineState;
import jakarta.ws.rs.core.StreamingOutput;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The national table as CSV for tools (the platform's {@link CsvWriter}: RFC 4180, UTF-8, header row, formula
 * guard): the same rows as JSON, flat columns, codes only; one share column per funder type, in the code list's
 * order; lists joined by {@code |}; the steering columns (the headlines' year, value and target) and the
 * Annexe 3 budget theme (coverage, one share column per group); last, the campus's source kind ({@code source}).
 */
final class TableCsv {

    private TableCsv() {
    }

    static List<String> header() {
        List<String> columns = new ArrayList<>(List.of("campusId", "designation", "familyCode", "regionCode",
                "academyCodes", "labelStatus", "labelExpiry", "legalForm", "supportEstablishmentType",
                "activePartners", "publicInitial", "publicContinuing", "privateInitial", "privateContinuing",
                "warningFlags", "year", "forecastBudgetCents"));
        Arrays.stream(FunderType.values()).forEach(t -> columns.add("sharePercent" + t.code()));
        columns.addAll(List.of("nonRectoratPercent", "exAntePercent", "directorPost", "directorNonRectoratPercent",
                "missing", "lastCompleteYear", "indicatorsWithTarget", "indicatorsWithRecentValue",
                "planCompletionPercent"));
        ProjectedRow.NO_HEADLINES.forEach(h -> columns.addAll(List.of(h.indicator() + "Year", h.indicator() + "Value",
                h.indicator() + "Target")));
        columns.add("budgetCoveragePercent");
        Arrays.stream(FunderType.Annex3Bucket.values()).forEach(b -> columns.add("annex3Percent" + b.code()));
        columns.add("updatedAt");
        columns.add("source");
        return columns;
    }

    static List<Object> cells(TableRow r) {
        TableRow.Matrix m = r.partnerMatrix();
        List<Object> cells = new ArrayList<>(Arrays.asList(r.campusId(), r.designation(), r.familyCode(),
                r.regionCode(), r.academyCodes(), r.labelStatus(), r.labelExpiry(), r.legalForm(),
                r.supportEstablishmentType(), r.activePartners(), m == null ? null : m.publicInitial(),
                m == null ? null : m.publicContinuing(), m == null ? null : m.privateInitial(),
                m == null ? null : m.privateContinuing(), r.warningFlags(), r.year(), r.forecastBudgetCents()));
        Map<String, TableRow.FunderShare> shares = r.funderShares().stream()
                .collect(Collectors.toMap(TableRow.FunderShare::funderType, s -> s, (a, b) -> a));
        Arrays.stream(FunderType.values())
                .forEach(t -> cells.add(shares.containsKey(t.code()) ? shares.get(t.code()).percent() : null));
        TableRow.Steering s = r.steering();
        cells.addAll(Arrays.asList(r.nonRectoratPercent(), r.exAntePercent(), r.directorPost(),
                r.directorNonRectoratPercent(), r.missing(), s.lastCompleteYear(), s.indicatorsWithTarget(),
                s.indicatorsWithRecentValue(), s.planCompletionPercent()));
        for (HeadlineState h : ProjectedRow.NO_HEADLINES) {
            HeadlineState headline = s.headline(h.indicator());
            cells.addAll(headline == null ? Arrays.asList(null, null, null)
                    : Arrays.asList(headline.year(), headline.value(), headline.target()));
        }
        TableRow.BudgetTheme theme = r.budgetTheme();
        cells.add(theme == null ? null : theme.coverageRatioPercent());
        for (FunderType.Annex3Bucket bucket : FunderType.Annex3Bucket.values()) {
            cells.add(theme == null ? null : theme.sharePercent(bucket.code()));
        }
        cells.add(r.updatedAt());
        cells.add(r.source() == null ? null : r.source().kind());
        return cells;
    }

    /** The rows of the query, written as the database cursor gives them (never the whole answer in memory). */
    static StreamingOutput stream(NationalTable table, TableQuery query) {
        return stream(table, query, null);
    }

    /** The rows of the query as of an instant (today's when {@code asOf} is null). */
    static StreamingOutput stream(NationalTable table, TableQuery query, AsOf asOf) {
        return output -> {
            CsvWriter csv = CsvWriter.utf8(output).row(header());
            table.forEach(query, asOf, row -> csv.row(cells(row)));
            csv.flush();
        };
    }
}
