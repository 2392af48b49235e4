package fr.cmq.monitoring.service;

import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.common.campus.CampusWrites;
import fr.cmq.common.outbox.Outbox;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.security.Caller;
import fr.cmq.common.source.FactSource;
import fr.cmq.common.time.CmqClock;
import fr.cmq.common.web.ConditionalRequests;
import fr.cmq.common.web.ETags;
import fr.cmq.common.web.Params;
import fr.cmq.events.monitoring.MonitoringEventTypes;
import fr.cmq.monitoring.domain.ActionPlan;
import fr.cmq.monitoring.domain.PlanAction;
import fr.cmq.monitoring.events.SteeringEventData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Use cases of a campus's annual action plan: its actions, and the steering committee's score of each. The plan's
 * completion (the mean of the scores, Annexe 3) is the steering indicator's value of the year: never declared.
 */
@ApplicationScoped
public class ActionPlanService {

    @Inject
    CampusDirectory directory;
    @Inject
    CampusWrites writes;
    @Inject
    Outbox outbox;
    @Inject
    CmqClock clock;
    @Inject
    CampusIndicators indicators;
    @Inject
    EntityManager entityManager;

    /** The campus's plan of a year (empty when it has no action). */
    public ActionPlan plan(UUID campusId, String year) {
        directory.require(campusId);
        int y = Params.year("year", year, clock.today());
        return new ActionPlan(y, PlanAction.ofPlan(campusId, y));
    }

    /** One action of the campus's plan of a year (404 when the plan has no such action). */
    public PlanAction get(UUID campusId, String year, UUID actionId) {
        directory.require(campusId);
        return inPlan(campusId, Params.year("year", year, clock.today()), actionId, false);
    }

    /** Adds an action to the plan of a year. Publishes ActionAdded. */
    @Transactional
    public PlanAction add(UUID campusId, String year, ActionRequest request, Caller caller) {
        AtomicInteger planYear = new AtomicInteger();
        UUID campus = writes.open(campusId, caller, request, () -> {
            planYear.set(Params.year("year", year, clock.today()));
            ActionRules.checkPartners(campusId, request.partnerIds());
        });
        FactSource source = writes.source(campus, request.source(), caller);
        PlanAction action = new PlanAction();
        action.id = UUID.randomUUID();
        action.campusId = campus;
        action.source = source;
        action.year = planYear.get();
        action.title = request.title().strip();
        action.theme = request.theme();
        action.partnerIds = request.partnerIds() == null ? new ArrayList<>() : new ArrayList<>(request.partnerIds());
        action.plannedBudgetCents = request.plannedBudgetCents();
        action.status = request.status();
        action.recordCreation(caller.subject(), clock.now());
        action.persist();
        return publish(MonitoringEventTypes.ACTION_ADDED, action, caller);
    }

    /** Records the steering committee's score of an action (needs If-Match). Publishes ActionScored when it changes. */
    @Transactional
    public PlanAction score(UUID campusId, String year, UUID actionId, String ifMatch, ScoreRequest request,
                            Caller caller) {
        AtomicInteger planYear = new AtomicInteger();
        UUID campus = writes.open(campusId, caller, request, () -> {
            planYear.set(Params.year("year", year, clock.today()));
            ActionRules.checkScore(request.score());
            ActionRules.checkCommitteeDate(request.committeeDate(), planYear.get(), clock.today());
        });
        PlanAction action = inPlan(campus, planYear.get(), actionId, true);
        ConditionalRequests.requireIfMatch(ifMatch, ETags.of(action.version()));
        FactSource source = writes.source(campus, request.source(), caller);
        if (Objects.equals(action.score, request.score()) && request.committeeDate().equals(action.committeeDate)) {
            return action; // nothing changed: no new version, no event
        }
        action.score = request.score();
        action.committeeDate = request.committeeDate();
        action.source = source;
        action.recordUpdate(caller.subject(), clock.now());
        return publish(MonitoringEventTypes.ACTION_SCORED, action, caller);
    }

    private static PlanAction inPlan(UUID campusId, int year, UUID actionId, boolean forUpdate) {
        PlanAction action = forUpdate ? PlanAction.findById(actionId, LockModeType.PESSIMISTIC_WRITE)
                : PlanAction.findById(actionId);
        if (action == null || !action.campusId.equals(campusId) || action.year != year) {
            throw ProblemException.notFound("Action " + actionId + " of the " + year + " plan of campus " + campusId);
        }
        return action;
    }

    /** Appends the action's event with its plan and the campus's steering state after the change (flushed first). */
    private PlanAction publish(String type, PlanAction action, Caller caller) {
        entityManager.flush(); // the new version exists from here
        ActionPlan plan = new ActionPlan(action.year, PlanAction.ofPlan(action.campusId, action.year));
        outbox.append(type, action.campusId, caller.subject(), action.source,
                SteeringEventData.action(action, plan, indicators.steering(action.campusId)));
        return action;
    }
}
