package fr.cmq.labelling.domain;

import fr.cmq.common.reference.DecisionOutcome;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The decision on an application: a label granted by legal act for a duration of its own (4 years in
 * the report; 1 to 5 allowed), or refused. One decision per application.
 */
@Entity
@Table(name = "label_decision")
public class LabelDecision extends RecordedEntity {

    public UUID applicationId;
    public UUID campusId;
    @Enumerated(EnumType.STRING)
    public DecisionOutcome outcome;
    public String legalActReference;
    public LocalDate legalActDate;
    public LocalDate startDate;
    public Integer durationYears;
    public LocalDate expiryDate;

    public boolean granted() {
        return outcome == DecisionOutcome.GRANTED;
    }

    /** A grant covers {@code startDate} for {@code durationYears}; the expiry is the first day it no longer covers. */
    public void grantFrom(LocalDate start, int years) {
        startDate = start;
        durationYears = years;
        expiryDate = start.plusYears(years);
    }

    /** The decision on an application, or null. */
    public static LabelDecision ofApplication(UUID applicationId) {
        return LabelDecision.<LabelDecision>find("applicationId", applicationId).firstResult();
    }

    /** The granted decision that defines a campus's label: the one with the latest start, or null. */
    public static LabelDecision currentGrant(UUID campusId) {
        return LabelDecision.<LabelDecision>find("campusId = ?1 and outcome = ?2", Sort.descending("startDate")
                .and("createdAt", Sort.Direction.Descending), campusId, DecisionOutcome.GRANTED).firstResult();
    }

    public static boolean anyRefusal(UUID campusId) {
        return count("campusId = ?1 and outcome = ?2", campusId, DecisionOutcome.REFUSED) > 0;
    }
}
