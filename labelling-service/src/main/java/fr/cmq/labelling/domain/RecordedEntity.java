package fr.cmq.labelling.domain;

import fr.cmq.common.persistence.CreatedEntity;
import fr.cmq.common.source.FactSource;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.util.UUID;

/**
 * A step of a label's files, written once and never changed: an opinion, a decision, a withdrawal. Its id is
 * generated when it is persisted; who recorded it and when are its creation ({@link #recordCreation}), kept in the
 * columns {@code recorded_by} and {@code recorded_at} and read by {@link #createdBy()} and {@link #createdAt()}.
 */
@MappedSuperclass
@AttributeOverride(name = "createdAt", column = @Column(name = "recorded_at", nullable = false, updatable = false))
@AttributeOverride(name = "createdBy", column = @Column(name = "recorded_by", nullable = false, updatable = false))
public abstract class RecordedEntity extends CreatedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;
    /** Where its facts come from (issue 13). */
    @Embedded
    public FactSource source;
}
