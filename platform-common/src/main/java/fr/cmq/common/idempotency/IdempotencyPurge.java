package fr.cmq.common.idempotency;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Deletes the Idempotency-Keys kept longer than the retention, every {@code cmq.idempotency.purge-interval} (one
 * application instance at a time is enough; two purging together delete the same rows). Refuses to start with a
 * retention shorter than the 24 hours the API promises.
 */
@ApplicationScoped
public class IdempotencyPurge {

    /** The scheduled job's identity (io.quarkus.scheduler.Scheduler#getScheduledJob). */
    public static final String JOB = "idempotency-purge";

    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);

    private final IdempotencyStore store;
    private final IdempotencyConfig config;

    public IdempotencyPurge(IdempotencyStore store, IdempotencyConfig config) {
        this.store = store;
        this.config = config;
    }

    void checkRetention(@Observes StartupEvent event) {
        if (config.retention().compareTo(IdempotencyConfig.PROMISED_RETENTION) < 0) {
            throw new IllegalStateException("cmq.idempotency.retention is " + config.retention()
                    + ": the API promises to keep Idempotency-Keys at least " + IdempotencyConfig.PROMISED_RETENTION);
        }
    }

    @Scheduled(identity = JOB, every = "${cmq.idempotency.purge-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge();
    }

    /** Deletes the keys older than the retention; how many. */
    public int purge() {
        int deleted = store.purgeOlderThan(config.retention());
        if (deleted > 0) {
            LOG.infof("Idempotency-Keys older than %s purged: %d", config.retention(), deleted);
        }
        return deleted;
    }
}
