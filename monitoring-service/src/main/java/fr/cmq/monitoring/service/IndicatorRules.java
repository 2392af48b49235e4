package fr.cmq.monitoring.service;

import fr.cmq.common.problem.FieldError;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.reference.CohortHorizon;
import fr.cmq.common.reference.IndicatorBreakdown;
import fr.cmq.common.reference.PathwayStatus;
import fr.cmq.common.reference.QualificationLevel;
import fr.cmq.common.reference.ValueSource;
import fr.cmq.common.rules.Percentages;
import fr.cmq.common.web.Params;
import fr.cmq.monitoring.domain.Breakdown;
import fr.cmq.monitoring.domain.IndicatorCatalogue;
import fr.cmq.monitoring.domain.IndicatorDefinition;
import fr.cmq.monitoring.domain.IndicatorValue;
import fr.cmq.monitoring.domain.Identifiers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The rules of a target or value write: the indicator, the year, the breakdown, the bounds, a rate's counts. */
final class IndicatorRules {

    /** What a checked write is about. */
    record Entry(IndicatorDefinition definition, int year, Breakdown breakdown) {
    }

    /** Guard against numbers no indicator can reach (and the column cannot hold). */
    private static final BigDecimal LARGEST = new BigDecimal("999999999999");

    private IndicatorRules() {
    }

    /** The indicator of the catalogue, or 404. */
    static IndicatorDefinition indicator(String code) {
        return IndicatorCatalogue.standard().find(code).orElseThrow(() -> ProblemException.notFound(
                "Indicator " + code + " (not in the catalogue: GET /api/v1/reference/indicators)"));
    }

    /** The indicator, the year (2013 to this year + 5) and the breakdown the indicator accepts. */
    static Entry entry(String code, String year, BreakdownQuery query, LocalDate today) {
        IndicatorDefinition definition = indicator(code);
        return new Entry(definition, Params.year("year", year, today), breakdown(definition, query));
    }

    /** The breakdown keys, each one the indicator accepts (400 naming the query parameter otherwise). */
    static Breakdown breakdown(IndicatorDefinition d, BreakdownQuery q) {
        String establishment = q.establishment() == null || q.establishment().isBlank() ? null
                : q.establishment().strip();
        if (establishment != null && !Identifiers.isUai(establishment)) {
            throw ProblemException.invalid("establishment", "must be the establishment's UAI: 7 digits then 1 "
                    + "upper-case letter");
        }
        Breakdown b = new Breakdown(establishment, Params.code("pathwayStatus", q.pathwayStatus(), PathwayStatus.class),
                Params.code("level", q.level(), QualificationLevel.class),
                Params.code("horizon", q.horizon(), CohortHorizon.class));
        List<FieldError> errors = new ArrayList<>();
        for (IndicatorBreakdown given : b.dimensions()) {
            if (!d.breakdowns().contains(given)) {
                errors.add(new FieldError(given.parameter(), d.code() + " is not broken down by " + given
                        + "; it accepts " + d.breakdowns()));
            }
        }
        for (IndicatorBreakdown required : d.requiredBreakdowns()) {
            if (!b.dimensions().contains(required)) {
                errors.add(new FieldError(required.parameter(), "required: every " + d.code() + " is given by "
                        + required));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return b;
    }

    /** A target or declared value within the indicator's bounds and precision (400 naming {@code field}). */
    static void checkBounds(String field, IndicatorDefinition d, BigDecimal value) {
        if (value.compareTo(d.min()) < 0 || (d.max() != null && value.compareTo(d.max()) > 0)
                || value.compareTo(LARGEST) > 0) {
            throw ProblemException.invalid(field, "must be between " + d.min().toPlainString() + " and "
                    + (d.max() == null ? LARGEST.toPlainString() : d.max().toPlainString()) + " (" + d.unit() + ")");
        }
        if (d.scaled(value).compareTo(value) != 0) {
            throw ProblemException.invalid(field, d.unit() + " takes at most " + d.scaled(value).scale()
                    + " decimal(s)");
        }
    }

    /**
     * The value to store: the value given, or a rate computed from its numerator and denominator (percent, one
     * decimal, half up). Refused: a computed indicator (422), both or neither forms, counts for a non-rate, a
     * denominator of 0 (400), a numerator above its denominator for a rate bounded by 100 % (422).
     */
    static IndicatorValue.Content value(IndicatorDefinition d, ValueRequest r) {
        if (d.isComputed()) {
            throw ProblemException.unprocessable("value", d.code() + " is computed from "
                    + (IndicatorDefinition.FROM_ACTION_PLAN.equals(d.computedFrom()) ? "the annual action plan "
                    + "(score its actions: PUT .../action-plans/{year}/actions/{actionId}/score)"
                    : "the campus's budgets (funding service)") + ", never declared");
        }
        if (r.source() == ValueSource.ACTION_PLAN) {
            throw ProblemException.invalid("source", "ACTION_PLAN is the source of computed values only");
        }
        String reference = r.sourceReference() == null || r.sourceReference().isBlank() ? null
                : r.sourceReference().strip();
        boolean counts = r.numerator() != null || r.denominator() != null;
        if (!counts) {
            if (r.value() == null) {
                throw ProblemException.invalid("value", d.isRate() ? "required: the value, or numerator and "
                        + "denominator" : "required");
            }
            checkBounds("value", d, r.value());
            return new IndicatorValue.Content(r.value(), null, null, r.source(), reference);
        }
        if (!d.isRate()) {
            throw ProblemException.invalid(r.numerator() != null ? "numerator" : "denominator", d.code()
                    + " is not a rate: give its value");
        }
        if (r.value() != null) {
            throw ProblemException.invalid("value", "give either the value or numerator and denominator, not both "
                    + "(the rate is computed from them)");
        }
        List<FieldError> errors = new ArrayList<>();
        if (r.numerator() == null) {
            errors.add(new FieldError("numerator", "required with denominator (" + d.numerator() + ")"));
        } else if (r.numerator() < 0) {
            errors.add(new FieldError("numerator", "must be 0 or more"));
        }
        if (r.denominator() == null) {
            errors.add(new FieldError("denominator", "required with numerator (" + d.denominator() + ")"));
        } else if (r.denominator() <= 0) {
            errors.add(new FieldError("denominator", "must be above 0: a rate of nothing has no value"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (d.max() != null && d.max().compareTo(BigDecimal.valueOf(100)) <= 0 && r.numerator() > r.denominator()) {
            throw ProblemException.unprocessable("numerator", "cannot exceed the denominator: " + d.code()
                    + " is bounded by " + d.max().toPlainString() + " %");
        }
        BigDecimal rate = Percentages.percentOf(r.numerator(), r.denominator());
        checkBounds("numerator", d, rate);
        return new IndicatorValue.Content(rate, r.numerator(), r.denominator(), r.source(), reference);
    }
}
