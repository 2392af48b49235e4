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
 * The national summary (the API's and the web page's) from the figures the database aggregated over the rows a
 * query selects ({@link SummarySql}): counts and sums, and the values the spreads need (quartiles by
 * {@link Distribution}). Percentages follow the platform's one rule ({@link Percentages}): the shares of one list add to exactly
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
    private final Map<String, Long> sums = new LinkedHashMap<>();
    private final Map<String, Long> funders = new LinkedHashMap<>();
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

    SummaryBuilder(int year) {
        this.year = year;
        Arrays.stream(LegalForm.values()).filter(f -> f != LegalForm.NOT_PROVIDED).forEach(f -> forms.put(f.code(), 0L));
        Arrays.stream(MissingItem.values()).forEach(m -> missing.put(m.code(), 0L));
        ProjectedRow.NO_HEADLINES.forEach(h -> headlines.put(h.indicator(), new HeadlineSpread()));
    }

    /**
     * Takes one figure of {@link SummarySql}: a count or sum ({@code n}) of a {@code kind} by {@code code}, or one value
     * a spread needs (a plan completion; a headline's value and target, by indicator and region).
     */
    void take(String kind, String code, String region, Long n, BigDecimal value, BigDecimal target) {
        switch (kind) {
            case "campuses" -> campuses = n;
            case "form" -> {
                if (code == null || code.equals(LegalForm.NOT_PROVIDED.code())) {
                    notProvided += n;
                } else {
                    forms.merge(code, n, Long::sum);
                }
            }
            case "support" -> putCode(supportTypes, code, n);
            case "region" -> putCode(regions, code, n);
            case "family" -> putCode(families, code, n);
            case "sum" -> sums.put(code, n);
            case "funder" -> funders.put(code, n);
            case "due" -> due.put(Integer.valueOf(code), n);
            case "missing" -> missing.put(code, n);
            case "withTargets" -> withTargets = n;
            case "withRecentValues" -> withRecent = n;
            case "lastYear" -> lastCompleteYear = n == null ? null : Math.toIntExact(n);
            case "plan" -> planCompletions.add(value);
            case "headline" -> {
                HeadlineSpread spread = headlines.get(code);
                if (spread == null) {
                    return; // not a headline indicator of the catalogue
                }
                spread.national.add(value);
                spread.regions.computeIfAbsent(region, r -> new ArrayList<>()).add(value);
                if (target != null) {
                    spread.withTarget++;
                    if (value.compareTo(target) >= 0) {
                        spread.atOrAboveTarget++;
                    }
                }
            }
            default -> throw new IllegalArgumentException("Not a figure of the summary: " + kind);
        }
    }

    /** The summary of the rows counted in (demonstration data among them or not). */
    NationalSummary build(boolean demoDataIncluded) {
        Map<String, Long> funderAmounts = inFunderTypeOrder(funders);
        Map<String, BigDecimal> formPercents = Percentages.shares(forms);
        Map<String, BigDecimal> funderPercents = Percentages.shares(funderAmounts);
        return new NationalSummary(year, campuses,
                forms.entrySet().stream().map(e -> new NationalSummary.Share(e.getKey(), e.getValue(),
                        formPercents.get(e.getKey()))).toList(),
                notProvided, supportTypes, shares(regions), shares(families),
                new NationalSummary.PartnerTotals(sum("active"), sum("publicInitial"), sum("publicContinuing"),
                        sum("privateInitial"), sum("privateContinuing")), sum("budget"),
                funderAmounts.entrySet().stream().map(e -> new NationalSummary.FunderSplit(e.getKey(), e.getValue(),
                        funderPercents.get(e.getKey()))).toList(),
                due, missing, steering(), demoDataIncluded, Report2017.figures());
    }

    /** A count by code; a row without the code (never published by the register) is counted in the total only. */
    private static void putCode(Map<String, Long> counts, String code, long n) {
        if (code != null) {
            counts.put(code, n);
        }
    }

    private long sum(String code) {
        return sums.getOrDefault(code, 0L);
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
