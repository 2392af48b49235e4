package fr.cmq.common.web;

import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.rules.YearBounds;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Reads query and path parameters: an absent value gives the default, a bad one a 400 problem naming the
 * parameter and what it accepts. Resources take parameters as {@code String} (or {@code Integer}) and call these,
 * so that a malformed value is a 400 naming it rather than the framework's bare 404.
 */
public final class Params {

    /** {@code limit} of paged collections: 1 to 500, 50 by default. */
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    private Params() {
    }

    /**
     * An enumeration code, ignoring case and surrounding spaces ({@code ex_ante} reads EX_ANTE); null when absent.
     * An unknown code is a 400 listing the codes.
     */
    public static <E extends Enum<E>> E code(String parameter, String value, Class<E> type) {
        return code(parameter, value, type, null);
    }

    /** As {@link #code(String, String, Class)}, with the value used when the parameter is absent. */
    public static <E extends Enum<E>> E code(String parameter, String value, Class<E> type, E byDefault) {
        if (value == null || value.isBlank()) {
            return byDefault;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(parameter, "unknown code '" + value + "'; expected one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** One of a fixed set of codes that is not a Java enum (exact match); null when absent. */
    public static String oneOf(String parameter, String value, Collection<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!allowed.contains(value)) {
            throw ProblemException.invalid(parameter, "unknown code '" + value + "'; expected one of "
                    + new TreeSet<>(allowed));
        }
        return value;
    }

    /** An integer between {@code min} and {@code max} included; {@code byDefault} when absent. */
    public static int boundedInt(String parameter, String value, int min, int max, int byDefault) {
        if (value == null || value.isBlank()) {
            return byDefault;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(parameter, "must be an integer between " + min + " and " + max);
        }
        return boundedInt(parameter, Integer.valueOf(parsed), min, max, byDefault);
    }

    /** As {@link #boundedInt(String, String, int, int, int)} for a parameter JAX-RS already read as an Integer. */
    public static int boundedInt(String parameter, Integer value, int min, int max, int byDefault) {
        if (value == null) {
            return byDefault;
        }
        if (value < min || value > max) {
            throw ProblemException.invalid(parameter, "must be between " + min + " and " + max);
        }
        return value;
    }

    /** The {@code limit} of a page: 1 to {@value #MAX_LIMIT}, {@value #DEFAULT_LIMIT} by default. */
    public static int limit(String value) {
        return boundedInt("limit", value, 1, MAX_LIMIT, DEFAULT_LIMIT);
    }

    /** As {@link #limit(String)} for an Integer parameter. */
    public static int limit(Integer value) {
        return boundedInt("limit", value, 1, MAX_LIMIT, DEFAULT_LIMIT);
    }

    /**
     * A year within the platform's bounds ({@link YearBounds}: 2013 to the current year + 5, "today" being
     * {@code CmqClock.today()}); the current year when absent. Not an integer, or out of bounds: 400 naming it.
     */
    public static int year(String parameter, String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            return today.getYear();
        }
        try {
            return YearBounds.orCurrent(parameter, Integer.valueOf(value.strip()), today);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(parameter, "must be a year between " + YearBounds.FIRST_YEAR + " and "
                    + YearBounds.lastYear(today));
        }
    }

    /** As {@link #year(String, String, LocalDate)} for a parameter JAX-RS already read as an Integer. */
    public static int year(String parameter, Integer value, LocalDate today) {
        return YearBounds.orCurrent(parameter, value, today);
    }

    /** An ISO 8601 date ({@code 2026-11-27}); null when absent. */
    public static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(parameter, "must be an ISO 8601 date such as 2026-11-27");
        }
    }

    /**
     * Whether a collection is asked as CSV: {@code format=csv}, or no {@code format} and an Accept naming
     * {@code text/csv}. {@code format=json} asks JSON; any other format is a 400.
     */
    public static boolean csvRequested(String format, String accept) {
        if (format == null || format.isBlank()) {
            return accept != null && accept.toLowerCase(Locale.ROOT).contains(CsvWriter.MEDIA_TYPE);
        }
        if (format.equalsIgnoreCase("csv")) {
            return true;
        }
        if (format.equalsIgnoreCase("json")) {
            return false;
        }
        throw ProblemException.invalid("format", "json or csv");
    }
}
