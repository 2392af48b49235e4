package fr.cmq.labelling.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** The withdrawal of a granted label before its expiry. */
@Entity
@Table(name = "label_withdrawal")
public class LabelWithdrawal extends RecordedEntity {

    public UUID decisionId;
    public UUID campusId;
    public LocalDate withdrawnOn;
    public String legalActReference;
    public String reason;

    /** The withdrawal of a granted decision, or null. */
    public static LabelWithdrawal ofDecision(UUID decisionId) {
        return LabelWithdrawal.<LabelWithdrawal>find("decisionId", decisionId).firstResult();
    }
}
