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
import java.util.TreeMap;

/**
 * Aggregates table rows into the national summary (the API's and the web page's), one row at a time as the
 * database gives them ({@link NationalTable#forEach}): counts and sums as they come, and only the figures a spread
 * needs kept. Percentages follow the platform's one rule ({@link Percentages}): the shares of one list add to exactly
 * 100.0 by the largest remainder method, ties to the first in the list's order (the code list's order for legal
 * forms).
 */
public final class SummaryBuilder {

    private final int year;
    private long campuses;
    private final Map<String, Long> forms = new LinkedHashMap<>();
    private final Map<String, Long> supportTypes = new TreeMap<>();
    private long notProvided;
    private final Map<String, Long> regions = new TreeMap<>();
    private final Map<String, Long> families = new TreeMap<>();
    private long active;
    private final long[] cells = new long[4];
    private final Map<String, Long> funders = new LinkedHashMap<>();
    private long budget;
    private final Map<Integer, Long> due = new TreeMap<>();
    private final Map<String, Long> missing = new LinkedHashMap<>();
    private Integer lastCompleteYear;
    private long withTargets;
    private long withRecent;
    private final List<BigDecimal> planCompletions = new ArrayList<>();
    private final Map<String, HeadlineSpread> headlines = new LinkedHashMap<>();

    /** The values of one headline indicator over the rows: nationally, per region, and against their targets. */
    private static final class HeadlineSpread {
        final List<BigDecimal> national = new ArrayList<>();
        final Map<String, List<BigDecimal>> regions = new TreeMap<>();
        long withTarget;
        long atOrAboveTarget;
    }

    public SummaryBuilder(int year) {
        this.year = year;
        Arrays.stream(LegalForm.values()).filter(f -> f != LegalForm.NOT_PROVIDED).forEach(f -> forms.put(f.code(), 0L));
        Arrays.stream(MissingItem.values()).forEach(m -> missing.put(m.code(), 0L));
        ProjectedRow.NO_HEADLINES.forEach(h -> headlines.put(h.indicator(), new HeadlineSpread()));
    }

    /** Counts one row in. */
    public void add(TableRow row) {
        campuses++;
        if (row.legalForm() == null || row.legalForm().equals(LegalForm.NOT_PROVIDED.code())) {
            notProvided++;
        } else {
            forms.merge(row.legalForm(), 1L, Long::sum);
        }
        if (row.supportEstablishmentType() != null) {
            supportTypes.merge(row.supportEstablishmentType(), 1L, Long::sum);
        }
        regions.merge(row.regionCode(), 1L, Long::sum);
        families.merge(row.familyCode(), 1L, Long::sum);
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
        steering(row);
    }

    private void steering(TableRow row) {
        TableRow.Steering steering = row.steering();
        if (lastCompleteYear == null) {
            lastCompleteYear = steering.lastCompleteYear();
        }
        if (steering.indicatorsWithTarget() > 0) {
            withTargets++;
        }
        if (steering.indicatorsWithRecentValue() > 0) {
            withRecent++;
        }
        if (steering.planCompletionPercent() != null) {
            planCompletions.add(steering.planCompletionPercent());
        }
        headlines.forEach((indicator, spread) -> {
            HeadlineState headline = steering.headline(indicator);
            if (headline == null || headline.value() == null) {
                return;
            }
            spread.national.add(headline.value());
            spread.regions.computeIfAbsent(row.regionCode(), r -> new ArrayList<>()).add(headline.value());
            if (headline.target() != null) {
                spread.withTarget++;
                if (headline.value().compareTo(headline.target()) >= 0) {
                    spread.atOrAboveTarget++;
                }
            }
        });
    }

    /** The summary of the rows counted in. */
    public NationalSummary build() {
        Map<String, Long> funderAmounts = inFunderTypeOrder(funders);
        Map<String, BigDecimal> formPercents = Percentages.shares(forms);
        Map<String, BigDecimal> funderPercents = Percentages.shares(funderAmounts);
        return new NationalSummary(year, campuses,
                forms.entrySet().stream().map(e -> new NationalSummary.Share(e.getKey(), e.getValue(),
                        formPercents.get(e.getKey()))).toList(),
                notProvided, supportTypes, shares(regions), shares(families),
                new NationalSummary.PartnerTotals(active, cells[0], cells[1], cells[2], cells[3]), budget,
                funderAmounts.entrySet().stream().map(e -> new NationalSummary.FunderSplit(e.getKey(), e.getValue(),
                        funderPercents.get(e.getKey()))).toList(),
                due, missing, steering());
    }

    private NationalSummary.Steering steering() {
        List<NationalSummary.HeadlineDistribution> spreads = new ArrayList<>();
        for (HeadlineState headline : ProjectedRow.NO_HEADLINES) {
            HeadlineSpread spread = headlines.get(headline.indicator());
            Map<String, Distribution> byRegion = new TreeMap<>();
            spread.regions.forEach((region, values) -> byRegion.put(region, Distribution.of(values)));
            spreads.add(new NationalSummary.HeadlineDistribution(headline.indicator(), headline.horizon(),
                    spread.withTarget, spread.atOrAboveTarget, Distribution.of(spread.national), byRegion));
        }
        return new NationalSummary.Steering(lastCompleteYear, withTargets,
                campuses == 0 ? null : Percentages.percentOf(withTargets, campuses), withRecent,
                Distribution.of(planCompletions), spreads);
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
