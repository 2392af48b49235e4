package fr.cmq.labelling.domain;

import fr.cmq.common.reference.IssuingBody;
import fr.cmq.common.reference.OpinionOutcome;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** The expert opinion on an application: 1 to 3 stars (legacy scheme) or an outcome (§ 76). */
@Entity
@Table(name = "opinion")
public class Opinion extends RecordedEntity {

    public UUID applicationId;
    public Integer stars;
    @Enumerated(EnumType.STRING)
    public OpinionOutcome outcome;
    public String justification;
    @Enumerated(EnumType.STRING)
    public IssuingBody issuingBody;
    public LocalDate issuedOn;

    /** The opinion on an application, or null. */
    public static Opinion ofApplication(UUID applicationId) {
        return Opinion.<Opinion>find("applicationId", applicationId).firstResult();
    }

    /** Stars 1-3 below 3, or an outcome other than FAVOURABLE, need a justification (§ 76). */
    public static boolean needsJustification(Integer stars, OpinionOutcome outcome) {
        return (stars != null && stars < 3) || (outcome != null && outcome != OpinionOutcome.FAVOURABLE);
    }
}
