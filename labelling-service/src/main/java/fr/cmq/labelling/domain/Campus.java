package fr.cmq.labelling.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A campus des métiers et des qualifications, with its one identifier for life. */
@Entity
@Table(name = "campus")
public class Campus extends PanacheEntityBase {

    @Id
    public UUID id;
    public String designation;
    @Column(name = "family_code")
    public String familyCode;
    @Column(name = "region_code")
    public String regionCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campus_academy", joinColumns = @JoinColumn(name = "campus_id"))
    @Column(name = "academy_code")
    @OrderColumn(name = "position")
    public List<String> academyCodes = new ArrayList<>();

    /** Incremented by every accepted change; the ETag of the campus. */
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
}
