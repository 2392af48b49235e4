package fr.cmq.events.funding;

import fr.cmq.events.EventPayload;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** The co-financing of a campus's operational director post for a year (recommendation 7). */
@Schema(description = "The co-financing of a campus's operational director post for a year (data of "
        + "DirectorFundingDeclared and DirectorFundingUpdated, recommendation 7). Percentages have one decimal")
public record DirectorFundingState(
        @Schema(description = "The year", required = true) int year,
        @Schema(description = "Total yearly cost of the post, in euro cents") long totalCostCents,
        @Schema(description = "Employer of record, when given", nullable = true) String employerName,
        @Schema(description = "The funders' shares as declared, with what each pays: the total cost split by the "
                + "largest remainder method, so the amounts add to exactly totalCostCents") List<Share> shares,
        @Schema(description = "Sum of the shares of funders of type RECTORAT, in percent") BigDecimal rectoratPercent,
        @Schema(description = "100.0 minus rectoratPercent: how far the post is co-financed beyond the rectorat")
        BigDecimal nonRectoratPercent) implements EventPayload {

    @Schema(name = "DirectorFundingStateShare", description = "One funder's share of the director post")
    public record Share(
            @Schema(description = "Name of the funder") String funderName,
            @Schema(description = "Funder type code, e.g. RECTORAT, REGION, COMPANY") String funderType,
            @Schema(description = "Share in percent, one decimal, as declared") BigDecimal percent,
            @Schema(description = "What this share pays of the total cost, in euro cents") long amountCents) {
    }
}
