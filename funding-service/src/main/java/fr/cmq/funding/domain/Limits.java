package fr.cmq.funding.domain;

import fr.cmq.common.problem.ProblemException;

import java.time.Year;
import java.time.ZoneOffset;

/** The bounds every input of the funding API is checked against. */
public final class Limits {

    /** 1 000 000 000 EUR in cents: no campus amount is anywhere near it; above is a typing error. */
    public static final long MAX_AMOUNT_CENTS = 100_000_000_000L;
    /** The first campuses were called for in 2013. */
    public static final int FIRST_YEAR = 2013;
    /** Forecasts may look this many years ahead of the current one. */
    public static final int YEARS_AHEAD = 5;

    private Limits() {
    }

    public static int lastYear() {
        return Year.now(ZoneOffset.UTC).getValue() + YEARS_AHEAD;
    }

    /** A 400 problem naming {@code field} unless the year is within 2013..(current year + 5). */
    public static int requireYear(String field, Integer year) {
        if (year == null) {
            throw ProblemException.invalid(field, "required");
        }
        if (year < FIRST_YEAR || year > lastYear()) {
            throw ProblemException.invalid(field, "must be between " + FIRST_YEAR + " and " + lastYear());
        }
        return year;
    }
}
