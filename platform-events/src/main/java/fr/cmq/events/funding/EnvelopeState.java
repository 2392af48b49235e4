package fr.cmq.events.funding;

import fr.cmq.events.EventPayload;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A multi-campus funding envelope, with what each covered campus has drawn from it. */
@Schema(description = "A multi-campus funding envelope with what each covered campus has drawn from it (data of "
        + "EnvelopeCreated, published once per covered campus)")
public record EnvelopeState(
        @Schema(description = "Identifier of the envelope", required = true) UUID id,
        @Schema(description = "Name of the funder") String funderName,
        @Schema(description = "Funder type code, e.g. REGION") String funderType,
        @Schema(description = "Total of the envelope, in euro cents") long totalCents,
        @Schema(description = "First year of the period") int startYear,
        @Schema(description = "Last year of the period (inclusive)") int endYear,
        @Schema(description = "EX_ANTE or EX_POST") String modality,
        @Schema(description = "The covered campuses, in the order given, with what each has drawn")
        List<CampusDraw> campuses,
        @Schema(description = "Sum of the allocations, in euro cents") long allocatedCents,
        @Schema(description = "totalCents minus allocatedCents (never negative)") long remainingCents,
        @Schema(description = "allocatedCents as a percentage of totalCents, one decimal, half up", nullable = true)
        BigDecimal allocatedPercent) implements EventPayload {

    @Schema(name = "EnvelopeStateCampusDraw", description = "A covered campus and what it has drawn from the envelope")
    public record CampusDraw(
            @Schema(description = "The campus") UUID campusId,
            @Schema(description = "Its designation, as the funding service knows it", nullable = true)
            String designation,
            @Schema(description = "Its region code", nullable = true) String regionCode,
            @Schema(description = "Sum of this campus's allocations, in euro cents") long drawnCents) {
    }
}
