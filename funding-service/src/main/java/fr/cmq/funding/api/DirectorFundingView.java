package fr.cmq.funding.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.cmq.common.reference.FunderType;
import fr.cmq.common.rules.Percentages;
import fr.cmq.common.source.FactSource;
import fr.cmq.funding.domain.DirectorFunding;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The director post's co-financing as the API shows it, with what the domain computes of it. */
@Schema(name = "DirectorFunding", description = "The co-financing of a campus's operational director post for a"
        + " year (recommendation 7). " + Percentages.RULE)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DirectorFundingView(
        UUID campusId,
        int year,
        @Schema(description = "Total yearly cost of the post, in euro cents") long totalCostCents,
        @Schema(description = "Organisation employing the post, when given") String employerName,
        @Schema(description = "The funders' shares as declared, with the amount each pays: the total cost split"
                + " by the largest remainder method, so the amounts add to exactly the total") List<ShareView> shares,
        @Schema(description = "Sum of the shares of funders of type RECTORAT, in percent") BigDecimal rectoratPercent,
        @Schema(description = "100 minus the rectorat's share: how far the post is co-financed beyond the"
                + " rectorat (the Toulouse example reads 75.0)") BigDecimal nonRectoratPercent,
        @Schema(description = "Incremented by every accepted replacement; the ETag is this number in quotes") long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Token subject of the last writer; shown to national tokens only") String updatedBy,
        @Schema(description = "Where the co-financing's facts come from (issue 13)") FactSource source) {

    @Schema(name = "DirectorShare")
    public record ShareView(String funderName, FunderType funderType,
                            @Schema(description = "Share in percent, one decimal") BigDecimal percent,
                            @Schema(description = "What this share pays of the total cost, in euro cents") long amountCents) {
    }

    public static DirectorFundingView of(DirectorFunding funding, boolean withAudit) {
        List<ShareView> shares = funding.paidShares().stream().map(paid -> new ShareView(paid.share().funderName(),
                paid.share().funderType(), paid.share().percent(), paid.amountCents())).toList();
        return new DirectorFundingView(funding.campusId, funding.year, funding.totalCostCents, funding.employerName,
                shares, funding.rectoratPercent(), funding.nonRectoratPercent(), funding.version(), funding.createdAt(),
                funding.updatedAt(), withAudit ? funding.updatedBy() : null, funding.source);
    }
}
