package fr.cmq.gateway.metrics;

import fr.cmq.events.Topics;
import fr.cmq.gateway.dashboard.DashboardProjector;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The read model's consumer lag per topic, as a Prometheus gauge at {@code /q/metrics}:
 * {@code cmq_dashboard_consumer_lag_records{topic="cmq.labelling.events"}} = the records of that topic this gateway
 * replica has not applied yet on the partitions it holds (the Kafka consumer's own lag, as of its last fetch). With
 * several replicas, the group's lag is the sum over them ({@code sum by (topic) (cmq_dashboard_consumer_lag_records)}).
 */
@ApplicationScoped
public class DashboardMetrics {

    void register(@Observes StartupEvent event, MeterRegistry registry, DashboardProjector projector) {
        for (String topic : Topics.ALL) {
            Gauge.builder("cmq.dashboard.consumer.lag", projector, p -> p.consumerLag().getOrDefault(topic, 0L))
                    .description("Records of the topic not yet applied to the national table by this gateway")
                    .tag("topic", topic).baseUnit("records").strongReference(true).register(registry);
        }
    }
}
