package fr.cmq.common.outbox;

import java.time.Instant;

/**
 * One event a service wrote about a campus, as its outbox keeps it: the trail of accepted writes (what, when, who).
 *
 * @param version    the event's per-campus version
 * @param type       the event type, e.g. {@code BudgetDeclared}
 * @param occurredAt when the change was committed
 * @param actor      token subject of the writer
 */
public record RecordedEvent(long version, String type, Instant occurredAt, String actor) {

    /** A timestamp column as the JDBC driver and Hibernate return it. */
    static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp of type " + value.getClass());
    }
}
