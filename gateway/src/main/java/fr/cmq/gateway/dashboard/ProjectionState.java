package fr.cmq.gateway.dashboard;

import fr.cmq.common.events.EventEnvelope;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
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
            // on the transaction's connection, without flushing the campus row first (the projector still sets it)
            entityManager.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement sql = connection.prepareStatement("""
                        update projection_state set applied_changes = applied_changes + 1,
                            last_event_at = greatest(last_event_at, ?)""")) {
                    sql.setObject(1, event.occurredAt().atOffset(ZoneOffset.UTC));
                    sql.executeUpdate();
                }
            });
        }
        return changed;
    }
}
