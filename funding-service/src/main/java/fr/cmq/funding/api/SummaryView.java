package fr.cmq.funding.api;

import fr.cmq.common.reference.FunderType;
import fr.cmq.common.rules.Percentages;
import fr.cmq.funding.domain.Share;
import fr.cmq.funding.service.FundingSummaryService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** The national view of one year's forecast budgets. */
@Schema(name = "FundingSummary", description = "For one year, the forecast budgets of all campuses (or of one"
        + " region's): totals, split by funder type, Annexe 3 group and modality, and warnings. " + Percentages.RULE)
public record SummaryView(
        @Schema(description = "The fiscal year") int year,
        @Schema(description = "The region filter, when given") String regionCode,
        @Schema(description = "Campuses known from the national register (in the region, when filtered)") long campuses,
        @Schema(description = "Campuses with a FORECAST budget for the year") long campusesWithBudget,
        @Schema(description = "Campuses with no FORECAST budget declared for the year") long campusesWithoutBudget,
        @Schema(description = "Campuses whose forecast resources come 100 % from the rectorat (the sustainability"
                + " warning of the report's §2.3.2.2)") long campusesFundedOnlyByRectorat,
        @Schema(description = "Sum of the forecast resources, in euro cents") long totalResourcesCents,
        @Schema(description = "Sum of the forecast uses, in euro cents") long totalUsesCents,
        @Schema(description = "Resources / uses in percent, one decimal, half up; absent when there are no uses")
        BigDecimal coverageRatioPercent,
        @Schema(description = "Resources by funder type, types present only, in reference order")
        List<BudgetView.FunderTypeShare> byFunderType,
        @Schema(description = "Resources by group of the report's Annexe 3 budget indicator, all four groups")
        List<BucketShare> byAnnex3Bucket,
        @Schema(description = "Resources by modality, both modalities (recommendation 9 prefers EX_ANTE)")
        List<BudgetView.ModalityShare> byModality) {

    @Schema(name = "Annex3BucketShare", description = "The amount and share of one Annexe 3 group. " + Percentages.RULE)
    public record BucketShare(FunderType.Annex3Bucket bucket, long amountCents, BigDecimal percent) {
        static BucketShare of(Share<FunderType.Annex3Bucket> share) {
            return new BucketShare(share.key(), share.amountCents(), share.percent());
        }
    }

    public static SummaryView of(FundingSummaryService.Summary summary) {
        return new SummaryView(summary.year(), summary.regionCode(), summary.campuses(), summary.campusesWithBudget(),
                summary.campusesWithoutBudget(), summary.campusesFundedOnlyByRectorat(), summary.totalResourcesCents(),
                summary.totalUsesCents(), summary.coverageRatioPercent(),
                summary.byFunderType().stream().map(BudgetView.FunderTypeShare::of).toList(),
                summary.byAnnex3Bucket().stream().map(BucketShare::of).toList(),
                summary.byModality().stream().map(BudgetView.ModalityShare::of).toList());
    }
}
