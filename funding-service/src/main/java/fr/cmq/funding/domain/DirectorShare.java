package fr.cmq.funding.domain;

import fr.cmq.common.reference.FunderType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.util.Objects;

/** One funder's share of the director post, in percent with at most one decimal. */
@Embeddable
public class DirectorShare {

    public String funderName;
    @Enumerated(EnumType.STRING)
    public FunderType funderType;
    @Column(precision = 4, scale = 1)
    public BigDecimal percent;

    public DirectorShare() {
    }

    /** A share in percent, kept with one decimal. */
    public DirectorShare(String funderName, FunderType funderType, BigDecimal percent) {
        this.funderName = funderName;
        this.funderType = funderType;
        this.percent = percent.setScale(1);
    }

    /** Equal when every field is: a replacement with the same lines leaves the rows as they are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof DirectorShare other && Objects.equals(funderName, other.funderName)
                && funderType == other.funderType && Objects.equals(percent, other.percent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(funderName, funderType, percent);
    }
}
