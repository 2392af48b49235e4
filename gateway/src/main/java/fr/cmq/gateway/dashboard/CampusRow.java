package fr.cmq.gateway.dashboard;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One campus of the national table, as the services' events describe it. */
@Entity
@Table(name = "campus_row")
public class CampusRow extends PanacheEntityBase {

    @Id
    @Column(name = "campus_id")
    public UUID campusId;
    public String designation;
    @Column(name = "family_code")
    public String familyCode;
    @Column(name = "region_code")
    public String regionCode;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "academy_codes")
    public List<String> academyCodes = new ArrayList<>();

    @Column(name = "labelling_version")
    public long labellingVersion;
    @Column(name = "monitoring_version")
    public long monitoringVersion;
    @Column(name = "funding_version")
    public long fundingVersion;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
