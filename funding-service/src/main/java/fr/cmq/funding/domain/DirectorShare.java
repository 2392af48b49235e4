package fr.cmq.funding.domain;

import fr.cmq.common.reference.FunderType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;

/**
 * One funder's share of the director post, in percent with one decimal. A value: equal when every field is, so that
 * a replacement with the same shares leaves the rows as they are.
 */
@Embeddable
public record DirectorShare(String funderName,
                            @Enumerated(EnumType.STRING) FunderType funderType,
                            @Column(precision = 4, scale = 1) BigDecimal percent) {

    /** The percent is kept with one decimal. */
    public DirectorShare {
        percent = percent.setScale(1);
    }
}
