package fr.cmq.events.funding;

import fr.cmq.events.EventPayload;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * A campus's budget for a year and kind, with the figures computed by the funding service: the data of
 * {@code BudgetDeclared} and {@code BudgetUpdated}. Amounts are integer euro cents. Every percentage has one
 * decimal and follows the platform's one rounding rule (platform-common): the shares of one whole are apportioned
 * by the largest remainder method, so the shares of a list add to exactly 100.0; a single ratio is rounded half up.
 */
@Schema(description = "A campus's budget for a year and kind with its computed totals, coverage and shares (data of "
        + "BudgetDeclared and BudgetUpdated). Amounts in euro cents. Percentages have one decimal and follow the "
        + "platform's one rounding rule: the shares of one list are apportioned by the largest remainder method and "
        + "add to exactly 100.0; a single ratio (coverage) is rounded half up")
public record BudgetState(
        @Schema(description = "Fiscal year", required = true) int year,
        @Schema(description = "FORECAST (budget prévisionnel) or EXECUTED (budget exécuté)", required = true)
        String kind,
        @Schema(description = "Who holds the budget: CAMPUS (its own legal entity) or SUPPORT_ESTABLISHMENT",
                required = true) String holder,
        @Schema(description = "Name of the holding entity, when given", nullable = true) String holderName,
        @Schema(description = "What the money is used for, line by line") List<UseLine> uses,
        @Schema(description = "Who brings the resources, line by line") List<Contribution> contributions,
        @Schema(description = "Sum of the contributions (the resources), in euro cents") long totalResourcesCents,
        @Schema(description = "Sum of the uses, in euro cents") long totalUsesCents,
        @Schema(description = "totalResourcesCents minus totalUsesCents; negative when the uses are not covered")
        long balanceCents,
        @Schema(description = "Coverage: resources / uses in percent, one decimal, half up; null when there are no "
                + "uses", nullable = true) BigDecimal coverageRatioPercent,
        @Schema(description = "The resources by funder type: for each funder type present (in the reference order "
                + "of funder types), its amount and its share of totalResourcesCents in percent; the percents add to "
                + "exactly 100.0 (largest remainder); percent null when the resources are zero")
        List<FunderTypeShare> sharesByFunderType,
        @Schema(description = "The resources by modality (recommendation 9): EX_ANTE (granted before the spending) "
                + "and EX_POST (reimbursed after it), for each present its amount and its share of "
                + "totalResourcesCents in percent; the percents add to exactly 100.0 (largest remainder). A "
                + "modality with no contribution is absent, so its share is 0.0 when the resources are not zero")
        List<ModalityShare> sharesByModality,
        @Schema(description = "Share of the resources not brought by the rectorat, in percent: 100.0 minus the "
                + "RECTORAT share of sharesByFunderType; null when the resources are zero", nullable = true)
        BigDecimal nonRectoratPercent) implements EventPayload {

    @Schema(name = "BudgetStateUseLine", description = "One use of the budget")
    public record UseLine(
            @Schema(description = "Use code: OPERATIONAL_DIRECTOR, TRAVEL, COMMUNICATION, ACTIONS, EQUIPMENT or "
                    + "RUNNING_COSTS") String use,
            @Schema(description = "Amount in euro cents") long amountCents) {
    }

    @Schema(name = "BudgetStateContribution", description = "One contribution to the resources")
    public record Contribution(
            @Schema(description = "Name of the funder") String funderName,
            @Schema(description = "Funder type code (GET /api/v1/reference/funder-types), e.g. RECTORAT, REGION, "
                    + "COMPANY") String funderType,
            @Schema(description = "Amount in euro cents") long amountCents,
            @Schema(description = "CASH, IN_KIND or STAFF") String nature,
            @Schema(description = "EX_ANTE or EX_POST") String modality,
            @Schema(description = "PLANNED, REQUESTED, GRANTED or PAID") String status) {
    }

    @Schema(name = "BudgetStateFunderTypeShare", description = "The amount and the share in percent of one funder type")
    public record FunderTypeShare(
            @Schema(description = "Funder type code") String funderType,
            @Schema(description = "Sum of this type's contributions, in euro cents") long amountCents,
            @Schema(description = "Share of the resources in percent, one decimal (largest remainder)",
                    nullable = true) BigDecimal percent) {
    }

    @Schema(name = "BudgetStateModalityShare", description = "The amount and the share in percent of one modality")
    public record ModalityShare(
            @Schema(description = "EX_ANTE or EX_POST") String modality,
            @Schema(description = "Sum of this modality's contributions, in euro cents") long amountCents,
            @Schema(description = "Share of the resources in percent, one decimal (largest remainder)",
                    nullable = true) BigDecimal percent) {
    }
}
