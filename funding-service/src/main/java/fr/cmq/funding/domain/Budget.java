package fr.cmq.funding.domain;

import fr.cmq.common.reference.BudgetHolder;
import fr.cmq.common.reference.BudgetKind;
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

    /** A new budget of a campus for a year and kind, at version 1; its lines come with {@link #replace}. */
    public static Budget create(UUID campusId, int year, BudgetKind kind, Instant now, String actor) {
        Budget budget = new Budget();
        budget.id = UUID.randomUUID();
        budget.campusId = campusId;
        budget.year = year;
        budget.kind = kind;
        budget.version = 1;
        budget.createdAt = now;
        budget.createdBy = actor;
        return budget;
    }

    /** Replaces the whole budget (holder, uses, contributions) and keeps its totals with it. */
    public void replace(BudgetHolder holder, String holderName, List<UseLine> uses, List<Contribution> contributions,
                        Instant now, String actor) {
        this.holder = holder;
        this.holderName = holderName;
        this.uses.clear();
        this.uses.addAll(uses);
        this.contributions.clear();
        this.contributions.addAll(contributions);
        this.totalResourcesCents = contributions.stream().mapToLong(c -> c.amountCents).sum();
        this.totalUsesCents = uses.stream().mapToLong(u -> u.amountCents).sum();
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    /** Totals, coverage ratio and shares of this budget. */
    public BudgetFigures figures() {
        return BudgetFigures.of(this);
    }
}
