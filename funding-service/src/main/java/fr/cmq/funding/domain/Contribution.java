package fr.cmq.funding.domain;

import fr.cmq.common.reference.ContributionNature;
import fr.cmq.common.reference.ContributionStatus;
import fr.cmq.common.reference.FunderType;
import fr.cmq.common.reference.FundingModality;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;

/** One funder's contribution to a budget, in euro cents (cash, or in-kind and staff valued in euros). */
@Embeddable
public class Contribution {

    public String funderName;
    @Enumerated(EnumType.STRING)
    public FunderType funderType;
    public long amountCents;
    @Enumerated(EnumType.STRING)
    public ContributionNature nature;
    @Enumerated(EnumType.STRING)
    public FundingModality modality;
    @Enumerated(EnumType.STRING)
    public ContributionStatus status;

    public Contribution() {
    }

    public Contribution(String funderName, FunderType funderType, long amountCents, ContributionNature nature,
                        FundingModality modality, ContributionStatus status) {
        this.funderName = funderName;
        this.funderType = funderType;
        this.amountCents = amountCents;
        this.nature = nature;
        this.modality = modality;
        this.status = status;
    }

    /** Equal when every field is: a replacement with the same lines leaves the rows as they are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Contribution other && Objects.equals(funderName, other.funderName)
                && funderType == other.funderType && amountCents == other.amountCents && nature == other.nature
                && modality == other.modality && status == other.status;
    }

    @Override
    public int hashCode() {
        return Objects.hash(funderName, funderType, amountCents, nature, modality, status);
    }
}
