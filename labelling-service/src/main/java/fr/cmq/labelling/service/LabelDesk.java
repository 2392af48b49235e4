package fr.cmq.labelling.service;

import fr.cmq.common.outbox.Outbox;
import fr.cmq.common.problem.FieldError;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.web.ETags;
import fr.cmq.labelling.api.ApplicationRequest;
import fr.cmq.labelling.api.ApplicationView;
import fr.cmq.labelling.api.DecisionRequest;
import fr.cmq.labelling.api.LabelView;
import fr.cmq.labelling.api.OpinionRequest;
import fr.cmq.labelling.api.WithdrawalRequest;
import fr.cmq.labelling.domain.Application;
import fr.cmq.labelling.domain.ApplicationPart;
import fr.cmq.labelling.domain.Campus;
import fr.cmq.labelling.domain.CallForProjects;
import fr.cmq.labelling.domain.DecisionOutcome;
import fr.cmq.labelling.domain.LabelBasis;
import fr.cmq.labelling.domain.LabelDates;
import fr.cmq.labelling.domain.LabelDecision;
import fr.cmq.labelling.domain.LabelStatus;
import fr.cmq.labelling.domain.LabelWithdrawal;
import fr.cmq.labelling.domain.Opinion;
import fr.cmq.labelling.domain.OpinionOutcome;
import fr.cmq.labelling.events.LabelEventData;
import fr.cmq.labelling.events.LabellingEvents;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The label's life: applications under a call, the expert opinion, the decision (granted for a
 * duration, or refused), the withdrawal. Each write runs in one transaction with its outbox event
 * and keeps the campus's label facts (and so its version) up to date.
 */
@ApplicationScoped
public class LabelDesk {

    private final Outbox outbox;
    private final LabellingClock clock;
    private final CallCatalogue calls;

    public LabelDesk(Outbox outbox, LabellingClock clock, CallCatalogue calls) {
        this.outbox = outbox;
        this.clock = clock;
        this.calls = calls;
    }

    @Transactional
    public ApplicationView submit(UUID campusId, ApplicationRequest request, String actor,
                                  Consumer<String> regionCheck) {
        Campus campus = lockCampus(campusId);
        regionCheck.accept(campus.regionCode);
        CallForProjects call = calls.require(request.callCode());
        Application application = new Application();
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
        application.submittedAt = now();
        application.submittedBy = actor;
        application.persist();
        return record(campus, application, LabellingEvents.APPLICATION_SUBMITTED, actor);
    }

    @Transactional
    public ApplicationView issueOpinion(UUID applicationId, OpinionRequest request, String actor,
                                        Consumer<String> regionCheck) {
        Application application = requireApplication(applicationId);
        Campus campus = lockCampus(application.campusId);
        regionCheck.accept(campus.regionCode);
        if ((request.stars() == null) == (request.outcome() == null)) {
            throw ProblemException.invalid(List.of(new FieldError("stars", "give either stars or an outcome"),
                    new FieldError("outcome", "give either stars or an outcome")));
        }
        boolean needsJustification = (request.stars() != null && request.stars() < 3)
                || (request.outcome() != null && request.outcome() != OpinionOutcome.FAVOURABLE);
        if (needsJustification && (request.justification() == null || request.justification().isBlank())) {
            throw ProblemException.invalid("justification", request.stars() != null
                    ? "required when the opinion gives fewer than 3 stars (why not 3?)"
                    : "required for an outcome other than FAVOURABLE");
        }
        if (Opinion.count("applicationId", applicationId) > 0) {
            throw ProblemException.conflict("Application " + applicationId + " already has an opinion");
        }
        Opinion opinion = new Opinion();
        opinion.id = UUID.randomUUID();
        opinion.applicationId = applicationId;
        opinion.stars = request.stars();
        opinion.outcome = request.outcome();
        opinion.justification = request.justification();
        opinion.issuingBody = request.issuingBody();
        opinion.issuedOn = request.issuedOn();
        opinion.recordedAt = now();
        opinion.recordedBy = actor;
        opinion.persist();
        return record(campus, application, LabellingEvents.OPINION_ISSUED, actor);
    }

