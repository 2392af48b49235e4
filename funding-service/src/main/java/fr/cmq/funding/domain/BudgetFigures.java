package fr.cmq.funding.domain;

import fr.cmq.common.reference.FunderType;
import fr.cmq.common.reference.FundingModality;
import fr.cmq.common.rules.Percentages;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a budget's lines amount to: totals, balance, coverage ratio and the split of the resources by funder
 * type and by modality (recommendation 9). Shares follow {@link fr.cmq.common.rules.Percentages}: one decimal, adding to 100.0.
 *
 * @param coverageRatioPercent resources / uses in percent, one decimal, half up; null without uses
 * @param byFunderType         funder types present only, in reference order
 * @param byModality           modalities present only, in reference order
 * @param nonRectoratPercent   100.0 minus the rectorat's share; null when the resources are zero
 */
public record BudgetFigures(long totalResourcesCents, long totalUsesCents, long balanceCents,
                            BigDecimal coverageRatioPercent, List<Share<FunderType>> byFunderType,
                            List<Share<FundingModality>> byModality, BigDecimal nonRectoratPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(1000, 1);

    static BudgetFigures of(Budget budget) {
        Map<FunderType, Long> byType = new EnumMap<>(FunderType.class);
        Map<FundingModality, Long> byModality = new EnumMap<>(FundingModality.class);
        for (Contribution c : budget.contributions) {
            byType.merge(c.funderType(), c.amountCents(), Long::sum);
            byModality.merge(c.modality(), c.amountCents(), Long::sum);
        }
        List<Share<FunderType>> typeShares = Share.split(byType);
        long resources = budget.totalResourcesCents;
        long uses = budget.totalUsesCents;
        BigDecimal nonRectorat = null;
        if (resources > 0) {
            nonRectorat = HUNDRED.subtract(typeShares.stream().filter(s -> s.key() == FunderType.RECTORAT)
                    .map(Share::percent).findFirst().orElse(BigDecimal.valueOf(0, 1)));
        }
        return new BudgetFigures(resources, uses, resources - uses, Percentages.percentOf(resources, uses), typeShares,
                Share.split(byModality), nonRectorat);
    }
}
