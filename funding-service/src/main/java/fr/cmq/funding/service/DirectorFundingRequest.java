package fr.cmq.funding.service;

import fr.cmq.common.reference.FunderType;
import fr.cmq.common.source.SourceRequest;
import fr.cmq.funding.domain.Amounts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** The body of {@code PUT /api/v1/campuses/{campusId}/director-funding/{year}}. */
@Schema(name = "DirectorFundingRequest", description = "Who pays the operational director post for a year, in"
        + " shares of its total cost; the shares must add to exactly 100")
public record DirectorFundingRequest(
        @Schema(description = "Total yearly cost of the post in integer euro cents, 0..100000000000")
        @NotNull @PositiveOrZero @Max(Amounts.MAX_CENTS) Long totalCostCents,
        @Schema(description = "Organisation employing the post (e.g. 'Airbus'), optional; the"
                + " director post is a post: never a person's name")
        @Size(max = 300) String employerName,
        @Schema(description = "The funders' shares, adding to exactly 100")
        @NotEmpty @Size(max = 20) List<@NotNull @Valid ShareItem> shares,
        @Schema(description = "Where the facts come from (issue 13): optional, default DECLARED by the caller (or the "
                + "campus's own demonstration kind)", nullable = true) @Valid SourceRequest source) {

    @Schema(name = "DirectorShareRequest", description = "One funder's share of the post")
    public record ShareItem(
            @Schema(description = "Name of the funder, e.g. 'UIMM'")
            @NotBlank @Size(max = 300) String funderName,
            @NotNull FunderType funderType,
            @Schema(description = "Share in percent, more than 0 and at most 100, at most one decimal")
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 1)
            BigDecimal percent) {
    }
}
