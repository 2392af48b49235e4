package fr.cmq.gateway.dashboard;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Aggregates table rows into the national summary (the API's and the web page's). */
public final class SummaryBuilder {

    private static final List<String> LEGAL_FORMS = List.of("ASSOCIATION", "GIP", "SUPPORT_ESTABLISHMENT");

    private SummaryBuilder() {
    }

    public static NationalSummary of(List<TableRow> rows, int year) {
        Map<String, Long> forms = new LinkedHashMap<>();
        LEGAL_FORMS.forEach(f -> forms.put(f, 0L));
        Map<String, Long> supportTypes = new TreeMap<>();
        long notProvided = 0;
        for (TableRow row : rows) {
            if (row.legalForm() == null || row.legalForm().equals("NOT_PROVIDED")) {
                notProvided++;
            } else {
                forms.merge(row.legalForm(), 1L, Long::sum);
            }
            if (row.supportEstablishmentType() != null) {
                supportTypes.merge(row.supportEstablishmentType(), 1L, Long::sum);
            }
        }
        Map<String, Long> regions = count(rows.stream().collect(Collectors.groupingBy(TableRow::regionCode,
                TreeMap::new, Collectors.counting())));
        Map<String, Long> families = count(rows.stream().collect(Collectors.groupingBy(TableRow::familyCode,
                TreeMap::new, Collectors.counting())));
        long active = 0;
        long[] cells = new long[4];
        Map<String, Long> funders = new LinkedHashMap<>();
        long budget = 0;
        Map<Integer, Long> due = new TreeMap<>();
        Map<String, Long> missing = new LinkedHashMap<>();
        List.of("LEGAL_FORM", "PARTNERS", "FORECAST_BUDGET").forEach(m -> missing.put(m, 0L));
        for (TableRow row : rows) {
            if (row.activePartners() != null) {
                active += row.activePartners();
            }
            if (row.partnerMatrix() != null) {
                cells[0] += row.partnerMatrix().publicInitial();
                cells[1] += row.partnerMatrix().publicContinuing();
                cells[2] += row.partnerMatrix().privateInitial();
                cells[3] += row.partnerMatrix().privateContinuing();
            }
            if (row.forecastBudgetCents() != null) {
                budget += row.forecastBudgetCents();
            }
            row.funderShares().forEach(s -> funders.merge(s.funderType(), s.amountCents(), Long::sum));
            if (row.labelExpiry() != null && (row.labelStatus().equals("LABELLED") || row.labelStatus().equals("RENEWAL_DUE"))) {
                due.merge(row.labelExpiry().getYear(), 1L, Long::sum);
            }
            row.missing().forEach(m -> missing.merge(m, 1L, Long::sum));
        }
        Map<String, BigDecimal> formPercents = Percentages.of(forms);
        Map<String, BigDecimal> funderPercents = Percentages.of(funders);
        return new NationalSummary(year, rows.size(),
                forms.entrySet().stream().map(e -> new NationalSummary.Share(e.getKey(), e.getValue(),
                        formPercents.get(e.getKey()))).toList(),
                notProvided, supportTypes, shares(regions), shares(families),
                new NationalSummary.PartnerTotals(active, cells[0], cells[1], cells[2], cells[3]), budget,
                funders.entrySet().stream().map(e -> new NationalSummary.FunderSplit(e.getKey(), e.getValue(),
                        funderPercents.get(e.getKey()))).toList(),
                due, missing);
    }

    private static Map<String, Long> count(Map<String, Long> counts) {
        return new LinkedHashMap<>(counts);
    }

    private static List<NationalSummary.Share> shares(Map<String, Long> counts) {
        Map<String, BigDecimal> percents = Percentages.of(counts);
        return counts.entrySet().stream()
                .map(e -> new NationalSummary.Share(e.getKey(), e.getValue(), percents.get(e.getKey()))).toList();
    }
}
