package fr.cmq.gateway.dashboard;

import fr.cmq.common.rules.Percentages;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One row of the national campus table (recommendation 6 of the report), for a selected year. */
@Schema(description = "One campus of the national table: register, label, legal form, partners, forecast budget. "
        + Percentages.RULE)
public record TableRow(
        UUID campusId,
        String designation,
        String familyCode,
        String regionCode,
        List<String> academyCodes,
        @Schema(description = "Label status today (follows the calendar)") String labelStatus,
        LocalDate labelExpiry,
        @Schema(description = "ASSOCIATION, GIP, SUPPORT_ESTABLISHMENT or NOT_PROVIDED; null when no profile yet")
        String legalForm,
        @Schema(description = "LYCEE, IUT, UNIVERSITY or OTHER_EPSCP") String supportEstablishmentType,
        @Schema(description = "Active partners; null when none were ever declared") Integer activePartners,
        @Schema(description = "Public/private x initial/continuing; BOTH counts in both, NONE in none") Matrix partnerMatrix,
        @Schema(description = "The monitoring summary's warning flags that are raised (recommendations 10, 11, 13)")
        List<String> warningFlags,
        @Schema(description = "The year of the budget columns") int year,
        @Schema(description = "Total resources of the FORECAST budget of the year, in euro cents") Long forecastBudgetCents,
        @Schema(description = "Share of each funder type in the forecast budget") List<FunderShare> funderShares,
        @Schema(description = "Share of the forecast budget not brought by the rectorat, percent") BigDecimal nonRectoratPercent,
        @Schema(description = "Share of the forecast budget granted ex ante (recommendation 9), percent") BigDecimal exAntePercent,
        @Schema(description = "Whether the campus has an operational director post") Boolean directorPost,
        @Schema(description = "Non-rectorat share of the director post's co-financing of the year (recommendation 7)")
        BigDecimal directorNonRectoratPercent,
        @Schema(description = "Recommendation 6 items still missing: LEGAL_FORM, PARTNERS, FORECAST_BUDGET")
        List<String> missing,
        Instant updatedAt) {

    @Schema(name = "TableRowMatrix", description = "Active partners: public/private x initial/continuing")
    public record Matrix(long publicInitial, long publicContinuing, long privateInitial, long privateContinuing) {
    }

    @Schema(name = "TableRowFunderShare", description = "A funder type's amount and share of the forecast budget")
    public record FunderShare(String funderType, long amountCents, BigDecimal percent) {
    }
}
