package fr.cmq.gateway.dashboard;

import fr.cmq.common.events.EventEnvelope;
import fr.cmq.events.EventSource;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The source of an applied event as the campus history shows it: the envelope's {@code source} object (the issue-13
 * contract: kind, reference, role, regionCode, fileName, importedOn), its null members left out. A legacy event
 * without one already has it from {@link EventEnvelope} (the contract's legacy rule).
 */
final class ChangeSource {

    private ChangeSource() {
    }

    /** The source of the event, as a JSON object (null fields left out). */
    static Map<String, Object> of(EventEnvelope event) {
        EventSource s = event.source();
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("kind", s.kind());
        putIfSet(source, "reference", s.reference());
        putIfSet(source, "role", s.role());
        putIfSet(source, "regionCode", s.regionCode());
        putIfSet(source, "fileName", s.fileName());
        putIfSet(source, "importedOn", s.importedOn() == null ? null : s.importedOn().toString());
        return source;
    }

    private static void putIfSet(Map<String, Object> source, String name, String value) {
        if (value != null) {
            source.put(name, value);
        }
    }
}
