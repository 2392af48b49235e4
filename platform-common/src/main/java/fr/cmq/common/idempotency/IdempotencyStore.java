package fr.cmq.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table {@code idempotent_request} of the application's schema (migration {@code db/idempotency}): per caller and
 * key, the request's fingerprint and its first answer. Every method but the purge runs in the write's transaction.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** What was kept of a key's first request: its fingerprint and its answer. */
    public record Entry(String fingerprint, StoredAnswer answer) {
    }

    private static final TypeReference<Map<String, List<String>>> HEADERS = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    public IdempotencyStore(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    /**
     * Takes the caller's key for this transaction, without waiting: false when another transaction holds it (its
     * request is still in progress). A PostgreSQL advisory lock released at commit or rollback, after the row
     * written by {@link #save} became visible; scoped by schema, so two services never share a lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryLock(String caller, IdempotencyKey key) {
        Object locked = entityManager.createNativeQuery(
                        "select pg_try_advisory_xact_lock(hashtext(current_schema() || ' ' || :caller), hashtext(:key))")
                .setParameter("caller", caller)
                .setParameter("key", key.value())
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    /** The caller's earlier request with this key, if it was kept (and not yet purged). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Entry> find(String caller, IdempotencyKey key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select fingerprint, status, content_type, headers, body from idempotent_request
                        where caller = :caller and idempotency_key = :key""")
                .setParameter("caller", caller)
                .setParameter("key", key.value())
                .getResultList();
        return rows.stream().findFirst().map(row -> new Entry((String) row[0], new StoredAnswer(
                ((Number) row[1]).intValue(), (String) row[2], readHeaders((String) row[3]), (byte[]) row[4])));
    }

    /** Keeps the answer to the caller's request, in the transaction of the write it answers. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void save(String caller, IdempotencyKey key, String fingerprint, StoredAnswer answer) {
        entityManager.createNativeQuery("""
                        insert into idempotent_request
                            (caller, idempotency_key, fingerprint, status, content_type, headers, body)
                        values (:caller, :key, :fingerprint, :status, :contentType, :headers, :body)""")
                .setParameter("caller", caller)
                .setParameter("key", key.value())
                .setParameter("fingerprint", fingerprint)
                .setParameter("status", answer.status())
                .setParameter("contentType", answer.contentType())
                .setParameter("headers", writeHeaders(answer.headers()))
                .setParameter("body", answer.body())
                .executeUpdate();
    }

    /** Deletes the keys kept longer than {@code retention} (by the database's clock); how many. */
    @Transactional
    public int purgeOlderThan(Duration retention) {
        return entityManager.createNativeQuery(
                        "delete from idempotent_request where created_at < now() - make_interval(secs => :seconds)")
                .setParameter("seconds", (double) retention.toSeconds())
                .executeUpdate();
    }

    private String writeHeaders(Map<String, List<String>> headers) {
        try {
            return objectMapper.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Answer headers cannot be written", e);
        }
    }

    private Map<String, List<String>> readHeaders(String json) {
        try {
            return objectMapper.readValue(json, HEADERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored answer headers cannot be read", e);
        }
    }
}
