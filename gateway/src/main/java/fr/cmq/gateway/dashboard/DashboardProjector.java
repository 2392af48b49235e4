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
import org.jboss.logging.Logger;

/**
 * Keeps the national table from the services' events only (the contract's topics, {@link Topics#ALL}, read with
 * its tolerant mapper: a field or an event type this gateway does not know yet is skipped). Each event is applied once (its
 * {@code eventId} is remembered), and each part of a row (register, label, profile, partners, each
 * budget, each director funding) only takes an event newer than the last one it applied, so replays,
 * redeliveries and one service's events arriving before another's leave the table right. What each
 * topic's events change is in {@link LabellingProjection}, {@link MonitoringProjection} and
 * {@link FundingProjection}. The table can be rebuilt from the topics: {@link #rebuild()} empties it
 * and reads every topic again.
 */
@ApplicationScoped
public class DashboardProjector {

    private static final Logger LOG = Logger.getLogger(DashboardProjector.class);

    @Inject
    ProcessedEvents processedEvents;
    @Inject
    ReadModelStore store;
    @Inject
    DashboardChanges changes;
    @Inject
    DashboardConfig config;
    @Inject
    LabellingProjection labelling;
    @Inject
    MonitoringProjection monitoring;
    @Inject
    FundingProjection funding;
    private EventSubscription subscription;

    void start(@Observes StartupEvent event) {
        subscribe(QuarkusTransaction.requiringNew().call(store::generation));
    }

    void stop(@Observes ShutdownEvent event) {
        if (subscription != null) {
            subscription.close();
        }
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
        changes.changed();
        return generation;
    }

    private synchronized void subscribe(long generation) {
        String group = generation == 0 ? config.groupId() : config.groupId() + "-g" + generation;
        subscription = new EventSubscription(config.bootstrapServers(), group, Topics.ALL, processedEvents, this::apply);
        subscription.start();
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
            changes.changedAfterCommit();
        }
    }
}
