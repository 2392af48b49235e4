package fr.cmq.gateway.dashboard;

import fr.cmq.common.rules.Percentages;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The national aggregates of the table's rows (the same filters apply). */
@Schema(description = "National aggregates: legal forms (the shape of the report's Tableau 4), regions, families, "
        + "partner typology, forecast budget and its funders, labels falling due, missing recommendation 6 items, "
        + "demonstration data left out unless asked for; and the 2017 report's figures next to them. "
        + Percentages.RULE)
public record NationalSummary(
        int year,
        long campuses,
        @Schema(description = "Per legal form; percent over the campuses whose form is provided (as Tableau 4), "
                + "one decimal, adding to 100.0") List<Share> legalForms,
        @Schema(description = "Campuses whose legal form is not provided (no profile, or NOT_PROVIDED)") long legalFormNotProvided,
        @Schema(description = "Support establishment types of the campuses backed by one (Tableau 4: 'dont lycée...')")
        Map<String, Long> supportEstablishmentTypes,
        List<Share> regions,
        List<Share> families,
        PartnerTotals partners,
        @Schema(description = "Total of the FORECAST budgets of the year, euro cents") long forecastBudgetCents,
        @Schema(description = "Forecast resources per funder type, euro cents and percent") List<FunderSplit> funderSplit,
        @Schema(description = "Current labels by year of expiry") Map<Integer, Long> labelsDuePerYear,
        @Schema(description = "Campuses still missing each recommendation 6 item") Map<String, Long> missing,
        @Schema(description = "Steering by results (recommendation 17, Annexe 3): campuses with targets, with values "
                + "of the last complete year, and the spread of each headline indicator nationally and per region")
        Steering steering,
        @Schema(description = "Whether the demonstration data (campuses whose source kind is EXAMPLE or SYNTHETIC) is "
                + "counted in: only with includeDemoData=true") boolean demoDataIncluded,
        @Schema(description = "The 2017 report's figures, to read next to today's: Tableau 4's legal forms (of the 73 "
                + "campuses whose form was known) and support establishment types, Tableau 2's calls for projects. "
                + "The same whatever the filters") Report2017 report2017) {

    @Schema(name = "NationalSummarySteering", description = "Steering by results over the rows")
    public record Steering(
            @Schema(description = "The last complete calendar year; null without rows", nullable = true)
            Integer lastCompleteYear,
            @Schema(description = "Campuses with at least one indicator target") long campusesWithTargets,
            @Schema(description = "campusesWithTargets over the rows, percent (null without rows)", nullable = true)
            BigDecimal withTargetsPercent,
            @Schema(description = "Campuses with a value for the last complete year") long campusesWithRecentValues,
            @Schema(description = "Spread of the completion of the last complete year's action plans")
            Distribution planCompletion,
            @Schema(description = "Each headline indicator's spread: the campuses' latest values, nationally and per "
                    + "region (regions of the rows, by code)") List<HeadlineDistribution> headlines) {
    }

    @Schema(name = "NationalSummaryHeadline", description = "A headline indicator's spread over the campuses' latest "
            + "values, and how many of those values reach the target of their year")
    public record HeadlineDistribution(
            @Schema(description = "PRESSURE_RATE, SUSTAINABLE_EMPLOYMENT_RATE or MIXED_PATHWAY_LEARNERS") String indicator,
            @Schema(description = "M6 for sustainable employment, else null", nullable = true) String horizon,
            @Schema(description = "Campuses whose latest value has a target of its year") long withTarget,
            @Schema(description = "Of those, the campuses whose value is at or above the target") long atOrAboveTarget,
            Distribution national,
            @Schema(description = "Region code to spread") Map<String, Distribution> regions) {
    }

    @Schema(name = "NationalSummaryShare", description = "A code's count and its share in percent (null when the total is 0)")
    public record Share(String code, long count, BigDecimal percent) {
    }

    @Schema(name = "NationalSummaryFunderSplit", description = "A funder type's forecast resources, euro cents and percent")
    public record FunderSplit(String funderType, long amountCents, BigDecimal percent) {
    }

    @Schema(name = "NationalSummaryPartnerTotals", description = "Active partners and their matrix over the rows")
    public record PartnerTotals(long totalActive, long publicInitial, long publicContinuing, long privateInitial,
                                long privateContinuing) {
    }
}
