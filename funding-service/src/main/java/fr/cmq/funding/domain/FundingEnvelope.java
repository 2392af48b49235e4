package fr.cmq.funding.domain;

import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.reference.FunderType;
import fr.cmq.common.reference.FundingModality;
import fr.cmq.common.persistence.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A multi-year programme of one funder shared by several campuses (e.g. a region's envelope). */
@Entity
@Table(name = "funding_envelope")
public class FundingEnvelope extends AuditedEntity {

    @Id
    public UUID id;
    public String funderName;
    @Enumerated(EnumType.STRING)
    public FunderType funderType;
    public long totalCents;
    public int startYear;
    public int endYear;
    @Enumerated(EnumType.STRING)
    public FundingModality modality;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "funding_envelope_campus", joinColumns = @JoinColumn(name = "envelope_id"))
    @Column(name = "campus_id")
    @OrderColumn(name = "position")
    public List<UUID> campusIds = new ArrayList<>();


    /** A new envelope covering the given campuses in that order. */
    public static FundingEnvelope create(String funderName, FunderType funderType, long totalCents, int startYear,
                                         int endYear, FundingModality modality, List<UUID> campusIds) {
        FundingEnvelope envelope = new FundingEnvelope();
        envelope.id = UUID.randomUUID();
        envelope.funderName = funderName;
        envelope.funderType = funderType;
        envelope.totalCents = totalCents;
        envelope.startYear = startYear;
        envelope.endYear = endYear;
        envelope.modality = modality;
        envelope.campusIds = new ArrayList<>(campusIds);
        return envelope;
    }

    /**
     * The envelope with its row locked until the transaction ends, so that allocations of one envelope run one after
     * the other; null when there is none. The row is locked on its own before the envelope is read: locking while
     * reading would join the covered campuses (which PostgreSQL cannot lock), and the separate lock Hibernate then
     * takes would refuse a version changed in between.
     */
    public static FundingEnvelope findForAllocation(UUID id) {
        getEntityManager().createNativeQuery("select id from funding_envelope where id = :id for update")
                .setParameter("id", id).getResultList();
        return findById(id);
    }

    /** Where the envelope stands after these allocations (its own, oldest first). */
    public EnvelopeBalance balance(List<EnvelopeAllocation> allocations) {
        return EnvelopeBalance.of(this, allocations);
    }

    /**
     * A new allocation of {@code amountCents} to a covered campus for a year of the period, given the
     * allocations already made; refused (422 naming the field) when the campus is not covered, the year is
     * outside the period, or the allocations would add to more than the total. Counts as a change of the
     * envelope (a new version once flushed).
     */
    public EnvelopeAllocation allocate(UUID campusId, int year, long amountCents, List<EnvelopeAllocation> made,
                                       Instant now, String actor) {
        if (!campusIds.contains(campusId)) {
            throw ProblemException.unprocessable("campusId", "campus " + campusId + " is not covered by this envelope");
        }
        if (year < startYear || year > endYear) {
            throw ProblemException.unprocessable("year", "year " + year + " is outside the envelope's period "
                    + startYear + "-" + endYear);
        }
        long remaining = balance(made).remainingCents();
        if (amountCents > remaining) {
            throw ProblemException.unprocessable("amountCents", "allocating " + amountCents
                    + " cents would exceed the envelope: " + remaining + " cents remain of " + totalCents);
        }
        recordUpdate(actor, now);
        return EnvelopeAllocation.of(id, campusId, year, amountCents, now, actor);
    }
}
