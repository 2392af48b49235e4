package fr.cmq.funding.domain;

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

/** The co-financing of a campus's operational director post for one year; shares add to exactly 100 %. */
@Entity
@Table(name = "director_funding")
public class DirectorFunding extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "campus_id")
    public UUID campusId;
    @Column(name = "fiscal_year")
    public int year;
    @Column(name = "total_cost_cents")
    public long totalCostCents;
    @Column(name = "employer_name")
    public String employerName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "director_funding_share", joinColumns = @JoinColumn(name = "director_funding_id"))
    @OrderColumn(name = "position")
    public List<DirectorShare> shares = new ArrayList<>();

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
