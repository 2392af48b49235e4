package fr.cmq.funding.domain;

import fr.cmq.common.reference.BudgetHolder;
import fr.cmq.common.reference.BudgetKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A campus's budget for one year and one kind (forecast or executed), replaced wholesale by its owner. */
@Entity
@Table(name = "budget")
public class Budget extends CampusYearRecord {

    @Enumerated(EnumType.STRING)
    public BudgetKind kind;
    @Enumerated(EnumType.STRING)
    public BudgetHolder holder;
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
    public long totalResourcesCents;
    public long totalUsesCents;

    protected Budget() {
    }

    /** A new budget of a campus for a year and kind; its lines come with {@link #replace}. */
    public Budget(UUID campusId, int year, BudgetKind kind) {
        super(campusId, year);
        this.kind = kind;
    }

    /**
     * Replaces the whole budget (holder, uses, contributions) and keeps its totals with it. Lines equal to the
     * current ones are kept as they are (the row changes only by what changed).
     */
    public void replace(BudgetHolder holder, String holderName, List<UseLine> uses, List<Contribution> contributions) {
        this.holder = holder;
        this.holderName = holderName;
        this.uses = keepOrReplace(this.uses, uses);
        this.contributions = keepOrReplace(this.contributions, contributions);
        this.totalResourcesCents = contributions.stream().mapToLong(Contribution::amountCents).sum();
        this.totalUsesCents = uses.stream().mapToLong(UseLine::amountCents).sum();
    }

    /** Totals, coverage ratio and shares of this budget. */
    public BudgetFigures figures() {
        return BudgetFigures.of(this);
    }
}
