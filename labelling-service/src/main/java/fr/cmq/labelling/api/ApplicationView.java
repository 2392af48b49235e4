package fr.cmq.labelling.api;

import fr.cmq.common.reference.ApplicationKind;
import fr.cmq.common.reference.ApplicationPart;
import fr.cmq.common.reference.DecisionOutcome;
import fr.cmq.common.reference.IssuingBody;
import fr.cmq.common.reference.OpinionOutcome;
import fr.cmq.common.source.FactSource;
import fr.cmq.labelling.domain.Application;
import fr.cmq.labelling.domain.ApplicationFile;
import fr.cmq.labelling.domain.LabelDecision;
import fr.cmq.labelling.domain.Opinion;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An application with its opinion and decision, and which parts its call still requires. */
public record ApplicationView(UUID id, UUID campusId, String callCode, ApplicationKind kind,
                              String opportunityAnalysis, Boolean direccteInvolved, Boolean employersInvolved,
                              List<Application.PartnerCommitment> partnerCommitments, String trainingOfferCoherence,
                              LocalDate crefopPresentationDate, List<Application.Indicator> indicators,
                              Set<ApplicationPart> presentParts, Set<ApplicationPart> missingRequiredParts,
                              OpinionView opinion, DecisionView decision, Instant submittedAt,
                              @Schema(description = "Where the application's facts come from (issue 13)")
                              FactSource source) {

    public record OpinionView(Integer stars, OpinionOutcome outcome, String justification, IssuingBody issuingBody,
                              LocalDate issuedOn, FactSource source) {
        public static OpinionView of(Opinion opinion) {
            return opinion == null ? null : new OpinionView(opinion.stars, opinion.outcome, opinion.justification,
                    opinion.issuingBody, opinion.issuedOn, opinion.source);
        }
    }

    public record DecisionView(DecisionOutcome outcome, String legalActReference, LocalDate legalActDate,
                               LocalDate startDate, Integer durationYears, LocalDate expiryDate, FactSource source) {
        public static DecisionView of(LabelDecision decision) {
            return decision == null ? null : new DecisionView(decision.outcome, decision.legalActReference,
                    decision.legalActDate, decision.startDate, decision.durationYears, decision.expiryDate,
                    decision.source);
        }
    }

    public static ApplicationView of(ApplicationFile file) {
        Application application = file.application();
        return new ApplicationView(application.id, application.campusId, file.callCode(), application.kind,
                application.opportunityAnalysis, application.direccteInvolved, application.employersInvolved,
                List.copyOf(application.partnerCommitments), application.trainingOfferCoherence,
                application.crefopPresentationDate, List.copyOf(application.indicators), file.presentParts(),
                file.missingParts(), OpinionView.of(file.opinion()), DecisionView.of(file.decision()),
                application.submittedAt, application.source);
    }
}
