package fr.cmq.funding.service;

import fr.cmq.common.reference.BudgetHolder;
import fr.cmq.common.reference.BudgetUse;
import fr.cmq.common.reference.ContributionNature;
import fr.cmq.common.reference.ContributionStatus;
import fr.cmq.common.reference.FunderType;
import fr.cmq.common.reference.FundingModality;
import fr.cmq.common.source.SourceRequest;
import fr.cmq.funding.domain.Amounts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The body of {@code PUT /api/v1/campuses/{campusId}/budgets/{year}}: the whole budget, replaced wholesale. */
@Schema(name = "BudgetRequest", description = "A campus's budget for a year, replaced wholesale")
public record BudgetRequest(
        @Schema(description = "Who holds the budget")
        @NotNull BudgetHolder holder,
        @Schema(description = "Name of the holding organisation (e.g. the support establishment), optional; an"
                + " organisation, never a person's name. Not published in the national table nor its exports")
        @Size(max = 300) String holderName,
        @Schema(description = "The uses of the budget; each use at most once")
        @NotNull @Size(max = 6) List<@NotNull @Valid UseItem> uses,
        @Schema(description = "The resources: one item per funder contribution")
        @NotNull @Size(max = 500) List<@NotNull @Valid ContributionItem> contributions,
        @Schema(description = "Where the facts come from (issue 13): optional, default DECLARED by the caller (or the "
                + "campus's own demonstration kind)", nullable = true) @Valid SourceRequest source) {

    @Schema(name = "BudgetUseLine", description = "One use of the budget and its amount")
    public record UseItem(
            @NotNull BudgetUse use,
            @Schema(description = "Amount in integer euro cents, 0..100000000000 (1 000 000 000 EUR)")
            @NotNull @PositiveOrZero @Max(Amounts.MAX_CENTS) Long amountCents) {
    }

    @Schema(name = "Contribution", description = "One funder's contribution (cash, or in kind and staff valued in euros)")
    public record ContributionItem(
            @Schema(description = "Name of the funder, e.g. 'Airbus', 'Région Occitanie'")
            @NotBlank @Size(max = 300) String funderName,
            @NotNull FunderType funderType,
            @Schema(description = "Amount in integer euro cents, 0..100000000000 (1 000 000 000 EUR)")
            @NotNull @PositiveOrZero @Max(Amounts.MAX_CENTS) Long amountCents,
            @NotNull ContributionNature nature,
            @NotNull FundingModality modality,
            @NotNull ContributionStatus status) {
    }
}
