package fr.cmq.funding.domain;

import fr.cmq.common.reference.BudgetUse;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One use of a budget and its amount in euro cents. A value: equal when every field is, so that a replacement with
 * the same lines leaves the rows as they are.
 */
@Embeddable
public record UseLine(@Enumerated(EnumType.STRING) @Column(name = "use_code") BudgetUse use, long amountCents) {
}