    @Transactional
    public ApplicationView decide(UUID applicationId, DecisionRequest request, String actor,
                                  Consumer<String> regionCheck) {
        Application application = requireApplication(applicationId);
        Campus campus = lockCampus(application.campusId);
        regionCheck.accept(campus.regionCode);
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
        if (LabelDecision.count("applicationId", applicationId) > 0) {
            throw ProblemException.conflict("Application " + applicationId + " already has a decision");
        }
        Set<ApplicationPart> missing = missingParts(application);
        if (!missing.isEmpty()) {
            throw ProblemException.unprocessable("applicationId", "the call requires parts this application lacks: "
                    + missing + "; complete the file with a new application before deciding");
        }
        LabelDecision decision = new LabelDecision();
        decision.id = UUID.randomUUID();
        decision.applicationId = applicationId;
        decision.campusId = campus.id;
        decision.outcome = request.outcome();
        decision.legalActReference = request.legalActReference().strip();
        decision.legalActDate = request.legalActDate();
        if (granted) {
            decision.startDate = request.startDate();
            decision.durationYears = request.durationYears();
            decision.expiryDate = request.startDate().plusYears(request.durationYears());
        }
        decision.recordedAt = now();
        decision.recordedBy = actor;
        decision.persist();
        return record(campus, application, granted ? LabellingEvents.LABEL_GRANTED : LabellingEvents.LABEL_REFUSED,
                actor);
    }

    @Transactional
    public LabelView withdraw(UUID campusId, WithdrawalRequest request, String ifMatch, String actor,
                              Consumer<String> regionCheck) {
        Campus campus = lockCampus(campusId);
        regionCheck.accept(campus.regionCode);
        ETags.requireMatch(ifMatch, campus.version);
        LabelDecision current = currentGrant(campusId);
        LabelStatus status = campus.labelDates().statusOn(clock.today());
        if (current == null || status == LabelStatus.WITHDRAWN || status == LabelStatus.EXPIRED
                || LabelWithdrawal.count("decisionId", current.id) > 0) {
            throw ProblemException.conflict("Campus " + campusId + " has no current label to withdraw (status "
                    + status + ")");
        }
        if (request.withdrawnOn().isBefore(current.startDate) || !request.withdrawnOn().isBefore(current.expiryDate)) {
            throw ProblemException.unprocessable("withdrawnOn", "must fall within the label, from "
                    + current.startDate + " and before " + current.expiryDate);
        }
        LabelWithdrawal withdrawal = new LabelWithdrawal();
        withdrawal.id = UUID.randomUUID();
        withdrawal.decisionId = current.id;
        withdrawal.campusId = campusId;
        withdrawal.withdrawnOn = request.withdrawnOn();
        withdrawal.legalActReference = request.legalActReference().strip();
        withdrawal.reason = request.reason().strip();
        withdrawal.recordedAt = now();
        withdrawal.recordedBy = actor;
        withdrawal.persist();
        refreshLabel(campus, actor);
        LabelView label = label(campus);
        outbox.append(LabellingEvents.LABEL_WITHDRAWN, campusId, actor, new LabelEventData(null, label));
        return label;
    }

    public ApplicationView application(UUID applicationId) {
        return view(requireApplication(applicationId));
    }

    public LabelView label(UUID campusId) {
        Campus campus = Campus.findById(campusId);
        if (campus == null) {
            throw ProblemException.notFound("Campus " + campusId);
        }
        return label(campus);
    }

    public long campusVersion(UUID campusId) {
        return ((Campus) Campus.findById(campusId)).version;
    }

    /** Current labels (not withdrawn, not expired) whose expiry falls on or before {@code before}. */
    public List<LabelView> renewalsDue(LocalDate before) {
        LocalDate today = clock.today();
        return Campus.<Campus>find("labelBasis = ?1 and labelExpiryDate <= ?2 and labelExpiryDate > ?3 "
                                + "and (labelWithdrawnOn is null or labelWithdrawnOn > ?3)",
                        Sort.by("labelExpiryDate").and("designation"), LabelBasis.GRANTED, before, today)
                .list().stream().map(this::label).toList();
    }

    private ApplicationView record(Campus campus, Application application, String eventType, String actor) {
        refreshLabel(campus, actor);
        ApplicationView view = view(application);
        outbox.append(eventType, campus.id, actor, new LabelEventData(view, label(campus)));
        return view;
    }

    /** Recomputes the label facts kept on the campus row from the decisions on file. */
    private void refreshLabel(Campus campus, String actor) {
        LabelDecision grant = currentGrant(campus.id);
        LabelDates dates;
        if (grant != null) {
            LabelWithdrawal withdrawal = LabelWithdrawal.<LabelWithdrawal>find("decisionId", grant.id).firstResult();
            dates = LabelDates.granted(grant.startDate, grant.durationYears,
                    withdrawal == null ? null : withdrawal.withdrawnOn);
        } else if (pendingApplication(campus.id) != null) {
            dates = new LabelDates(LabelBasis.PENDING, null, null, null, null);
        } else if (LabelDecision.count("campusId = ?1 and outcome = ?2", campus.id, DecisionOutcome.REFUSED) > 0) {
            dates = new LabelDates(LabelBasis.REFUSED, null, null, null, null);
        } else {
            dates = LabelDates.NONE;
        }
        campus.setLabelDates(dates);
        campus.version++;
        campus.updatedAt = now();
        campus.updatedBy = actor;
    }

