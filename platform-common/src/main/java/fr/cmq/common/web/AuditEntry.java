package fr.cmq.common.web;

import fr.cmq.common.outbox.RecordedEvent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** One accepted write on a campus, as a service's audit trail shows it: the event it produced, when and by whom. */
@Schema(description = "One accepted write on the campus: the event it produced, when and by whom")
public record AuditEntry(@Schema(description = "Version of the event for this campus") long eventVersion,
                         @Schema(description = "Type of the event, e.g. BudgetUpdated") String eventType,
                         @Schema(description = "When the write was committed (UTC)") Instant at,
                         @Schema(description = "Token subject of the writer") String actor) {

    /** The trail of {@code Outbox.trail(campusId)}, oldest first. */
    public static List<AuditEntry> of(List<RecordedEvent> trail) {
        return trail.stream().map(e -> new AuditEntry(e.version(), e.type(), e.occurredAt(), e.actor())).toList();
    }
}
