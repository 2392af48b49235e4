package fr.cmq.funding.domain;

import fr.cmq.common.persistence.AuditedEntity;
import fr.cmq.common.source.FactSource;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.util.UUID;

/** A record of one campus for one fiscal year (its budget, its director post's co-financing), replaced wholesale. */
@MappedSuperclass
public abstract class CampusYearRecord extends AuditedEntity {

    @Id
    public UUID id;
    public UUID campusId;
    @Column(name = "fiscal_year")
    public int year;
    /** Where the record's facts come from (issue 13). */
    @Embedded
    public FactSource source;

    protected CampusYearRecord() {
    }

    /** A new record (a new id) of the campus for the year. */
    protected CampusYearRecord(UUID campusId, int year) {
        this.id = UUID.randomUUID();
        this.campusId = campusId;
        this.year = year;
    }
}