    private LabelView label(Campus campus) {
        LocalDate today = clock.today();
        LabelDecision grant = currentGrant(campus.id);
        Application grantApplication = grant == null ? null : Application.findById(grant.applicationId);
        Opinion opinion = grant == null ? null
                : Opinion.<Opinion>find("applicationId", grant.applicationId).firstResult();
        Application pending = pendingApplication(campus.id);
        LabelDates dates = campus.labelDates();
        return new LabelView(campus.id, dates.statusOn(today), today, dates.startDate(), dates.expiryDate(),
                grant == null ? null : grant.durationYears,
                grantApplication == null ? null : callCode(grantApplication.callId),
                grant == null ? null : grant.legalActReference, dates.withdrawnOn(),
                ApplicationView.OpinionView.of(opinion), pending == null ? null : pending.id, history(campus.id));
    }

    private List<LabelView.HistoryEntry> history(UUID campusId) {
        List<LabelView.HistoryEntry> entries = new ArrayList<>();
        for (Application a : Application.<Application>list("campusId", campusId)) {
            String call = callCode(a.callId);
            entries.add(new LabelView.HistoryEntry(a.submittedAt, "APPLICATION_SUBMITTED", a.id, call, a.kind.name()));
            Opinion o = Opinion.<Opinion>find("applicationId", a.id).firstResult();
            if (o != null) {
                entries.add(new LabelView.HistoryEntry(o.recordedAt, "OPINION_ISSUED", a.id, call,
                        (o.stars != null ? o.stars + " étoile(s)" : o.outcome.name()) + " - " + o.issuingBody
                                + " - " + o.issuedOn));
            }
            LabelDecision d = LabelDecision.<LabelDecision>find("applicationId", a.id).firstResult();
            if (d != null) {
                entries.add(new LabelView.HistoryEntry(d.recordedAt, d.outcome == DecisionOutcome.GRANTED
                        ? "LABEL_GRANTED" : "LABEL_REFUSED", a.id, call, d.legalActReference
                        + (d.startDate == null ? "" : " - " + d.startDate + " + " + d.durationYears + " an(s)")));
                LabelWithdrawal w = LabelWithdrawal.<LabelWithdrawal>find("decisionId", d.id).firstResult();
                if (w != null) {
                    entries.add(new LabelView.HistoryEntry(w.recordedAt, "LABEL_WITHDRAWN", a.id, call,
                            w.legalActReference + " - " + w.withdrawnOn));
                }
            }
        }
        entries.sort(Comparator.comparing(LabelView.HistoryEntry::recordedAt));
        return entries;
    }

    /** The granted decision that defines the label: the one with the latest start. */
    private LabelDecision currentGrant(UUID campusId) {
        return LabelDecision.<LabelDecision>find("campusId = ?1 and outcome = ?2", Sort.descending("startDate")
                .and("recordedAt", Sort.Direction.Descending), campusId, DecisionOutcome.GRANTED).firstResult();
    }

    private Application pendingApplication(UUID campusId) {
        return Application.<Application>find("campusId = ?1 and id not in (select d.applicationId from LabelDecision d)",
                Sort.descending("submittedAt"), campusId).firstResult();
    }

    private ApplicationView view(Application application) {
        return ApplicationView.of(application, callCode(application.callId), missingParts(application),
                Opinion.<Opinion>find("applicationId", application.id).firstResult(),
                LabelDecision.<LabelDecision>find("applicationId", application.id).firstResult());
    }

    private Set<ApplicationPart> missingParts(Application application) {
        CallForProjects call = CallForProjects.findById(application.callId);
        Set<ApplicationPart> missing = EnumSet.noneOf(ApplicationPart.class);
        missing.addAll(call.requiredParts);
        missing.removeAll(application.presentParts());
        return missing;
    }

    private String callCode(UUID callId) {
        CallForProjects call = CallForProjects.findById(callId);
        return call == null ? null : call.code;
    }

    private Application requireApplication(UUID applicationId) {
        Application application = Application.findById(applicationId);
        if (application == null) {
            throw ProblemException.notFound("Application " + applicationId);
        }
        return application;
    }

    private static Campus lockCampus(UUID campusId) {
        Campus campus = Campus.findById(campusId, LockModeType.PESSIMISTIC_WRITE);
        if (campus == null) {
            throw ProblemException.notFound("Campus " + campusId);
        }
        return campus;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
