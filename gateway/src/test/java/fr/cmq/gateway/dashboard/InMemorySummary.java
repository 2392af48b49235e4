package fr.cmq.gateway.dashboard;

import fr.cmq.common.reference.CodeList;
import fr.cmq.common.reference.FunderType;
import fr.cmq.common.reference.LabelStatus;
import fr.cmq.common.reference.LegalForm;
import fr.cmq.common.rules.Percentages;
import fr.cmq.events.monitoring.HeadlineState;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The reference oracle (the gateway before issue 12, kept verbatim): aggregates table rows into the national summary (the API's and the web page's). Percentages follow the platform's
 * one rule ({@link Percentages}): the shares of one list add to exactly 100.0 by the largest remainder method, ties to
 * the first in the list's order (the code list's order for legal forms).
 */
public final class InMemorySummary {

    private InMemorySummary() {
    }

    /** The summary of the rows (the query's; demonstration data among them when {@code demoDataIncluded}). */
    public static NationalSummary of(List<TableRow> rows, int year, boolean demoDataIncluded) {
        Map<String, Long> forms = new LinkedHashMap<>();
        Arrays.stream(LegalForm.values()).filter(f -> f != LegalForm.NOT_PROVIDED).forEach(f -> forms.put(f.code(), 0L));
        Map<String, Long> supportTypes = new TreeMap<>();
        long notProvided = 0;
        for (TableRow row : rows) {
            if (row.legalForm() == null || row.legalForm().equals(LegalForm.NOT_PROVIDED.code())) {
                notProvided++;
            } else {
                forms.merge(row.legalForm(), 1L, Long::sum);
            }
            if (row.supportEstablishmentType() != null) {
                supportTypes.merge(row.supportEstablishmentType(), 1L, Long::sum);
            }
        }
        Map<String, Long> regions = new LinkedHashMap<>(rows.stream().collect(Collectors.groupingBy(TableRow::regionCode,
                TreeMap::new, Collectors.counting())));
        Map<String, Long> families = new LinkedHashMap<>(rows.stream().collect(Collectors.groupingBy(TableRow::familyCode,
                TreeMap::new, Collectors.counting())));
        long active = 0;
        long[] cells = new long[4];
        Map<String, Long> funders = new LinkedHashMap<>();
        long budget = 0;
        Map<Integer, Long> due = new TreeMap<>();
        Map<String, Long> missing = new LinkedHashMap<>();
        Arrays.stream(MissingItem.values()).forEach(m -> missing.put(m.code(), 0L));
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
            if (row.labelExpiry() != null && LabelStatus.valueOf(row.labelStatus()).inForce()) {
                due.merge(row.labelExpiry().getYear(), 1L, Long::sum);
            }
            row.missing().forEach(m -> missing.merge(m, 1L, Long::sum));
        }
        Map<String, Long> funderAmounts = inFunderTypeOrder(funders);
        Map<String, BigDecimal> formPercents = Percentages.shares(forms);
        Map<String, BigDecimal> funderPercents = Percentages.shares(funderAmounts);
        return new NationalSummary(year, rows.size(),
                forms.entrySet().stream().map(e -> new NationalSummary.Share(e.getKey(), e.getValue(),
                        formPercents.get(e.getKey()))).toList(),
                notProvided, supportTypes, shares(regions), shares(families),
                new NationalSummary.PartnerTotals(active, cells[0], cells[1], cells[2], cells[3]), budget,
                funderAmounts.entrySet().stream().map(e -> new NationalSummary.FunderSplit(e.getKey(), e.getValue(),
                        funderPercents.get(e.getKey()))).toList(),
                due, missing, steering(rows), demoDataIncluded, Report2017.figures());
    }

    /** Steering by results over the rows: campuses with targets and recent values, headline spreads. */
    static NationalSummary.Steering steering(List<TableRow> rows) {
        long withTargets = rows.stream().filter(r -> r.steering().indicatorsWithTarget() > 0).count();
        long withRecent = rows.stream().filter(r -> r.steering().indicatorsWithRecentValue() > 0).count();
        Integer lastCompleteYear = rows.isEmpty() ? null : rows.get(0).steering().lastCompleteYear();
        List<NationalSummary.HeadlineDistribution> headlines = new ArrayList<>();
        for (HeadlineState headline : InMemoryRows.NO_HEADLINES) {
            List<TableRow> withValue = rows.stream().filter(r -> valueOf(r, headline.indicator()) != null).toList();
            Map<String, Distribution> regions = new TreeMap<>();
            withValue.stream().collect(Collectors.groupingBy(TableRow::regionCode, TreeMap::new, Collectors.toList()))
                    .forEach((region, regionRows) -> regions.put(region, Distribution.of(
                            regionRows.stream().map(r -> valueOf(r, headline.indicator())).toList())));
            List<HeadlineState> targeted = withValue.stream().map(r -> r.steering().headline(headline.indicator()))
                    .filter(h -> h.target() != null).toList();
            headlines.add(new NationalSummary.HeadlineDistribution(headline.indicator(), headline.horizon(),
                    targeted.size(), targeted.stream().filter(h -> h.value().compareTo(h.target()) >= 0).count(),
                    Distribution.of(withValue.stream().map(r -> valueOf(r, headline.indicator())).toList()), regions));
        }
        return new NationalSummary.Steering(lastCompleteYear, withTargets,
                rows.isEmpty() ? null : Percentages.percentOf(withTargets, rows.size()), withRecent,
                Distribution.of(rows.stream().map(r -> r.steering().planCompletionPercent()).filter(Objects::nonNull)
                        .toList()), headlines);
    }

    private static BigDecimal valueOf(TableRow row, String indicator) {
        HeadlineState headline = row.steering().headline(indicator);
        return headline == null ? null : headline.value();
    }

    /** The funder types in the order of their code list (unknown codes last): the order ties are broken in. */
    private static Map<String, Long> inFunderTypeOrder(Map<String, Long> amounts) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        amounts.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> CodeList.find(FunderType.class, e.getKey())
                        .map(Enum::ordinal).orElse(Integer.MAX_VALUE)))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    private static List<NationalSummary.Share> shares(Map<String, Long> counts) {
        Map<String, BigDecimal> percents = Percentages.shares(counts);
        return counts.entrySet().stream()
                .map(e -> new NationalSummary.Share(e.getKey(), e.getValue(), percents.get(e.getKey()))).toList();
    }
}
