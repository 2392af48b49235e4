package fr.cmq.gateway.dashboard;

import jakarta.inject.Inject;
import fr.cmq.common.events.EventEnvelope;
import fr.cmq.events.monitoring.PartnerChange;
import fr.cmq.events.monitoring.PartnerTypologyState;
import fr.cmq.events.monitoring.ActionChange;
import fr.cmq.events.monitoring.IndicatorTargetChange;
import fr.cmq.events.monitoring.IndicatorValueChange;
import fr.cmq.events.monitoring.ProfileState;
import fr.cmq.events.monitoring.SteeringState;
import jakarta.enterprise.context.ApplicationScoped;

import static fr.cmq.events.monitoring.MonitoringEventTypes.ACTION_ADDED;
import static fr.cmq.events.monitoring.MonitoringEventTypes.ACTION_SCORED;
import static fr.cmq.events.monitoring.MonitoringEventTypes.INDICATOR_TARGET_SET;
import static fr.cmq.events.monitoring.MonitoringEventTypes.INDICATOR_VALUE_DECLARED;
import static fr.cmq.events.monitoring.MonitoringEventTypes.PARTNER_ADDED;
import static fr.cmq.events.monitoring.MonitoringEventTypes.PARTNER_LEFT;
import static fr.cmq.events.monitoring.MonitoringEventTypes.PARTNER_UPDATED;
import static fr.cmq.events.monitoring.MonitoringEventTypes.PROFILE_CHANGED;

/**
 * What the monitoring service's events change in the read model: a campus's profile, its partners and their summary,
 * its steering state and the targets and values of its indicators (steering by results).
 */
@ApplicationScoped
class MonitoringProjection {

    @Inject
    ReadModelStore store;
    @Inject
    ProjectionState state;

    /** Applies one event to the campus; true when the read model changed. */
    boolean apply(CampusReadModel campus, EventEnvelope event) {
        return state.appliedIf(switch (event.type()) {
            case PROFILE_CHANGED -> profile(campus, event);
            case PARTNER_ADDED, PARTNER_UPDATED, PARTNER_LEFT -> partner(campus, event);
            case INDICATOR_TARGET_SET -> target(campus, event);
            case INDICATOR_VALUE_DECLARED -> value(campus, event);
            case ACTION_ADDED, ACTION_SCORED -> action(campus, event);
            // LegalFormChanged: the profile event of the same change carries the new form; SelfAssessmentSubmitted:
            // not a column of the table
            default -> false;
        }, event);
    }

    private boolean target(CampusReadModel campus, EventEnvelope event) {
        IndicatorTargetChange change = event.payload(IndicatorTargetChange.class);
        store.putIndicatorPoint(event.campusId(), change.indicator(), change.breakdown(), IndicatorPoint.TARGET,
                change.year(), change.target(), event.version());
        return steering(campus, change.steering(), event);
    }

    private boolean value(CampusReadModel campus, EventEnvelope event) {
        IndicatorValueChange change = event.payload(IndicatorValueChange.class);
        store.putIndicatorPoint(event.campusId(), change.indicator(), change.breakdown(), IndicatorPoint.VALUE,
                change.year(), change.value(), event.version());
        campus.hasValuePoints = true;
        return steering(campus, change.steering(), event);
    }

    /** An action plan's completion, once an action of it is scored, is the ACTION_PLAN_COMPLETION value of its year. */
    private boolean action(CampusReadModel campus, EventEnvelope event) {
        ActionChange change = event.payload(ActionChange.class);
        if (change.plan() != null && change.plan().completionPercent() != null) {
            store.putIndicatorPoint(event.campusId(), IndicatorPoint.PLAN_COMPLETION, null, IndicatorPoint.VALUE,
                    change.plan().year(), change.plan().completionPercent(), event.version());
            campus.hasValuePoints = true;
        }
        return steering(campus, change.steering(), event);
    }

    /** Keeps the steering state of the newest event; true (the points may have changed even for an older one). */
    private static boolean steering(CampusReadModel campus, SteeringState steering, EventEnvelope event) {
        if (steering != null && event.version() > campus.steeringEventVersion) {
            campus.steering = steering;
            campus.steeringSource = event.source();
            campus.steeringEventVersion = event.version();
        }
        return true;
    }

    private static boolean profile(CampusReadModel campus, EventEnvelope event) {
        if (event.version() <= campus.profileEventVersion) {
            return false;
        }
        ProfileState profile = event.payload(ProfileState.class);
        campus.profile = profile;
        campus.legalForm = profile.legalForm();
        campus.supportType = profile.supportEstablishment() == null ? null : profile.supportEstablishment().type();
        campus.directorPost = profile.directorPost() == null ? null : profile.directorPost().exists();
        campus.profileSource = event.source();
        campus.profileEventVersion = event.version();
        return true;
    }

    private boolean partner(CampusReadModel campus, EventEnvelope event) {
        PartnerChange change = event.payload(PartnerChange.class);
        store.putPartner(event.campusId(), change.partner(), event.source(), event.version());
        if (event.version() <= campus.partnersEventVersion) {
            return true; // the partner itself may have changed; the summary is older than ours
        }
        PartnerTypologyState summary = change.summary();
        campus.partnerSummary = summary;
        campus.activePartners = summary == null ? null : Math.toIntExact(summary.totalActive());
        campus.partnersSource = event.source();
        campus.partnersEventVersion = event.version();
        return true;
    }
}
