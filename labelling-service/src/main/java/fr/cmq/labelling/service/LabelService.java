package fr.cmq.labelling.service;

import fr.cmq.common.source.FactSource;
import jakarta.inject.Inject;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.reference.LabelStatus;
import fr.cmq.common.rules.LabelFacts;
import fr.cmq.common.security.Caller;
import fr.cmq.common.time.CmqClock;
import fr.cmq.events.labelling.LabellingEventTypes;
import fr.cmq.labelling.domain.Application;
import fr.cmq.labelling.domain.CallForProjects;
import fr.cmq.labelling.domain.Campus;
import fr.cmq.labelling.domain.CampusLabel;
import fr.cmq.labelling.domain.LabelDecision;
import fr.cmq.labelling.domain.LabelWithdrawal;
import fr.cmq.labelling.domain.Opinion;
import fr.cmq.labelling.events.LabellingEventData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A campus's label: as it stands on a day, its withdrawal, the labels falling due. The label facts kept
 * on the campus row (and so its version) are recomputed here after every write on the label's files.
 */
@ApplicationScoped
public class LabelService {

    @Inject
    CampusWrites writes;
    @Inject
    CmqClock clock;

    /** Withdraws the current label, within its dates; needs the campus's current ETag. Publishes LabelWithdrawn. */
    @Transactional
    public CampusLabel withdraw(UUID campusId, WithdrawalRequest request, String ifMatch, Caller caller) {
        Campus campus = writes.lock(campusId, caller, ifMatch);
        writes.check(request);
        LabelDecision current = LabelDecision.currentGrant(campusId);
        LabelStatus status = campus.labelStatusOn(clock.today());
        if (current == null || status == LabelStatus.WITHDRAWN || status == LabelStatus.EXPIRED
                || LabelWithdrawal.ofDecision(current.id) != null) {
            throw ProblemException.conflict("Campus " + campusId + " has no current label to withdraw (status "
                    + status + ")");
        }
        if (request.withdrawnOn().isBefore(current.startDate) || !request.withdrawnOn().isBefore(current.expiryDate)) {
            throw ProblemException.unprocessable("withdrawnOn", "must fall within the label, from "
                    + current.startDate + " and before " + current.expiryDate);
        }
        FactSource source = writes.source(request.source(), caller, campus);
        LabelWithdrawal withdrawal = new LabelWithdrawal();
        withdrawal.source = source;
        withdrawal.decisionId = current.id;
        withdrawal.campusId = campusId;
        withdrawal.withdrawnOn = request.withdrawnOn();
        withdrawal.legalActReference = request.legalActReference().strip();
        withdrawal.reason = request.reason().strip();
        withdrawal.recordCreation(caller.subject(), clock.now());
        withdrawal.persist();
        CampusLabel label = refresh(campus, caller);
        writes.publish(campus, caller, LabellingEventTypes.LABEL_WITHDRAWN, source, LabellingEventData.label(null, label));
        return label;
    }

    public CampusLabel label(UUID campusId) {
        return label(CampusService.require(campusId));
    }

    /** Current labels (not withdrawn, not expired) whose expiry falls on or before {@code before}, by expiry. */
    public List<CampusLabel> renewalsDue(LocalDate before) {
        return CampusSearch.renewalsDue(before, clock.today()).stream().map(this::label).toList();
    }

    /**
     * Recomputes the label facts kept on the campus row from its files (the current grant and its
     * withdrawal, else an application awaiting a decision, else a refusal) and records the caller's change.
     */
    CampusLabel refresh(Campus campus, Caller caller) {
        LabelDecision grant = LabelDecision.currentGrant(campus.id);
        LabelFacts facts;
        if (grant != null) {
            LabelWithdrawal withdrawal = LabelWithdrawal.ofDecision(grant.id);
            facts = LabelFacts.granted(grant.startDate, grant.durationYears,
                    withdrawal == null ? null : withdrawal.withdrawnOn);
        } else if (Application.pendingOf(campus.id) != null) {
            facts = LabelFacts.PENDING;
        } else if (LabelDecision.anyRefusal(campus.id)) {
            facts = LabelFacts.REFUSED;
        } else {
            facts = LabelFacts.NONE;
        }
        campus.setLabelFacts(facts);
        writes.recordUpdate(campus, caller);
        return label(campus);
    }

    private CampusLabel label(Campus campus) {
        LabelDecision grant = LabelDecision.currentGrant(campus.id);
        Application granted = grant == null ? null : Application.findById(grant.applicationId);
        Application pending = Application.pendingOf(campus.id);
        return new CampusLabel(campus.id, campus.version(), clock.today(), campus.labelFacts(), grant,
                granted == null ? null : CallForProjects.codeOf(granted.callId),
                grant == null ? null : Opinion.ofApplication(grant.applicationId),
                pending == null ? null : pending.id, LabelHistory.of(campus.id));
    }
}
