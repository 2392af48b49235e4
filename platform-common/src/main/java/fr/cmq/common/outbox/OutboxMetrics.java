package fr.cmq.common.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The outbox's backlog as Prometheus gauges (at {@code /q/metrics}): {@code cmq_outbox_unsent_events} (rows not yet
 * acknowledged by Kafka) and {@code cmq_outbox_oldest_unsent_age_seconds} (how long the oldest of them has waited; 0
 * when none). Every replica of a service reports the same figures (they share the outbox). Read from the database at
 * most once a second, whatever the scrape rate, on the partial index of unsent rows.
 */
@ApplicationScoped
@IfBuildProperty(name = "cmq.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);
    private static final long REFRESH_NANOS = 1_000_000_000L;

    private final AgroalDataSource dataSource;
    private long readAt;
    private double unsent;
    private double oldestAgeSeconds;

    public OutboxMetrics(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("cmq.outbox.unsent.events", this, m -> m.read().unsent)
                .description("Events in the outbox not yet acknowledged by Kafka")
                .strongReference(true).register(registry);
        Gauge.builder("cmq.outbox.oldest.unsent.age", this, m -> m.read().oldestAgeSeconds)
                .description("How long the oldest unsent event of the outbox has waited (0 when none)")
                .baseUnit("seconds").strongReference(true).register(registry);
    }

    private synchronized OutboxMetrics read() {
        long now = System.nanoTime();
        if (readAt != 0 && now - readAt < REFRESH_NANOS) {
            return this;
        }
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("""
                     select count(*), coalesce(greatest(extract(epoch from now() - min(created_at)), 0), 0)
                     from outbox_event where sent_at is null""")) {
            row.next();
            unsent = row.getLong(1);
            oldestAgeSeconds = row.getDouble(2);
            readAt = now;
        } catch (SQLException e) {
            LOG.warnf("Outbox backlog not read (%s)", e.getMessage());
            unsent = Double.NaN;
            oldestAgeSeconds = Double.NaN;
            readAt = now;
        }
        return this;
    }
}
