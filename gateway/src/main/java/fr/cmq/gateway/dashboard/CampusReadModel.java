package fr.cmq.gateway.dashboard;

import fr.cmq.events.EventSource;
import fr.cmq.events.labelling.CampusState;
import fr.cmq.events.labelling.LabelState;
import fr.cmq.events.monitoring.PartnerTypologyState;
import fr.cmq.events.monitoring.ProfileState;
import fr.cmq.events.monitoring.SteeringState;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One campus in the dashboard's read model (table {@code campus_row}), as the services' events describe it: the
 * contract's records they carried (JSON columns, see {@link ReadModelJson}), the columns the table filters on, and
 * the version of the last event applied to each part, and the national table's typed columns derived from them when
 * the row is written ({@link ProjectedColumns}), which {@link NationalTable} queries.
 */
@Entity
@Table(name = "campus_row")
public class CampusReadModel extends PanacheEntityBase {

    @Id
    public UUID campusId;

    // from labelling: the register
    @JdbcTypeCode(SqlTypes.JSON)
    public CampusState register;
    public String designation;
    public String familyCode;
    public String regionCode;
    public long campusEventVersion;
    // the register's source (issue 13): the row's kind, typed (filter, national figures), see #registerSource()
    public String sourceKind;
    public String sourceReference;
    public String sourceRole;
    public String sourceRegionCode;
    public String sourceFileName;
    public LocalDate sourceImportedOn;

    // from labelling: the label and the facts its status is computed from, on any day
    @JdbcTypeCode(SqlTypes.JSON)
    public LabelState label;
    public String labelState;
    public LocalDate labelStart;
    public LocalDate labelExpiry;
    public LocalDate labelWithdrawnOn;
    public long labelEventVersion;
    @JdbcTypeCode(SqlTypes.JSON)
    public EventSource labelSource;

    // from monitoring
    @JdbcTypeCode(SqlTypes.JSON)
    public ProfileState profile;
    public String legalForm;
    public String supportType;
    public Boolean directorPost;
    public long profileEventVersion;
    @JdbcTypeCode(SqlTypes.JSON)
    public EventSource profileSource;
    @JdbcTypeCode(SqlTypes.JSON)
    public PartnerTypologyState partnerSummary;
    public Integer activePartners;
    public long partnersEventVersion;
    @JdbcTypeCode(SqlTypes.JSON)
    public EventSource partnersSource;
    @JdbcTypeCode(SqlTypes.JSON)
    public SteeringState steering;
    public long steeringEventVersion;
    @JdbcTypeCode(SqlTypes.JSON)
    public EventSource steeringSource;

    public Instant updatedAt;
    /** Position in the change feed: taken from a sequence on every change of the row. */
    public long changeSeq;

    // The national table's typed columns, derived from the above whenever the row is written (see ProjectedColumns)
    public String designationKey;
    public String[] searchTexts = new String[0];
    public String[] academyCodes = new String[0];
    public String labelBasis = "NONE";
    public String labelFixedStatus;
    public Long publicInitial;
    public Long publicContinuing;
    public Long privateInitial;
    public Long privateContinuing;
    public String[] partnerFlags = new String[0];
    public Integer steeringYear;
    public int steeringWithTarget;
    public Integer steeringRecentValues;
    public BigDecimal steeringPlanCompletion;
    public String[] headlineIndicators;
    public String[] headlineHorizons;
    public Integer[] headlineYears;
    public BigDecimal[] headlineValues;
    public BigDecimal[] headlineTargets;
    public BigDecimal[] headlineGaps;
    public boolean hasValuePoints;
    public String updatedAtKey;

    @PrePersist
    @PreUpdate
    void project() {
        ProjectedColumns.project(this);
    }

    /** The register's source (the campus's kind); null before the register published the campus. */
    public EventSource registerSource() {
        return sourceKind == null ? null : new EventSource(sourceKind, sourceReference, sourceRole, sourceRegionCode,
                sourceFileName, sourceImportedOn);
    }

    /** Keeps the register's source in the typed columns. */
    void registerSource(EventSource source) {
        sourceKind = source.kind();
        sourceReference = source.reference();
        sourceRole = source.role();
        sourceRegionCode = source.regionCode();
        sourceFileName = source.fileName();
        sourceImportedOn = source.importedOn();
    }

    /** The names the campus communicates under. */
    public List<String> communicationNames() {
        return register == null || register.communicationNames() == null ? List.of() : register.communicationNames();
    }
}
