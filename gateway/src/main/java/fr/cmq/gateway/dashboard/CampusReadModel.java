package fr.cmq.gateway.dashboard;

import fr.cmq.events.labelling.CampusState;
import fr.cmq.events.labelling.LabelState;
import fr.cmq.events.monitoring.PartnerTypologyState;
import fr.cmq.events.monitoring.ProfileState;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One campus in the dashboard's read model (table {@code campus_row}), as the services' events describe it: the
 * contract's records they carried (JSON columns, see {@link ReadModelJson}), the columns the table filters on, and
 * the version of the last event applied to each part. Each answer's {@link TableRow} is computed from it for a year.
 */
@Entity
@Table(name = "campus_row")
public class CampusReadModel extends PanacheEntityBase {

    @Id
    @Column(name = "campus_id")
    public UUID campusId;

    // from labelling: the register
    @JdbcTypeCode(SqlTypes.JSON)
    public CampusState register;
    public String designation;
    @Column(name = "family_code")
    public String familyCode;
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "campus_event_version")
    public long campusEventVersion;

    // from labelling: the label and the facts its status is computed from, on any day
    @JdbcTypeCode(SqlTypes.JSON)
    public LabelState label;
    @Column(name = "label_state")
    public String labelState;
    @Column(name = "label_start")
    public LocalDate labelStart;
    @Column(name = "label_expiry")
    public LocalDate labelExpiry;
    @Column(name = "label_withdrawn_on")
    public LocalDate labelWithdrawnOn;
    @Column(name = "label_event_version")
    public long labelEventVersion;

    // from monitoring
    @JdbcTypeCode(SqlTypes.JSON)
    public ProfileState profile;
    @Column(name = "legal_form")
    public String legalForm;
    @Column(name = "support_type")
    public String supportType;
    @Column(name = "director_post")
    public Boolean directorPost;
    @Column(name = "profile_event_version")
    public long profileEventVersion;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "partner_summary")
    public PartnerTypologyState partnerSummary;
    @Column(name = "active_partners")
    public Integer activePartners;
    @Column(name = "partners_event_version")
    public long partnersEventVersion;

    @Column(name = "updated_at")
    public Instant updatedAt;
    /** Position in the change feed: taken from a sequence on every change of the row. */
    @Column(name = "change_seq")
    public long changeSeq;

    /** The academy codes of the register, in its order. */
    public List<String> academyCodes() {
        return register == null || register.academyCodes() == null ? List.of() : register.academyCodes();
    }

    /** The names the campus communicates under. */
    public List<String> communicationNames() {
        return register == null || register.communicationNames() == null ? List.of() : register.communicationNames();
    }
}
