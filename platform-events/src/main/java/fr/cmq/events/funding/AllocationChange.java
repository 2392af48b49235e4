package fr.cmq.events.funding;

import fr.cmq.events.EventPayload;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** The data of {@code EnvelopeAllocated}: the allocation and the envelope after it. */
@Schema(description = "Data of EnvelopeAllocated: the amount allocated to the campus and the envelope after it")
public record AllocationChange(
        @Schema(description = "The new allocation", required = true) Allocation allocation,
        @Schema(description = "The envelope after the allocation", required = true) EnvelopeState envelope)
        implements EventPayload {

    @Schema(name = "AllocationChangeAllocation", description = "An amount of an envelope allocated to a campus for a year")
    public record Allocation(
            @Schema(description = "Identifier of the allocation") UUID id,
            @Schema(description = "The campus it is allocated to (the event's campusId)") UUID campusId,
            @Schema(description = "The year, within the envelope's period") int year,
            @Schema(description = "Amount in euro cents") long amountCents) {
    }
}
