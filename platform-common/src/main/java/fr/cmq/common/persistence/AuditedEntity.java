package fr.cmq.common.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A row that changes: its version (the ETag, {@code "1"} at creation) and who created and last changed it
 * ({@code version bigint}, {@code created_at}, {@code created_by}, {@code updated_at timestamptz},
 * {@code updated_by text}, all not null).
 * <p>
 * The version is JPA's {@code @Version}: Hibernate adds one when it flushes a change of the row or of one of its
 * collections, and refuses (OptimisticLockException, answered 412) a change made from a stale copy. Nobody sets it.
 * A use case calls {@link #recordCreation} on a new entity, {@link #recordUpdate} on each accepted change (the
 * change of {@code updated_at} is what makes the row dirty, so every accepted write gets a new version, as before),
 * then flushes ({@code entity.flush()} or {@code persistAndFlush()}) before reading {@link #version()} for an
 * answer or an event: the new version exists only after the flush.
 * A write that changes only other rows but must move this one's version (an allocation of an envelope) calls
 * {@link #recordUpdate} too. A write that changes nothing must leave the row untouched: Hibernate counts any
 * write to a collection field as a change, even of the same elements, so collections are assigned through
 * {@link #keepOrReplace}.
 */
@MappedSuperclass
public abstract class AuditedEntity extends CreatedEntity {

    /** 1 for a new row, so that the first ETag is "1" as before; Hibernate increments it from there. */
    @Version
    @Column(nullable = false)
    protected long version = 1;
    @Column(nullable = false)
    protected Instant updatedAt;
    @Column(nullable = false)
    protected String updatedBy;

    /** Records the creation; the first update is the creation itself (updated_* equal created_*). */
    @Override
    public void recordCreation(String actor, Instant at) {
        super.recordCreation(actor, at);
        this.updatedBy = createdBy;
        this.updatedAt = createdAt;
    }

    /** Records an accepted change: the actor (token subject) and the instant, kept to the millisecond. */
    public void recordUpdate(String actor, Instant at) {
        this.updatedBy = Objects.requireNonNull(actor, "actor");
        this.updatedAt = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * The value to give a collection field: {@code current} itself when it already holds {@code wanted}, in the same
     * order (the row stays clean and its version does not move), otherwise a new list of {@code wanted}. For
     * example {@code partner.workingGroups = AuditedEntity.keepOrReplace(partner.workingGroups, themes);}.
     */
    public static <T> List<T> keepOrReplace(List<T> current, List<? extends T> wanted) {
        List<T> copy = wanted == null ? new ArrayList<>() : new ArrayList<>(wanted);
        return current != null && current.equals(copy) ? current : copy;
    }

    /** The version JPA last flushed (the ETag is {@code ETags.of(version())}). */
    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
