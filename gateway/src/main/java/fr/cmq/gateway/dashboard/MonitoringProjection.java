package fr.cmq.gateway.dashboard;

import jakarta.inject.Inject;
import fr.cmq.common.events.EventEnvelope;
import fr.cmq.events.monitoring.PartnerChange;
import fr.cmq.events.monitoring.PartnerTypologyState;
import fr.cmq.events.monitoring.ProfileState;
import jakarta.enterprise.context.ApplicationScoped;

import static fr.cmq.events.monitoring.MonitoringEventTypes.PARTNER_ADDED;
import static fr.cmq.events.monitoring.MonitoringEventTypes.PARTNER_LEFT;
import static fr.cmq.events.monitoring.MonitoringEventTypes.PARTNER_UPDATED;
import static fr.cmq.events.monitoring.MonitoringEventTypes.PROFILE_CHANGED;

/** What the monitoring service's events change in the read model: a campus's profile, its partners and their summary. */
@ApplicationScoped
class MonitoringProjection {

    @Inject
    ReadModelStore store;

    /** Applies one event to the campus; true when the read model changed. */
    boolean apply(CampusReadModel campus, EventEnvelope event) {
        return switch (event.type()) {
            case PROFILE_CHANGED -> profile(campus, event);
            case PARTNER_ADDED, PARTNER_UPDATED, PARTNER_LEFT -> partner(campus, event);
            default -> false; // LegalFormChanged: the profile event of the same change carries the new form
        };
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
        campus.profileEventVersion = event.version();
        return true;
    }

    private boolean partner(CampusReadModel campus, EventEnvelope event) {
        PartnerChange change = event.payload(PartnerChange.class);
        store.putPartner(event.campusId(), change.partner(), event.version());
        if (event.version() <= campus.partnersEventVersion) {
            return true; // the partner itself may have changed; the summary is older than ours
        }
        PartnerTypologyState summary = change.summary();
        campus.partnerSummary = summary;
        campus.activePartners = summary == null ? null : Math.toIntExact(summary.totalActive());
        campus.partnersEventVersion = event.version();
        return true;
    }
}
