package fr.cmq.monitoring.domain;

import fr.cmq.common.source.FactSource;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The target a campus sets itself for an indicator, a year and a breakdown ([172]: "aucune cible"). */
@Entity
@Table(name = "indicator_target")
public class IndicatorTarget extends IndicatorEntry {

    public BigDecimal target;
    /** Where the target's facts come from (issue 13). */
    @Embedded
    public FactSource source;

    public static IndicatorTarget create(UUID campusId, String code, int year, Breakdown breakdown) {
        IndicatorTarget t = new IndicatorTarget();
        t.identify(campusId, code, year, breakdown);
        return t;
    }

    /** The target of the campus for this indicator, year and breakdown, locked for the write. */
    public static Optional<IndicatorTarget> forUpdate(UUID campusId, String code, int year, Breakdown breakdown) {
        return find("campusId = ?1 and indicatorCode = ?2 and year = ?3 and breakdownKey = ?4", campusId, code, year,
                breakdown.key()).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Every target of the campus, by indicator, year and breakdown. */
    public static List<IndicatorTarget> ofCampus(UUID campusId) {
        return list("campusId", Sort.by("indicatorCode").and("year").and("breakdownKey"), campusId);
    }
}
