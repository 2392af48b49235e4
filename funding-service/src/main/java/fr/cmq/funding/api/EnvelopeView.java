package fr.cmq.funding.api;

import fr.cmq.common.campus.KnownCampus;
import fr.cmq.funding.domain.EnvelopeAllocation;
import fr.cmq.funding.domain.FunderType;
import fr.cmq.funding.domain.FundingEnvelope;
import fr.cmq.funding.domain.FundingModality;
import fr.cmq.funding.domain.Shares;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** An envelope as the API and its events show it, with what each covered campus has drawn from it. */
@Schema(name = "FundingEnvelope", description = "A multi-campus envelope, its allocations and what remains")
public record EnvelopeView(
        UUID id,
        String funderName,
        FunderType funderType,
        @Schema(description = "Total of the envelope, in euro cents") long totalCents,
        @Schema(description = "First year of the period") int startYear,
        @Schema(description = "Last year of the period (inclusive)") int endYear,
        FundingModality modality,
        @Schema(description = "The covered campuses, in the order given, with what each has drawn") List<CampusDraw> campuses,
        @Schema(description = "Every allocation, oldest first") List<AllocationView> allocations,
        @Schema(description = "Sum of the allocations, in euro cents") long allocatedCents,
        @Schema(description = "Total minus allocations, in euro cents (never negative)") long remainingCents,
        @Schema(description = "Allocations as a percentage of the total, one decimal, half up") BigDecimal allocatedPercent,
        @Schema(description = "Incremented by every allocation; the ETag is this number in quotes") long version,
        Instant createdAt) {

    @Schema(name = "EnvelopeCampusDraw", description = "A covered campus and what it has drawn from the envelope")
    public record CampusDraw(UUID campusId, String designation, String regionCode,
                             @Schema(description = "Sum of this campus's allocations, in euro cents") long drawnCents) {
    }

    @Schema(name = "EnvelopeAllocation", description = "An amount allocated to a campus for a year")
    public record AllocationView(UUID id, UUID campusId, int year, long amountCents, Instant createdAt) {
    }

    public static EnvelopeView of(FundingEnvelope envelope, List<EnvelopeAllocation> allocations,
                                  Function<UUID, KnownCampus> campuses) {
        List<AllocationView> allocationViews = allocations.stream()
                .map(a -> new AllocationView(a.id, a.campusId, a.year, a.amountCents, a.createdAt)).toList();
        Map<UUID, Long> drawn = new java.util.HashMap<>();
        long allocated = 0;
        for (EnvelopeAllocation a : allocations) {
            drawn.merge(a.campusId, a.amountCents, Long::sum);
            allocated += a.amountCents;
        }
        List<CampusDraw> draws = new ArrayList<>();
        for (UUID campusId : envelope.campusIds) {
            KnownCampus campus = campuses.apply(campusId);
            draws.add(new CampusDraw(campusId, campus == null ? null : campus.designation(),
                    campus == null ? null : campus.regionCode(), drawn.getOrDefault(campusId, 0L)));
        }
        return new EnvelopeView(envelope.id, envelope.funderName, envelope.funderType, envelope.totalCents,
                envelope.startYear, envelope.endYear, envelope.modality, draws, allocationViews, allocated,
                envelope.totalCents - allocated, Shares.percentOf(allocated, envelope.totalCents), envelope.version,
                envelope.createdAt);
    }
}
