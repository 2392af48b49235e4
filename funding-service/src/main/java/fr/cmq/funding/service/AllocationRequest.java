package fr.cmq.funding.service;

import fr.cmq.funding.domain.Amounts;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** The body of {@code POST /api/v1/funding-envelopes/{envelopeId}/allocations}. */
@Schema(name = "AllocationRequest", description = "An amount of the envelope drawn by one of its campuses for a year")
public record AllocationRequest(
        @Schema(description = "A campus the envelope covers") @NotNull UUID campusId,
        @Schema(description = "A year of the envelope's period") @NotNull Integer year,
        @Schema(description = "Amount in integer euro cents, 1..100000000000; the allocations of"
                + " an envelope may not add to more than its total")
        @NotNull @Positive @Max(Amounts.MAX_CENTS) Long amountCents) {
}
