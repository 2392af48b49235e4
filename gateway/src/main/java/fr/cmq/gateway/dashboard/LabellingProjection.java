package fr.cmq.gateway.dashboard;

import fr.cmq.common.events.EventEnvelope;
import fr.cmq.events.labelling.CampusState;
import fr.cmq.events.labelling.LabelChange;
import fr.cmq.events.labelling.LabelState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import static fr.cmq.events.labelling.LabellingEventTypes.APPLICATION_SUBMITTED;
import static fr.cmq.events.labelling.LabellingEventTypes.CAMPUS_REGISTERED;
import static fr.cmq.events.labelling.LabellingEventTypes.CAMPUS_UPDATED;
import static fr.cmq.events.labelling.LabellingEventTypes.LABEL_GRANTED;
import static fr.cmq.events.labelling.LabellingEventTypes.LABEL_REFUSED;
import static fr.cmq.events.labelling.LabellingEventTypes.LABEL_WITHDRAWN;
import static fr.cmq.events.labelling.LabellingEventTypes.OPINION_ISSUED;

/** What the labelling service's events change in a campus of the read model: its register entry and its label. */
@ApplicationScoped
class LabellingProjection {

    @Inject
    ProjectionState state;

    /** Applies one event to the campus; true when the campus changed. */
    boolean apply(CampusReadModel campus, EventEnvelope event) {
        boolean changed = switch (event.type()) {
            case CAMPUS_REGISTERED, CAMPUS_UPDATED -> register(campus, event);
            case APPLICATION_SUBMITTED, OPINION_ISSUED, LABEL_GRANTED, LABEL_REFUSED, LABEL_WITHDRAWN -> label(campus, event);
            default -> false;
        };
        return state.appliedIf(changed, event);
    }

    private static boolean register(CampusReadModel campus, EventEnvelope event) {
        if (event.version() <= campus.campusEventVersion) {
            return false;
        }
        CampusState register = event.payload(CampusState.class);
        campus.register = register;
        campus.designation = register.designation();
        campus.familyCode = register.familyCode();
        campus.regionCode = register.regionCode();
        campus.registerSource(event.source());
        campus.campusEventVersion = event.version();
        return true;
    }

    private static boolean label(CampusReadModel campus, EventEnvelope event) {
        if (event.version() <= campus.labelEventVersion) {
            return false;
        }
        LabelState label = event.payload(LabelChange.class).label();
        campus.label = label;
        campus.labelState = label == null ? null : label.status();
        campus.labelStart = label == null ? null : label.startDate();
        campus.labelExpiry = label == null ? null : label.expiryDate();
        campus.labelWithdrawnOn = label == null ? null : label.withdrawnOn();
        campus.labelSource = event.source();
        campus.labelEventVersion = event.version();
        return true;
    }
}
