package fr.cmq.labelling.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The withdrawal of a granted label before its expiry. */
@Entity
@Table(name = "label_withdrawal")
public class LabelWithdrawal extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID decisionId;
    public UUID campusId;
    public LocalDate withdrawnOn;
    public String legalActReference;
    public String reason;
    public Instant recordedAt;
    public String recordedBy;

    /** The withdrawal of a granted decision, or null. */
    public static LabelWithdrawal ofDecision(UUID decisionId) {
        return LabelWithdrawal.<LabelWithdrawal>find("decisionId", decisionId).firstResult();
    }
}
