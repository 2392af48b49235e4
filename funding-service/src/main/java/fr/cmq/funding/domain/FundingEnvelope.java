package fr.cmq.funding.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
public class FundingEnvelope extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "funder_name")
    public String funderName;
    @Enumerated(EnumType.STRING)
    @Column(name = "funder_type")
    public FunderType funderType;
    @Column(name = "total_cents")
    public long totalCents;
    @Column(name = "start_year")
    public int startYear;
    @Column(name = "end_year")
    public int endYear;
    @Enumerated(EnumType.STRING)
    public FundingModality modality;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "funding_envelope_campus", joinColumns = @JoinColumn(name = "envelope_id"))
    @Column(name = "campus_id")
    @OrderColumn(name = "position")
    public List<UUID> campusIds = new ArrayList<>();

    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
}
