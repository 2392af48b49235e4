package fr.cmq.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.common.events.EventEnvelope;
import fr.cmq.events.Topics;

import java.util.LinkedHashMap;
import java.util.Map;

import static fr.cmq.events.labelling.LabellingEventTypes.CAMPUS_REGISTERED;
import static fr.cmq.events.labelling.LabellingEventTypes.CAMPUS_UPDATED;

/**
 * The source of an applied event as the campus history shows it: the envelope's {@code source} object (the issue-13
 * contract: kind, reference, role, regionCode, fileName, importedOn). A legacy event without one is DECLARED, except
 * a labelling CampusRegistered/CampusUpdated whose data carries the register's old source text: REPORT_2017 with
 * reference "Annexe 4" (the contract's rule).
 */
final class ChangeSource {

    private ChangeSource() {
    }

    /** The source of the event, as a JSON object (null fields left out). */
    static Map<String, Object> of(String topic, EventEnvelope event) {
        // The envelope's source: read here once the envelope carries it (platform-common EventEnvelope.source()).
        Map<String, Object> source = new LinkedHashMap<>();
        JsonNode legacy = event.data() == null ? null : event.data().get("source");
        boolean register = Topics.LABELLING.equals(topic)
                && (CAMPUS_REGISTERED.equals(event.type()) || CAMPUS_UPDATED.equals(event.type()));
        if (register && legacy != null && legacy.isTextual() && !legacy.asText().isBlank()) {
            source.put("kind", "REPORT_2017");
            source.put("reference", "Annexe 4");
        } else if (register && legacy != null && legacy.isObject() && legacy.hasNonNull("kind")) {
            legacy.fields().forEachRemaining(f -> {
                if (!f.getValue().isNull()) {
                    source.put(f.getKey(), f.getValue().asText());
                }
            });
        } else {
            source.put("kind", "DECLARED");
        }
        return source;
    }
}
