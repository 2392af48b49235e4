package fr.cmq.labelling.domain;

import fr.cmq.common.reference.ApplicationKind;
import fr.cmq.common.reference.ApplicationPart;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An application file for a label (first application or renewal) under a call for projects. */
@Entity
@Table(name = "application")
public class Application extends PanacheEntityBase {

    /** A partner's signed commitment (recommendation 2): the organisation and the date it signed. */
    public record PartnerCommitment(String partnerName, LocalDate signedOn) {
    }

    /** An indicator with its baseline and the target set for the label period. */
    public record Indicator(String name, String baseline, String target) {
    }

    @Id
    public UUID id;
    public UUID campusId;
    public UUID callId;
    @Enumerated(EnumType.STRING)
    public ApplicationKind kind;
    public String opportunityAnalysis;
    public Boolean direccteInvolved;
    public Boolean employersInvolved;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<PartnerCommitment> partnerCommitments = new ArrayList<>();
    public String trainingOfferCoherence;
    public LocalDate crefopPresentationDate;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Indicator> indicators = new ArrayList<>();
    public Instant submittedAt;
    public String submittedBy;

    /** The latest application of a campus that has no decision yet, or null. */
    public static Application pendingOf(UUID campusId) {
        return Application.<Application>find("campusId = ?1 and id not in (select d.applicationId from LabelDecision d)",
                Sort.descending("submittedAt"), campusId).firstResult();
    }

    public static List<Application> ofCampus(UUID campusId) {
        return list("campusId", campusId);
    }

    /** The parts the call requires that this file lacks. */
    public Set<ApplicationPart> missingFor(CallForProjects call) {
        Set<ApplicationPart> missing = EnumSet.noneOf(ApplicationPart.class);
        missing.addAll(call.requiredParts);
        missing.removeAll(presentParts());
        return missing;
    }

    /** The parts of recommendations 1-4 this file holds. */
    public Set<ApplicationPart> presentParts() {
        Set<ApplicationPart> parts = EnumSet.noneOf(ApplicationPart.class);
        if (opportunityAnalysis != null && !opportunityAnalysis.isBlank()
                && direccteInvolved != null && employersInvolved != null) {
            parts.add(ApplicationPart.OPPORTUNITY_ANALYSIS);
        }
        if (!partnerCommitments.isEmpty()) {
            parts.add(ApplicationPart.PARTNER_COMMITMENTS);
        }
        if (trainingOfferCoherence != null && !trainingOfferCoherence.isBlank()) {
            parts.add(ApplicationPart.TRAINING_OFFER_COHERENCE);
        }
        if (crefopPresentationDate != null) {
            parts.add(ApplicationPart.CREFOP_PRESENTATION);
        }
        if (!indicators.isEmpty() && indicators.stream().allMatch(i -> i.target() != null && !i.target().isBlank())) {
            parts.add(ApplicationPart.INDICATORS);
        }
        return parts;
    }
}
