package fr.cmq.labelling.api;

import java.time.Instant;

/** One accepted write on a campus or its label: the event it produced, when and by whom (token subject). */
public record AuditEntry(long eventVersion, String eventType, Instant at, String actor) {
}
