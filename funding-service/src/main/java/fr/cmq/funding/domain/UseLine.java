package fr.cmq.funding.domain;

import fr.cmq.common.reference.BudgetUse;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;

/** One use of a budget and its amount in euro cents. */
@Embeddable
public class UseLine {

    @Enumerated(EnumType.STRING)
    @Column(name = "use_code")
    public BudgetUse use;
    public long amountCents;

    public UseLine() {
    }

    public UseLine(BudgetUse use, long amountCents) {
        this.use = use;
        this.amountCents = amountCents;
    }

    /** Equal when every field is: a replacement with the same lines leaves the rows as they are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof UseLine other && use == other.use && amountCents == other.amountCents;
    }

    @Override
    public int hashCode() {
        return Objects.hash(use, amountCents);
    }
}
