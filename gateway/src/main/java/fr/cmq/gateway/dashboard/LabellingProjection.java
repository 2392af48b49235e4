package fr.cmq.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.common.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the labelling service's events change in a campus of the read model: its register entry and its label. */
@ApplicationScoped
class LabellingProjection {

    static final String TOPIC = "cmq.labelling.events";

    /** Applies one event to the campus; true when the campus changed. */
    boolean apply(CampusReadModel campus, EventEnvelope event) {
        return switch (event.type()) {
            case "CampusRegistered", "CampusUpdated" -> register(campus, event);
            case "ApplicationSubmitted", "OpinionIssued", "LabelGranted", "LabelRefused", "LabelWithdrawn" ->
                    label(campus, event);
            default -> false;
        };
    }

    private static boolean register(CampusReadModel campus, EventEnvelope event) {
        if (event.version() <= campus.campusEventVersion) {
            return false;
        }
        JsonNode data = event.data();
        campus.designation = data.path("designation").asText(null);
        campus.familyCode = data.path("familyCode").asText(null);
        campus.regionCode = data.path("regionCode").asText(null);
        campus.academyCodes = strings(data.path("academyCodes"));
        campus.communicationNames = strings(data.path("communicationNames"));
        campus.campusEventVersion = event.version();
        return true;
    }

    private static boolean label(CampusReadModel campus, EventEnvelope event) {
        if (event.version() <= campus.labelEventVersion) {
            return false;
        }
        JsonNode label = event.data().path("label");
        campus.label = label;
        campus.labelState = label.path("status").asText(null);
        campus.labelStart = date(label.path("startDate"));
        campus.labelExpiry = date(label.path("expiryDate"));
        campus.labelWithdrawnOn = date(label.path("withdrawnOn"));
        campus.labelEventVersion = event.version();
        return true;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static LocalDate date(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : LocalDate.parse(node.asText());
    }
}
