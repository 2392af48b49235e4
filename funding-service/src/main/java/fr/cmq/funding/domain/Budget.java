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

/** A campus's budget for one year and one kind (forecast or executed), replaced wholesale by its owner. */
@Entity
@Table(name = "budget")
public class Budget extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "campus_id")
    public UUID campusId;
    @Column(name = "fiscal_year")
    public int year;
    @Enumerated(EnumType.STRING)
    public BudgetKind kind;
    @Enumerated(EnumType.STRING)
    public BudgetHolder holder;
    @Column(name = "holder_name")
    public String holderName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "budget_use_line", joinColumns = @JoinColumn(name = "budget_id"))
    @OrderColumn(name = "position")
    public List<UseLine> uses = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "budget_contribution", joinColumns = @JoinColumn(name = "budget_id"))
    @OrderColumn(name = "position")
    public List<Contribution> contributions = new ArrayList<>();

    /** Sum of the contributions, kept with the budget so that national totals need no recomputation. */
    @Column(name = "total_resources_cents")
    public long totalResourcesCents;
    @Column(name = "total_uses_cents")
    public long totalUsesCents;

    /** Incremented by every accepted replacement; the ETag of the budget. */
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
