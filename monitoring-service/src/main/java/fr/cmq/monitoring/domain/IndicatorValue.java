package fr.cmq.monitoring.domain;

import fr.cmq.common.reference.ValueSource;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The value a campus declares for an indicator, a year and a breakdown, with its source. A rate given by its numerator
 * and denominator keeps both and its value is computed from them. Who declared it and when: {@code updated_by},
 * {@code updated_at}.
 */
@Entity
@Table(name = "indicator_value")
public class IndicatorValue extends IndicatorEntry {

    public BigDecimal value;
    public Long numerator;
    public Long denominator;
    @Enumerated(EnumType.STRING)
    public ValueSource source;
    public String sourceReference;

    /** What a replacement may change; equal contents mean nothing changed. */
    public record Content(BigDecimal value, Long numerator, Long denominator, ValueSource source,
                          String sourceReference) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Content c && value.compareTo(c.value) == 0 && Objects.equals(numerator, c.numerator)
                    && Objects.equals(denominator, c.denominator) && source == c.source
                    && Objects.equals(sourceReference, c.sourceReference);
        }

        @Override
        public int hashCode() {
            return Objects.hash(value.stripTrailingZeros(), numerator, denominator, source, sourceReference);
        }
    }

    public static IndicatorValue create(UUID campusId, String code, int year, Breakdown breakdown) {
        IndicatorValue v = new IndicatorValue();
        v.identify(campusId, code, year, breakdown);
        return v;
    }

    public Content content() {
        return value == null ? null : new Content(value, numerator, denominator, source, sourceReference);
    }

    public void apply(Content c) {
        value = c.value();
        numerator = c.numerator();
        denominator = c.denominator();
        source = c.source();
        sourceReference = c.sourceReference();
    }

    /** The value of the campus for this indicator, year and breakdown, locked for the write. */
    public static Optional<IndicatorValue> forUpdate(UUID campusId, String code, int year, Breakdown breakdown) {
        return find("campusId = ?1 and indicatorCode = ?2 and year = ?3 and breakdownKey = ?4", campusId, code, year,
                breakdown.key()).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Every value of the campus, by indicator, year and breakdown. */
    public static List<IndicatorValue> ofCampus(UUID campusId) {
        return list("campusId", Sort.by("indicatorCode").and("year").and("breakdownKey"), campusId);
    }
}
