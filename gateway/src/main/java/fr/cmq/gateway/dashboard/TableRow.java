package fr.cmq.gateway.dashboard;

import fr.cmq.common.rules.Percentages;
import fr.cmq.events.EventSource;
import fr.cmq.events.monitoring.HeadlineState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One row of the national campus table (recommendation 6 of the report), for a selected year. */
@Schema(description = "One campus of the national table: register and its source, label, legal form, partners, forecast "
        + "budget, steering by results and the Annexe 3 budget theme. "
        + Percentages.RULE)
public record TableRow(
        UUID campusId,
        String designation,
        String familyCode,
        String regionCode,
        List<String> academyCodes,
        @Schema(description = "Where the campus comes from: the register's source (issue 13). Its kind is the row's "
                + "kind (the services keep demonstration facts on demonstration campuses only): REPORT_2017 (the "
                + "2017 report, e.g. reference \"Annexe 4\"), DECLARED (role and regionCode of the declaring "
                + "caller), IMPORTED (fileName and importedOn), EXAMPLE or SYNTHETIC (demonstration data, left out "
                + "of the national figures). Filter with source=KIND") EventSource source,
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
        @Schema(description = "Steering by results (recommendation 17, Annexe 3), from the monitoring service's events")
        Steering steering,
        @Schema(description = "The budget theme of Annexe 3, computed from the FORECAST budget of the year (null "
                + "without one)", nullable = true) BudgetTheme budgetTheme,
        Instant updatedAt) {

    @Schema(name = "TableRowSteering", description = "A campus's steering by results: catalogue indicators with a "
            + "target (any year) and with a value for the last complete year, that year's action plan completion, "
            + "and the headline indicators' latest value against the target of its year")
    public record Steering(
            @Schema(description = "The last complete calendar year (the year before today in France)")
            int lastCompleteYear,
            @Schema(description = "Catalogue indicators with at least one target") int indicatorsWithTarget,
            @Schema(description = "Catalogue indicators with a value for lastCompleteYear") int indicatorsWithRecentValue,
            @Schema(description = "Completion of the action plan of lastCompleteYear in percent; null while no action "
                    + "of it is scored", nullable = true) BigDecimal planCompletionPercent,
            @Schema(description = "PRESSURE_RATE, SUSTAINABLE_EMPLOYMENT_RATE (M6) and MIXED_PATHWAY_LEARNERS, each once")
            List<HeadlineState> headlines) {

        /** The headline of an indicator, if the row has it. */
        public HeadlineState headline(String indicator) {
            return headlines.stream().filter(h -> h.indicator().equals(indicator)).findFirst().orElse(null);
        }
    }

    @Schema(name = "TableRowBudgetTheme", description = "Annexe 3's budget theme for the campus: total resources, "
            + "coverage of the uses by the resources, and the shares of the four Annexe 3 groups (rectorat, region, "
            + "companies and professional branches, other funders), computed from the funding service's budget")
    public record BudgetTheme(
            @Schema(description = "Fiscal year") int year,
            @Schema(description = "FORECAST or EXECUTED") String kind,
            @Schema(description = "Total resources, euro cents") long totalResourcesCents,
            @Schema(description = "Total uses, euro cents") long totalUsesCents,
            @Schema(description = "Resources / uses in percent, one decimal, half up; null without uses",
                    nullable = true) BigDecimal coverageRatioPercent,
            @Schema(description = "The four Annexe 3 groups in order: RECTORAT, REGION, COMPANY_PARTNERS, OTHER")
            List<BucketShare> shares) {

        /** The percent of the Annexe 3 group {@code bucket} (its code); null when the theme does not list it. */
        public BigDecimal sharePercent(String bucket) {
            for (BucketShare share : shares) { // a share of zero resources has no percent (null)
                if (share.bucket().equals(bucket)) {
                    return share.percent();
                }
            }
            return null;
        }
    }

    @Schema(name = "TableRowAnnex3Share", description = "An Annexe 3 group's resources and share (null when the "
            + "resources are zero)")
    public record BucketShare(String bucket, long amountCents, BigDecimal percent) {
    }

    @Schema(name = "TableRowMatrix", description = "Active partners: public/private x initial/continuing")
    public record Matrix(long publicInitial, long publicContinuing, long privateInitial, long privateContinuing) {
    }

    @Schema(name = "TableRowFunderShare", description = "A funder type's amount and share of the forecast budget")
    public record FunderShare(String funderType, long amountCents, BigDecimal percent) {
    }
}
