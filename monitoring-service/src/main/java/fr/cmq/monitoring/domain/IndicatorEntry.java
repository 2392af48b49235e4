package fr.cmq.monitoring.domain;

import fr.cmq.common.persistence.AuditedEntity;
import fr.cmq.common.reference.CohortHorizon;
import fr.cmq.common.reference.PathwayStatus;
import fr.cmq.common.reference.QualificationLevel;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.util.UUID;

/** What a target and a value share: the campus, the indicator, the year and the breakdown they are for. */
@MappedSuperclass
public abstract class IndicatorEntry extends AuditedEntity {

    @Id
    public UUID id;
    public UUID campusId;
    public String indicatorCode;
    @Column(name = "year")
    public int year;
    /** {@link Breakdown#key()}: unique per campus, indicator and year. */
    public String breakdownKey;
    public String establishment;
    @Enumerated(EnumType.STRING)
    public PathwayStatus pathwayStatus;
    @Enumerated(EnumType.STRING)
    public QualificationLevel level;
    @Enumerated(EnumType.STRING)
    public CohortHorizon horizon;

    public Breakdown breakdown() {
        return new Breakdown(establishment, pathwayStatus, level, horizon);
    }

    /** Sets the identity of a new entry. */
    protected void identify(UUID campus, String code, int forYear, Breakdown b) {
        this.id = UUID.randomUUID();
        this.campusId = campus;
        this.indicatorCode = code;
        this.year = forYear;
        this.breakdownKey = b.key();
        this.establishment = b.establishment();
        this.pathwayStatus = b.pathwayStatus();
        this.level = b.level();
        this.horizon = b.horizon();
    }
}
