package fr.cmq.labelling.service;

import fr.cmq.common.source.FactSource;
import jakarta.inject.Inject;
import fr.cmq.common.problem.FieldError;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.reference.ApplicationPart;
import fr.cmq.common.reference.DecisionOutcome;
import fr.cmq.common.security.Caller;
import fr.cmq.common.time.CmqClock;
import fr.cmq.events.labelling.LabellingEventTypes;
import fr.cmq.labelling.domain.Application;
import fr.cmq.labelling.domain.ApplicationFile;
import fr.cmq.labelling.domain.CallForProjects;
import fr.cmq.labelling.domain.Campus;
import fr.cmq.labelling.domain.CampusLabel;
import fr.cmq.labelling.domain.LabelDecision;
import fr.cmq.labelling.domain.Opinion;
import fr.cmq.labelling.events.LabellingEventData;
import fr.cmq.labelling.events.SelfAssessments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The applications for a label: submission under a call, the expert opinion, the decision (granted for
 * a duration, or refused). Each write checks the campus's region first, runs in one transaction, keeps
 * the campus's label up to date and appends its event to the outbox.
 */
@ApplicationScoped
public class ApplicationService {

    @Inject
    CampusWrites writes;
    @Inject
    CmqClock clock;
    @Inject
    CallService calls;
    @Inject
    LabelService labels;
    @Inject
    SelfAssessments selfAssessments;

    /** A first application or a renewal, under a call. Publishes ApplicationSubmitted. */
    @Transactional
    public ApplicationFile submit(UUID campusId, ApplicationRequest request, Caller caller) {
        Campus campus = writes.lock(campusId, caller);
        writes.check(request);
        CallForProjects call = calls.require(request.callCode());
        FactSource source = writes.source(request.source(), caller, campus);
        Application application = new Application();
        application.source = source;
        application.id = UUID.randomUUID();
        application.campusId = campusId;
        application.callId = call.id;
        application.kind = request.kind();
        application.opportunityAnalysis = request.opportunityAnalysis();
        application.direccteInvolved = request.direccteInvolved();
        application.employersInvolved = request.employersInvolved();
        application.partnerCommitments = new ArrayList<>(request.commitments());
        application.trainingOfferCoherence = request.trainingOfferCoherence();
        application.crefopPresentationDate = request.crefopPresentationDate();
        application.indicators = new ArrayList<>(request.indicatorTargets());
        application.submittedAt = clock.now();
        application.submittedBy = caller.subject();
        application.persist();
        return record(campus, application, LabellingEventTypes.APPLICATION_SUBMITTED, caller, source);
    }

    /** Stars or an outcome, justified below 3 stars or unless FAVOURABLE; one per application. Publishes OpinionIssued. */
    @Transactional
    public ApplicationFile issueOpinion(UUID applicationId, OpinionRequest request, Caller caller) {
        Application application = require(applicationId);
        Campus campus = writes.lock(application.campusId, caller);
        writes.check(request);
        if ((request.stars() == null) == (request.outcome() == null)) {
            throw ProblemException.invalid(List.of(new FieldError("stars", "give either stars or an outcome"),
                    new FieldError("outcome", "give either stars or an outcome")));
        }
        if (Opinion.needsJustification(request.stars(), request.outcome())
                && (request.justification() == null || request.justification().isBlank())) {
            throw ProblemException.invalid("justification", request.stars() != null
                    ? "required when the opinion gives fewer than 3 stars (why not 3?)"
                    : "required for an outcome other than FAVOURABLE");
        }
        if (Opinion.ofApplication(applicationId) != null) {
            throw ProblemException.conflict("Application " + applicationId + " already has an opinion");
        }
        FactSource source = writes.source(request.source(), caller, campus);
        Opinion opinion = new Opinion();
        opinion.source = source;
        opinion.applicationId = applicationId;
        opinion.stars = request.stars();
        opinion.outcome = request.outcome();
        opinion.justification = request.justification();
        opinion.issuingBody = request.issuingBody();
        opinion.issuedOn = request.issuedOn();
        opinion.recordCreation(caller.subject(), clock.now());
        opinion.persist();
        return record(campus, application, LabellingEventTypes.OPINION_ISSUED, caller, source);
    }

    /**
     * Granted (start date and 1-5 years) or refused; one per application, and only once the file holds
     * every part its call requires. Publishes LabelGranted or LabelRefused.
     */
    @Transactional
    public ApplicationFile decide(UUID applicationId, DecisionRequest request, Caller caller) {
        Application application = require(applicationId);
        Campus campus = writes.lock(application.campusId, caller);
        writes.check(request);
        boolean granted = request.outcome() == DecisionOutcome.GRANTED;
        if (granted) {
            List<FieldError> errors = new ArrayList<>();
            if (request.startDate() == null) {
                errors.add(new FieldError("startDate", "required when the label is granted"));
            }
            if (request.durationYears() == null) {
                errors.add(new FieldError("durationYears", "required when the label is granted (1 to 5 years)"));
            }
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
        }
        if (LabelDecision.ofApplication(applicationId) != null) {
            throw ProblemException.conflict("Application " + applicationId + " already has a decision");
        }
        Set<ApplicationPart> missing = application.missingFor(CallForProjects.findById(application.callId),
                selfAssessed(application));
        if (!missing.isEmpty()) {
            throw ProblemException.unprocessable("applicationId", "the call requires parts this application lacks: "
                    + missing + "; complete the file with a new application before deciding");
        }
        FactSource source = writes.source(request.source(), caller, campus);
        LabelDecision decision = new LabelDecision();
        decision.source = source;
        decision.applicationId = applicationId;
        decision.campusId = campus.id;
        decision.outcome = request.outcome();
        decision.legalActReference = request.legalActReference().strip();
        decision.legalActDate = request.legalActDate();
        if (granted) {
            decision.grantFrom(request.startDate(), request.durationYears());
        }
        decision.recordCreation(caller.subject(), clock.now());
        decision.persist();
        return record(campus, application, granted ? LabellingEventTypes.LABEL_GRANTED : LabellingEventTypes.LABEL_REFUSED,
                caller, source);
    }

    public ApplicationFile get(UUID applicationId) {
        return file(require(applicationId));
    }

    private ApplicationFile record(Campus campus, Application application, String eventType, Caller caller,
                                   FactSource source) {
        CampusLabel label = labels.refresh(campus, caller);
        ApplicationFile file = file(application);
        writes.publish(campus, caller, eventType, source, LabellingEventData.label(file, label));
        return file;
    }

    private ApplicationFile file(Application application) {
        CallForProjects call = CallForProjects.findById(application.callId);
        boolean selfAssessed = selfAssessed(application);
        return new ApplicationFile(application, call.code, application.presentParts(selfAssessed),
                application.missingFor(call, selfAssessed),
                Opinion.ofApplication(application.id), LabelDecision.ofApplication(application.id));
    }

    /** The campus submitted a self-assessment (learnt from monitoring) for the application's year or the year before. */
    private boolean selfAssessed(Application application) {
        return selfAssessments.submittedSince(application.campusId, application.submissionYear() - 1);
    }

    private static Application require(UUID applicationId) {
        Application application = Application.findById(applicationId);
        if (application == null) {
            throw ProblemException.notFound("Application " + applicationId);
        }
        return application;
    }
}
