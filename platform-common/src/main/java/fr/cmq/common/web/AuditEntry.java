package fr.cmq.common.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.cmq.common.outbox.RecordedEvent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * One accepted write on a campus, as a service's audit trail shows it: the event it produced, when, and by whom. Who
 * wrote (the token subject) is shown to national tokens only: the other roles get the entries without {@code actor}.
 */
@Schema(description = "One accepted write on the campus: the event it produced, when, and by whom (national tokens"
        + " only)")
public record AuditEntry(@Schema(description = "Version of the event for this campus") long eventVersion,
                         @Schema(description = "Type of the event, e.g. BudgetUpdated") String eventType,
                         @Schema(description = "When the write was committed (UTC)") Instant at,
                         @Schema(description = "Token subject of the writer; present for national tokens only")
                         @JsonInclude(JsonInclude.Include.NON_NULL) String actor) {

    /** Who wrote: the text that says so in the OpenAPI description of a trail. */
    public static final String ACTORS_RULE = "The writer (actor, a token subject) is shown to national tokens only;"
            + " other roles get the entries without it.";

    /**
     * The trail of {@code Outbox.trail(campusId)}, oldest first; with each writer only when {@code withActors}
     * ({@code caller.isNational()}).
     */
    public static List<AuditEntry> of(List<RecordedEvent> trail, boolean withActors) {
        return trail.stream()
                .map(e -> new AuditEntry(e.version(), e.type(), e.occurredAt(), withActors ? e.actor() : null))
                .toList();
    }
}
