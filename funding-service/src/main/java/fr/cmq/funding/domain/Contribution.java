package fr.cmq.funding.domain;

import fr.cmq.common.reference.ContributionNature;
import fr.cmq.common.reference.ContributionStatus;
import fr.cmq.common.reference.FunderType;
import fr.cmq.common.reference.FundingModality;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One funder's contribution to a budget, in euro cents (cash, or in-kind and staff valued in euros). A value: equal
 * when every field is, so that a replacement with the same lines leaves the rows as they are.
 */
@Embeddable
public record Contribution(String funderName,
                           @Enumerated(EnumType.STRING) FunderType funderType,
                           long amountCents,
                           @Enumerated(EnumType.STRING) ContributionNature nature,
                           @Enumerated(EnumType.STRING) FundingModality modality,
                           @Enumerated(EnumType.STRING) ContributionStatus status) {
}
