package fr.cmq.labelling.domain;

import fr.cmq.common.reference.ApplicationKind;
import fr.cmq.common.reference.ApplicationPart;
import fr.cmq.common.source.FactSource;
import fr.cmq.common.time.CmqClock;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Embedded;
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
    /** Where its facts come from (issue 13). */
    @Embedded
    public FactSource source;

    /** The latest application of a campus that has no decision yet, or null. */
    public static Application pendingOf(UUID campusId) {
        return Application.<Application>find("campusId = ?1 and id not in (select d.applicationId from LabelDecision d)",
                Sort.descending("submittedAt"), campusId).firstResult();
    }

    public static List<Application> ofCampus(UUID campusId) {
        return list("campusId", campusId);
    }

    /**
     * The parts the call requires that this file lacks. SELF_ASSESSMENT applies to renewals only ([10], [196]: the
     * renewal rests on the campus's self-assessment); {@code selfAssessed} says whether the campus submitted one for
     * the year of the application or the year before.
     */
    public Set<ApplicationPart> missingFor(CallForProjects call, boolean selfAssessed) {
        Set<ApplicationPart> missing = EnumSet.noneOf(ApplicationPart.class);
        missing.addAll(call.requiredParts);
        missing.removeAll(presentParts(selfAssessed));
        if (kind != ApplicationKind.RENEWAL) {
            missing.remove(ApplicationPart.SELF_ASSESSMENT);
        }
        return missing;
    }

    /** The year the application was submitted, in France: a renewal's self-assessment is of that year or the one before. */
    public int submissionYear() {
        return submittedAt.atZone(CmqClock.FRANCE).getYear();
    }

    /** The parts of recommendations 1-4 this file holds, its indicators and, for a renewal, the self-assessment. */
    public Set<ApplicationPart> presentParts(boolean selfAssessed) {
        Set<ApplicationPart> parts = EnumSet.noneOf(ApplicationPart.class);
        if (kind == ApplicationKind.RENEWAL && selfAssessed) {
            parts.add(ApplicationPart.SELF_ASSESSMENT);
        }
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
