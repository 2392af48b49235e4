package fr.cmq.funding.service;

import fr.cmq.common.reference.FunderType;
import fr.cmq.common.reference.FundingModality;
import fr.cmq.funding.domain.Amounts;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** The body of {@code POST /api/v1/funding-envelopes}. */
@Schema(name = "EnvelopeRequest", description = "A multi-year envelope of one funder shared by several campuses"
        + " (e.g. Hauts-de-France, [110]: 200 000 EUR over 3 years for « les six campus de la région »; Annexe 4 lists seven)")
public record EnvelopeRequest(
        @Schema(description = "Name of the funder, e.g. 'Région Hauts-de-France'")
        @NotBlank @Size(max = 300) String funderName,
        @NotNull FunderType funderType,
        @Schema(description = "Total of the envelope in integer euro cents, 1..100000000000")
        @NotNull @Positive @Max(Amounts.MAX_CENTS) Long totalCents,
        @Schema(description = "First year of the period, 2013..(current year + 5)")
        @NotNull Integer startYear,
        @Schema(description = "Last year of the period (inclusive), not before startYear")
        @NotNull Integer endYear,
        @NotNull FundingModality modality,
        @Schema(description = "The campuses the envelope covers (ids of the national register), each once")
        @NotEmpty @Size(max = 200) List<@NotNull UUID> campusIds) {
}
