package fr.cmq.gateway.dashboard;

import fr.cmq.common.events.EventEnvelope;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The projection's state in the database (table {@code projection_state}), shared by every gateway replica: its
 * generation (a rebuild starts the next), the number of committed changes (each applying transaction adds one) and
 * when the newest applied event occurred. The entity tag and the freshness of the answers are read from it, so a
 * replica never answers from what another replica's applied events made stale.
 */
@ApplicationScoped
public class ProjectionState {

    /** The state as one read saw it. */
    public record Snapshot(long generation, long appliedChanges, Instant lastEventAt) {
    }

    @Inject
    AgroalDataSource dataSource;
    @Inject
    EntityManager entityManager;

    /** The state now (one single-row read). */
    public Snapshot read() {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery(
                     "select generation, applied_changes, last_event_at from projection_state")) {
            row.next();
            OffsetDateTime last = row.getObject(3, OffsetDateTime.class);
            return new Snapshot(row.getLong(1), row.getLong(2), last == null ? null : last.toInstant());
        } catch (SQLException e) {
            throw new IllegalStateException("The projection's state cannot be read", e);
        }
    }

    /**
     * Counts an applied event that changed the read model, in the transaction applying it (the handlers call it);
     * answers {@code changed}. The row lock it takes is held to the commit, after the campus row's.
     */
    boolean appliedIf(boolean changed, EventEnvelope event) {
        if (changed) {
            entityManager.createNativeQuery("""
                            update projection_state set applied_changes = applied_changes + 1,
                                last_event_at = greatest(last_event_at, cast(:occurred as timestamptz))""")
                    .setParameter("occurred", event.occurredAt().atOffset(ZoneOffset.UTC))
                    .executeUpdate();
        }
        return changed;
    }
}
