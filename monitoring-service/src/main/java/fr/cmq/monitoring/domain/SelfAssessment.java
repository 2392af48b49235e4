package fr.cmq.monitoring.domain;

import fr.cmq.common.persistence.AuditedEntity;
import fr.cmq.common.source.FactSource;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A campus's self-assessment of a year (recommendation 15, [10], [196]): a short structured report, strengths,
 * weaknesses, actions decided and the catalogue indicators it relies on. One per campus and year.
 */
@Entity
@Table(name = "self_assessment")
public class SelfAssessment extends AuditedEntity {

    @Id
    public UUID id;
    public UUID campusId;
    /** Where the self-assessment's facts come from (issue 13). */
    @Embedded
    public FactSource source;
    @Column(name = "year")
    public int year;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> strengths = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> weaknesses = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> actionsDecided = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> indicatorCodes = new ArrayList<>();

    /** What a replacement may change; equal contents mean nothing changed. */
    public record Content(List<String> strengths, List<String> weaknesses, List<String> actionsDecided,
                          List<String> indicatorCodes) {
    }

    public Content content() {
        return new Content(strengths, weaknesses, actionsDecided, indicatorCodes);
    }

    public void apply(Content c) {
        strengths = AuditedEntity.keepOrReplace(strengths, c.strengths());
        weaknesses = AuditedEntity.keepOrReplace(weaknesses, c.weaknesses());
        actionsDecided = AuditedEntity.keepOrReplace(actionsDecided, c.actionsDecided());
        indicatorCodes = AuditedEntity.keepOrReplace(indicatorCodes, c.indicatorCodes());
    }

    public static Optional<SelfAssessment> forUpdate(UUID campusId, int year) {
        return find("campusId = ?1 and year = ?2", campusId, year).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public static Optional<SelfAssessment> of(UUID campusId, int year) {
        return find("campusId = ?1 and year = ?2", campusId, year).firstResultOptional();
    }

    public static List<SelfAssessment> ofCampus(UUID campusId) {
        return list("campusId", Sort.by("year"), campusId);
    }
}
