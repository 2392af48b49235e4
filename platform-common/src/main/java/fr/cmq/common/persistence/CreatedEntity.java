package fr.cmq.common.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A row written once: who created it and when ({@code created_at timestamptz not null},
 * {@code created_by text not null}). Set by {@link #recordCreation} before {@code persist()}; read by
 * {@link #createdAt()} and {@link #createdBy()}. Entities that change extend {@link AuditedEntity}.
 */
@MappedSuperclass
public abstract class CreatedEntity extends PanacheEntityBase {

    @Column(nullable = false, updatable = false)
    protected Instant createdAt;
    @Column(nullable = false, updatable = false)
    protected String createdBy;

    /** Records the creation: the actor (token subject) and the instant, kept to the millisecond. */
    public void recordCreation(String actor, Instant at) {
        if (createdAt != null) {
            throw new IllegalStateException("Creation already recorded for " + getClass().getSimpleName());
        }
        this.createdBy = Objects.requireNonNull(actor, "actor");
        this.createdAt = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MILLIS);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
