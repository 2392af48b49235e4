package fr.cmq.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One campus in the dashboard's read model (table {@code campus_row}), as the services' events describe it: the
 * stored state from which each answer's {@link TableRow} is computed for a year.
 */
@Entity
@Table(name = "campus_row")
public class CampusReadModel extends PanacheEntityBase {

    @Id
    @Column(name = "campus_id")
    public UUID campusId;

    // from labelling: the register
    public String designation;
    @Column(name = "family_code")
    public String familyCode;
    @Column(name = "region_code")
    public String regionCode;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "academy_codes")
    public List<String> academyCodes = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "communication_names")
    public List<String> communicationNames = new ArrayList<>();
    @Column(name = "campus_event_version")
    public long campusEventVersion;

    // from labelling: the label
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode label;
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
    public JsonNode profile;
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
    public JsonNode partnerSummary;
    @Column(name = "active_partners")
    public Integer activePartners;
    @Column(name = "partners_event_version")
    public long partnersEventVersion;

    @Column(name = "updated_at")
    public Instant updatedAt;
    /** Position in the change feed: taken from a sequence on every change of the row. */
    @Column(name = "change_seq")
    public long changeSeq;
}
