package fr.cmq.common.idempotency;

import fr.cmq.common.problem.FieldError;
import fr.cmq.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The transaction of a POST sent with an Idempotency-Key. {@link #open} begins it, before the resource runs, and takes
 * the caller's key in it; the use case's {@code @Transactional} methods then join it, so the write, its outbox event
 * and (in {@link #finish}) the answer kept for replays commit together or not at all. A crash after the commit and
 * before the client read the answer leaves the answer to be found by the retry.
 * <ul>
 * <li>the key held by a transaction still running: 409, nothing done;</li>
 * <li>the key kept with the same fingerprint: the kept answer, nothing done;</li>
 * <li>the key kept with another fingerprint: 422, nothing done;</li>
 * <li>otherwise the request goes on in the transaction, and its answer is kept if it is a success (2xx). An error
 * keeps nothing: the use case's refusal rolled its transaction back, and the same key may be tried again.</li>
 * </ul>
 */
@ApplicationScoped
public class IdempotentRequests {

    private static final Logger LOG = Logger.getLogger(IdempotentRequests.class);

    /** A request that holds its key: the transaction it opened, bound to the request's thread. */
    public record Claim(Transaction transaction, String caller, IdempotencyKey key, String fingerprint) {
    }

    /** What {@link #open} found: the request goes on under its claim, or its kept answer is replayed. */
    public record Opening(Claim claim, StoredAnswer replay) {
    }

    private final TransactionManager transactions;
    private final IdempotencyStore store;

    public IdempotentRequests(TransactionManager transactions, IdempotencyStore store) {
        this.transactions = transactions;
        this.store = store;
    }

    /** Begins the request's transaction and takes the key in it (409, 422 or a replay when it cannot). */
    public Opening open(String caller, IdempotencyKey key, String fingerprint) {
        rollBackLeftover();
        try {
            transactions.begin();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot begin the transaction of an idempotent request", e);
        }
        try {
            if (!store.tryLock(caller, key)) {
                throw new ProblemException(409, "idempotency-key-in-use", "Request in progress",
                        "A request with this Idempotency-Key is still in progress; retry once it has answered",
                        List.of(new FieldError(IdempotencyKey.HEADER, "in progress")));
            }
            Optional<IdempotencyStore.Entry> earlier = store.find(caller, key);
            if (earlier.isPresent()) {
                rollBack();
                if (!earlier.get().fingerprint().equals(fingerprint)) {
                    throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused",
                            "This Idempotency-Key was used with another request (method, path or body); "
                                    + "use a new key for a new request",
                            List.of(new FieldError(IdempotencyKey.HEADER,
                                    "already used with another request")));
                }
                return new Opening(null, earlier.get().answer());
            }
            return new Opening(new Claim(transactions.getTransaction(), caller, key, fingerprint), null);
        } catch (RuntimeException | SystemException e) {
            rollBackQuietly();
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }

    /**
     * Ends the claim's transaction: rolled back when the use case marked it so (its refusal), otherwise committed,
     * with the answer that {@code answer} gives (null: an error, nothing kept). A commit that fails throws (the
     * transaction is then rolled back, nothing written and nothing kept).
     */
    public void finish(Claim claim, Supplier<StoredAnswer> answer) {
        try {
            Transaction current = transactions.getTransaction();
            if (current != claim.transaction()) {
                if (current != null) {
                    transactions.suspend();
                }
                transactions.resume(claim.transaction()); // the answer came back on another thread
            }
            if (transactions.getStatus() != Status.STATUS_ACTIVE) {
                transactions.rollback();
                return;
            }
        } catch (Exception e) {
            rollBackQuietly();
            throw new IllegalStateException("The transaction of an idempotent request was lost", e);
        }
        try {
            if (answer != null) {
                store.save(claim.caller(), claim.key(), claim.fingerprint(), answer.get());
            }
        } catch (RuntimeException e) {
            rollBackQuietly();
            throw e;
        }
        try {
            transactions.commit();
        } catch (Exception e) {
            throw new IllegalStateException("The write could not be committed", e);
        }
    }

    /** A transaction still bound to this worker thread (a request that never reached {@link #finish}): rolled back. */
    public void rollBackLeftover() {
        try {
            if (transactions.getTransaction() != null) {
                LOG.warn("A transaction left open on this thread by an earlier request was rolled back");
                transactions.rollback();
            }
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    private void rollBack() {
        try {
            transactions.rollback();
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    private void rollBackQuietly() {
        try {
            if (transactions.getTransaction() != null) {
                transactions.rollback();
            }
        } catch (Exception e) {
            LOG.warn("Rollback of an idempotent request failed", e);
        }
    }
}
