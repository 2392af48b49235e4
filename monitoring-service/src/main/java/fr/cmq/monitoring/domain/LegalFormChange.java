package fr.cmq.monitoring.domain;

import fr.cmq.common.persistence.CreatedEntity;
import fr.cmq.common.reference.GipKind;
import fr.cmq.common.reference.LegalForm;
import fr.cmq.common.source.FactSource;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One legal form a campus has had, from the date it took effect; written once, never changed. Who recorded it and
 * when are its creation ({@code recorded_by}, {@code recorded_at}).
 */
@Entity
@Table(name = "legal_form_change")
@AttributeOverride(name = "createdAt", column = @Column(name = "recorded_at", nullable = false, updatable = false))
@AttributeOverride(name = "createdBy", column = @Column(name = "recorded_by", nullable = false, updatable = false))
public class LegalFormChange extends CreatedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID campusId;
    @Enumerated(EnumType.STRING)
    public LegalForm legalForm;
    @Enumerated(EnumType.STRING)
    public GipKind gipKind;
    public LocalDate effectiveOn;
    /** Where the change of legal form comes from (issue 13): the profile's source when it was recorded. */
    @Embedded
    public FactSource source;
}
