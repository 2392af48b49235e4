package fr.cmq.monitoring.domain;

import fr.cmq.common.reference.GipKind;
import fr.cmq.common.reference.LegalForm;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One legal form a campus has had, from the date it took effect; written once, never changed. */
@Entity
@Table(name = "legal_form_change")
public class LegalFormChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "campus_id")
    public UUID campusId;
    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form")
    public LegalForm legalForm;
    @Enumerated(EnumType.STRING)
    @Column(name = "gip_kind")
    public GipKind gipKind;
    @Column(name = "effective_on")
    public LocalDate effectiveOn;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;
}
