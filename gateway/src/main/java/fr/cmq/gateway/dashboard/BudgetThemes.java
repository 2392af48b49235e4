package fr.cmq.gateway.dashboard;

import fr.cmq.common.reference.CodeList;
import fr.cmq.common.reference.FunderType;
import fr.cmq.common.rules.Percentages;
import fr.cmq.events.funding.BudgetState;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The budget theme of Annexe 3 (total, coverage, % rectorat / région / entreprises / autres) computed from a budget
 * the funding service published, not typed again: each funder type's resources go to its group
 * ({@link FunderType#annex3Bucket()}) and the four groups are shared by the platform's one rule
 * ({@link Percentages#shares}, in the groups' order), as the funding service's own summary does.
 */
public final class BudgetThemes {

    private BudgetThemes() {
    }

    /** The budget's Annexe 3 theme; null for null. */
    public static TableRow.BudgetTheme of(BudgetState budget) {
        if (budget == null) {
            return null;
        }
        Map<String, Long> amounts = new LinkedHashMap<>();
        for (FunderType.Annex3Bucket bucket : FunderType.Annex3Bucket.values()) {
            amounts.put(bucket.code(), 0L);
        }
        if (budget.sharesByFunderType() != null) {
            for (BudgetState.FunderTypeShare share : budget.sharesByFunderType()) {
                String bucket = CodeList.find(FunderType.class, share.funderType()).orElse(FunderType.OTHER)
                        .annex3Bucket().code();
                amounts.merge(bucket, share.amountCents(), Long::sum);
            }
        }
        Map<String, BigDecimal> percents = Percentages.shares(amounts);
        List<TableRow.BucketShare> shares = amounts.entrySet().stream()
                .map(e -> new TableRow.BucketShare(e.getKey(), e.getValue(), percents.get(e.getKey()))).toList();
        return new TableRow.BudgetTheme(budget.year(), budget.kind(), budget.totalResourcesCents(),
                budget.totalUsesCents(), budget.coverageRatioPercent(), shares);
    }
}
