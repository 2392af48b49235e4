package fr.cmq.funding.domain;

import fr.cmq.common.persistence.CreatedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An amount of an envelope allocated to one of its campuses for a year. */
@Entity
@Table(name = "envelope_allocation")
public class EnvelopeAllocation extends CreatedEntity {

    @Id
    public UUID id;
    public UUID envelopeId;
    public UUID campusId;
    @Column(name = "fiscal_year")
    public int year;
    public long amountCents;

    static EnvelopeAllocation of(UUID envelopeId, UUID campusId, int year, long amountCents, Instant now,
                                 String actor) {
        EnvelopeAllocation allocation = new EnvelopeAllocation();
        allocation.id = UUID.randomUUID();
        allocation.envelopeId = envelopeId;
        allocation.campusId = campusId;
        allocation.year = year;
        allocation.amountCents = amountCents;
        allocation.recordCreation(actor, now);
        return allocation;
    }
}
