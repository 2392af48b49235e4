package fr.cmq.funding.domain;

import fr.cmq.common.rules.Percentages;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where an envelope stands after its allocations (oldest first): what each covered campus has drawn, the
 * sum allocated, what remains (never negative) and the allocated share of the total (one decimal, half up).
 */
public record EnvelopeBalance(List<EnvelopeAllocation> allocations, Map<UUID, Long> drawnByCampus,
                              long allocatedCents, long remainingCents, BigDecimal allocatedPercent) {

    static EnvelopeBalance of(FundingEnvelope envelope, List<EnvelopeAllocation> allocations) {
        Map<UUID, Long> drawn = new HashMap<>();
        long allocated = 0;
        for (EnvelopeAllocation a : allocations) {
            drawn.merge(a.campusId, a.amountCents, Long::sum);
            allocated += a.amountCents;
        }
        return new EnvelopeBalance(List.copyOf(allocations), Map.copyOf(drawn), allocated,
                envelope.totalCents - allocated, Percentages.percentOf(allocated, envelope.totalCents));
    }

    /** What a campus has drawn from the envelope, in euro cents. */
    public long drawnCents(UUID campusId) {
        return drawnByCampus.getOrDefault(campusId, 0L);
    }
}
