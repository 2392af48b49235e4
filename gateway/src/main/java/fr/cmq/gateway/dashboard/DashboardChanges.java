package fr.cmq.gateway.dashboard;

import jakarta.inject.Inject;
import fr.cmq.common.time.CmqClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter of committed changes to the read model: answers cached for the national table are
 * valid while it has not moved.
 */
@ApplicationScoped
public class DashboardChanges {

    private final AtomicLong generation = new AtomicLong();
    /** Distinguishes this process's counter from a previous run's in entity tags. */
    private final String processTag = Long.toString(System.currentTimeMillis(), 36);
    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    CmqClock clock;

    public long generation() {
        return generation.get();
    }

    /**
     * The entity tag of any answer computed from the read model now: it changes with every committed
     * change and every day (label statuses follow the calendar), and never repeats across restarts.
     */
    public String entityTag() {
        return "W/\"" + processTag + "-" + generation.get() + "-" + clock.today() + "\"";
    }

    public void changed() {
        generation.incrementAndGet();
    }

    /** Counts a change once the current transaction has committed. */
    public void changedAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    changed();
                }
            }
        });
    }
}
