package fr.cmq.funding.api;

import fr.cmq.common.campus.KnownCampus;
import fr.cmq.common.reference.FunderType;
import fr.cmq.common.reference.FundingModality;
import fr.cmq.common.rules.Percentages;
import fr.cmq.funding.domain.EnvelopeAllocation;
import fr.cmq.funding.domain.EnvelopeBalance;
import fr.cmq.funding.domain.FundingEnvelope;
import fr.cmq.funding.service.EnvelopeService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An envelope as the API shows it, with what each covered campus has drawn from it ({@link EnvelopeBalance}). */
@Schema(name = "FundingEnvelope", description = "A multi-campus envelope, its allocations and what remains. "
        + Percentages.RULE)
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
        static AllocationView of(EnvelopeAllocation a) {
            return new AllocationView(a.id, a.campusId, a.year, a.amountCents, a.createdAt());
        }
    }

    public static EnvelopeView of(EnvelopeService.Statement statement) {
        FundingEnvelope envelope = statement.envelope();
        EnvelopeBalance balance = statement.balance();
        List<CampusDraw> draws = envelope.campusIds.stream().map(id -> {
            KnownCampus campus = statement.campuses().get(id);
            return new CampusDraw(id, campus == null ? null : campus.designation(),
                    campus == null ? null : campus.regionCode(), balance.drawnCents(id));
        }).toList();
        return new EnvelopeView(envelope.id, envelope.funderName, envelope.funderType, envelope.totalCents,
                envelope.startYear, envelope.endYear, envelope.modality, draws,
                balance.allocations().stream().map(AllocationView::of).toList(), balance.allocatedCents(),
                balance.remainingCents(), balance.allocatedPercent(), envelope.version(), envelope.createdAt());
    }
}
