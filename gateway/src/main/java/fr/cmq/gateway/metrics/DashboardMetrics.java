package fr.cmq.gateway.metrics;

import fr.cmq.common.time.CmqClock;
import fr.cmq.events.Topics;
import fr.cmq.gateway.dashboard.DashboardProjector;
import fr.cmq.gateway.dashboard.TableFreshness;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Duration;

/**
 * The read model's consumer lag per topic, as a Prometheus gauge at {@code /q/metrics}:
 * {@code cmq_dashboard_consumer_lag_records{topic="cmq.labelling.events"}} = the records of that topic this gateway
 * replica has not applied yet on the partitions it holds (the Kafka consumer's own lag, as of its last fetch). With
 * several replicas, the group's lag is the sum over them ({@code sum by (topic) (cmq_dashboard_consumer_lag_records)}).
 * And the national table's age, {@code cmq_dashboard_table_age_seconds}: the time since the newest event applied to
 * the shared read model occurred (NaN while none), the same instant the answers' X-Data-Freshness header gives.
 */
@ApplicationScoped
public class DashboardMetrics {

    void register(@Observes StartupEvent event, MeterRegistry registry, DashboardProjector projector,
                  TableFreshness freshness, CmqClock clock) {
        Gauge.builder("cmq.dashboard.table.age", freshness, f -> f.lastAppliedEventAt()
                        .map(at -> Duration.between(at, clock.now()).toMillis() / 1000.0).orElse(Double.NaN))
                .description("Time since the newest event applied to the national table occurred")
                .baseUnit("seconds").strongReference(true).register(registry);
        for (String topic : Topics.ALL) {
            Gauge.builder("cmq.dashboard.consumer.lag", projector, p -> p.consumerLag().getOrDefault(topic, 0L))
                    .description("Records of the topic not yet applied to the national table by this gateway")
                    .tag("topic", topic).baseUnit("records").strongReference(true).register(registry);
        }
    }
}
