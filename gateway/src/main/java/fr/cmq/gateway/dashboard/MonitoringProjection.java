package fr.cmq.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.common.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** What the monitoring service's events change in the read model: a campus's profile, its partners and their summary. */
@ApplicationScoped
class MonitoringProjection {

    static final String TOPIC = "cmq.monitoring.events";

    private final ReadModelStore store;

    MonitoringProjection(ReadModelStore store) {
        this.store = store;
    }

    /** Applies one event to the campus; true when the read model changed. */
    boolean apply(CampusReadModel campus, EventEnvelope event) {
        return switch (event.type()) {
            case "ProfileChanged" -> profile(campus, event);
            case "PartnerAdded", "PartnerUpdated", "PartnerLeft" -> partner(campus, event);
            default -> false; // LegalFormChanged: the profile event of the same change carries the new form
        };
    }

    private static boolean profile(CampusReadModel campus, EventEnvelope event) {
        if (event.version() <= campus.profileEventVersion) {
            return false;
        }
        JsonNode data = event.data();
        campus.profile = data;
        campus.legalForm = data.path("legalForm").asText(null);
        campus.supportType = data.path("supportEstablishment").path("type").asText(null);
        JsonNode directorExists = data.path("directorPost").path("exists");
        campus.directorPost = directorExists.isBoolean() ? directorExists.asBoolean() : null;
        campus.profileEventVersion = event.version();
        return true;
    }

    private boolean partner(CampusReadModel campus, EventEnvelope event) {
        JsonNode partner = event.data().path("partner");
        store.putPartner(UUID.fromString(partner.path("id").asText()), event.campusId(), partner.toString(),
                event.version());
        if (event.version() <= campus.partnersEventVersion) {
            return true; // the partner itself may have changed; the summary is older than ours
        }
        JsonNode summary = event.data().path("summary");
        campus.partnerSummary = summary;
        campus.activePartners = summary.path("totalActive").asInt();
        campus.partnersEventVersion = event.version();
        return true;
    }
}
