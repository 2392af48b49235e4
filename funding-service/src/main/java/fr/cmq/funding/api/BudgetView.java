package fr.cmq.funding.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.cmq.common.reference.BudgetHolder;
import fr.cmq.common.reference.BudgetKind;
import fr.cmq.common.reference.BudgetUse;
import fr.cmq.common.reference.ContributionNature;
import fr.cmq.common.reference.ContributionStatus;
import fr.cmq.common.reference.FunderType;
import fr.cmq.common.reference.FundingModality;
import fr.cmq.common.rules.Percentages;
import fr.cmq.common.source.FactSource;
import fr.cmq.funding.domain.Budget;
import fr.cmq.funding.domain.BudgetFigures;
import fr.cmq.funding.domain.Share;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A budget as the API shows it, with the figures the domain computes ({@link BudgetFigures}). */
@Schema(name = "Budget", description = "A campus's budget for a year with its computed totals and shares. "
        + Percentages.RULE)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BudgetView(
        @Schema(description = "The campus (its id for life in the national register)") UUID campusId,
        @Schema(description = "Fiscal year") int year,
        BudgetKind kind,
        BudgetHolder holder,
        @Schema(description = "Name of the holding organisation, when given (never a person's"
                + " name); not published in the national table nor its exports") String holderName,
        List<UseView> uses,
        List<ContributionView> contributions,
        @Schema(description = "Sum of the contributions, in euro cents") long totalResourcesCents,
        @Schema(description = "Sum of the uses, in euro cents") long totalUsesCents,
        @Schema(description = "Resources minus uses, in euro cents (negative when uses are not covered)") long balanceCents,
        @Schema(description = "Resources / uses in percent, one decimal, half up; absent when there are no uses")
        BigDecimal coverageRatioPercent,
        @Schema(description = "Resources by funder type (types present only, in reference order); percent absent"
                + " when resources are zero") List<FunderTypeShare> sharesByFunderType,
        @Schema(description = "Resources by modality (ex-ante / ex-post, recommendation 9)") List<ModalityShare> sharesByModality,
        @Schema(description = "Share of the resources not brought by the rectorat, in percent (100.0 minus the"
                + " rectorat share); absent when resources are zero") BigDecimal nonRectoratPercent,
        @Schema(description = "Incremented by every accepted replacement; the ETag is this number in quotes") long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Token subject of the last writer; shown to national tokens only") String updatedBy,
        @Schema(description = "Where the budget's facts come from (issue 13)") FactSource source) {

    @Schema(name = "BudgetUseLineView")
    public record UseView(BudgetUse use, long amountCents) {
    }

    @Schema(name = "ContributionView")
    public record ContributionView(String funderName, FunderType funderType, long amountCents,
                                   ContributionNature nature, FundingModality modality, ContributionStatus status) {
    }

    @Schema(name = "FunderTypeShare", description = "The amount and share in percent of one funder type. "
            + Percentages.RULE)
    public record FunderTypeShare(FunderType funderType, long amountCents, BigDecimal percent) {
        static FunderTypeShare of(Share<FunderType> share) {
            return new FunderTypeShare(share.key(), share.amountCents(), share.percent());
        }
    }

    @Schema(name = "ModalityShare", description = "The amount and share in percent of one modality. "
            + Percentages.RULE)
    public record ModalityShare(FundingModality modality, long amountCents, BigDecimal percent) {
        static ModalityShare of(Share<FundingModality> share) {
            return new ModalityShare(share.key(), share.amountCents(), share.percent());
        }
    }

    public static BudgetView of(Budget budget, boolean withAudit) {
        BudgetFigures figures = budget.figures();
        return new BudgetView(budget.campusId, budget.year, budget.kind, budget.holder, budget.holderName,
                budget.uses.stream().map(u -> new UseView(u.use(), u.amountCents())).toList(),
                budget.contributions.stream().map(c -> new ContributionView(c.funderName(),
                        c.funderType(), c.amountCents(), c.nature(), c.modality(), c.status())).toList(),
                figures.totalResourcesCents(), figures.totalUsesCents(), figures.balanceCents(),
                figures.coverageRatioPercent(), figures.byFunderType().stream().map(FunderTypeShare::of).toList(),
                figures.byModality().stream().map(ModalityShare::of).toList(), figures.nonRectoratPercent(),
                budget.version(), budget.createdAt(), budget.updatedAt(), withAudit ? budget.updatedBy() : null,
                budget.source);
    }
}
