package fr.cmq.gateway.dashboard;

import jakarta.inject.Inject;
import fr.cmq.common.events.EventEnvelope;
import fr.cmq.common.events.EventSubscription;
import fr.cmq.common.events.ProcessedEvents;
import fr.cmq.events.Topics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;

/**
 * Keeps the national table from the services' events only (the contract's topics, {@link Topics#ALL}, read with
 * its tolerant mapper: a field or an event type this gateway does not know yet is skipped). Each event is applied once (its
 * {@code eventId} is remembered), and each part of a row (register, label, profile, partners, each
 * budget, each director funding) only takes an event newer than the last one it applied, so replays,
 * redeliveries and one service's events arriving before another's leave the table right. What each
 * topic's events change is in {@link LabellingProjection}, {@link MonitoringProjection} and
 * {@link FundingProjection}. The table can be rebuilt from the topics: {@link #rebuild()} empties it
 * and reads every topic again.
 *
 * <p><b>Several gateways, one read model.</b> Every replica subscribes under the same consumer group
 * ({@code cmq.dashboard.group-id}, then {@code <group-id>-g<generation>} after a rebuild): Kafka splits the topics'
 * partitions between them, so each event is applied by one replica (and once: {@code processed_event}), into the
 * shared tables with the same per-part version checks. A rebuild started on one replica empties the tables and moves
 * the generation in {@code projection_state}; every other replica sees the new generation within
 * {@code cmq.read-model.generation-check-interval} and follows: it closes its subscription and joins the new group,
 * which reads the topics from their beginning (it does not empty the tables again). An event a replica is still
 * applying under the old generation is refused in its transaction (the generation is read after the event is marked
 * in {@code processed_event}, which the rebuild's truncate locks), so nothing of the old generation lands in the new
 * tables after the rebuild committed; what landed before is emptied by it and read again.
 */
@ApplicationScoped
public class DashboardProjector {

    private static final Logger LOG = Logger.getLogger(DashboardProjector.class);

    @Inject
    ProcessedEvents processedEvents;
    @Inject
    ReadModelStore store;
    @Inject
    DashboardConfig config;
    @Inject
    LabellingProjection labelling;
    @Inject
    MonitoringProjection monitoring;
    @Inject
    FundingProjection funding;
    @Inject
    ReadModelHistory history;
    /** How often this gateway checks whether another replica rebuilt the read model (a new generation). */
    @ConfigProperty(name = "cmq.read-model.generation-check-interval", defaultValue = "1s")
    Duration generationCheckInterval;
    private volatile EventSubscription subscription;
    private volatile long subscribedGeneration = -1;
    private volatile boolean running;
    private Thread generationWatch;

    void start(@Observes StartupEvent event) {
        running = true;
        subscribe(QuarkusTransaction.requiringNew().call(store::generation));
        generationWatch = new Thread(this::followGeneration, "dashboard-generation-watch");
        generationWatch.setDaemon(true);
        generationWatch.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (generationWatch != null) {
            generationWatch.interrupt();
        }
        synchronized (this) {
            if (subscription != null) {
                subscription.close();
            }
        }
    }

    /** Joins the generation another replica's rebuild started (checked every generation-check-interval). */
    private void followGeneration() {
        while (running) {
            try {
                Thread.sleep(generationCheckInterval.toMillis());
                long current = QuarkusTransaction.requiringNew().call(store::generation);
                if (current != subscribedGeneration) {
                    follow(current);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Dashboard generation not read (%s); trying again", e.getMessage());
            }
        }
    }

    private synchronized void follow(long generation) {
        if (generation == subscribedGeneration || !running) {
            return;
        }
        LOG.infof("Dashboard read model rebuilt by another gateway (generation %d); reading the topics again under it",
                generation);
        if (subscription != null) {
            subscription.close();
        }
        subscribe(generation);
    }

    /** What this replica still has to read of each topic (its partitions), for the consumer-lag gauges. */
    public Map<String, Long> consumerLag() {
        EventSubscription current = subscription;
        return current == null ? Map.of() : current.lagByTopic();
    }

    /**
     * Empties the read model and reads every topic again from the beginning, under a new consumer
     * group (the generation is kept, so a restart goes on from where the rebuild got to).
     */
    public synchronized long rebuild() {
        if (subscription != null) {
            subscription.close();
        }
        long generation = QuarkusTransaction.requiringNew().call(store::emptyForRebuild);
        LOG.infof("Dashboard read model emptied; rebuilding from the topics (generation %d)", generation);
        subscribe(generation);
        return generation;
    }

    private synchronized void subscribe(long generation) {
        String group = generation == 0 ? config.groupId() : config.groupId() + "-g" + generation;
        subscription = new EventSubscription(config.bootstrapServers(), group, Topics.ALL, processedEvents,
                (topic, event) -> apply(topic, event, generation));
        subscribedGeneration = generation;
        subscription.start();
    }

    /**
     * Applies one event read under {@code generation} (inside the subscription's transaction, after the event was
     * marked processed); refused when the read model has moved to another generation since (a rebuild).
     */
    void apply(String topic, EventEnvelope event, long generation) {
        long current = store.generation();
        if (current != generation) {
            throw new IllegalStateException("read under generation " + generation + ", the read model is at "
                    + current + " (rebuilt); this subscription is being replaced");
        }
        apply(topic, event);
    }

    /** Applies one event (runs inside the subscription's transaction). */
    void apply(String topic, EventEnvelope event) {
        CampusReadModel campus = CampusReadModel.findById(event.campusId(), LockModeType.PESSIMISTIC_WRITE);
        if (campus == null) {
            campus = new CampusReadModel();
            campus.campusId = event.campusId();
            campus.updatedAt = event.occurredAt();
            campus.persist();
        }
        long[] partVersions = ReadModelHistory.partVersions(campus);
        boolean changed = switch (topic) {
            case Topics.LABELLING -> labelling.apply(campus, event);
            case Topics.MONITORING -> monitoring.apply(campus, event);
            case Topics.FUNDING -> funding.apply(event);
            default -> false;
        };
        if (changed) {
            if (event.occurredAt().isAfter(campus.updatedAt)) {
                campus.updatedAt = event.occurredAt();
            }
            campus.changeSeq = store.nextChangeSeq();
            history.record(topic, event, campus, partVersions);
        }
    }
}
