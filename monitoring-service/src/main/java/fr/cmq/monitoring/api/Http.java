package fr.cmq.monitoring.api;

import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.web.ETags;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;

/**
 * Conditional reads (every answer carries an ETag, and If-None-Match with the current one answers 304) and the
 * parsing of query parameters into problem answers naming the parameter.
 */
final class Http {

    private Http() {
    }

    /** A versioned resource: its ETag is its version. */
    static Response ok(Object entity, long version, String ifNoneMatch) {
        return conditional(entity, ETags.of(version), ifNoneMatch);
    }

    /** A derived resource (summary, history, distribution): its ETag is a digest of its content. */
    static Response ok(Object entity, String ifNoneMatch) {
        return conditional(entity, "\"h" + Integer.toHexString(entity.hashCode()) + "\"", ifNoneMatch);
    }

    private static Response conditional(Object entity, String tag, String ifNoneMatch) {
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String t = candidate.trim();
                if (t.startsWith("W/")) {
                    t = t.substring(2);
                }
                if (t.equals(tag) || t.equals("*")) {
                    return Response.notModified().header("ETag", tag).build();
                }
            }
        }
        return Response.ok(entity).header("ETag", tag).build();
    }

    /** true, false, or null when absent; anything else is a 400 naming the parameter. */
    static Boolean bool(String name, String value) {
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw ProblemException.invalid(name, "must be true or false");
        }
        return Boolean.valueOf(value);
    }

    /** The code of an enumeration, or null when absent; an unknown code is a 400 naming the parameter. */
    static <E extends Enum<E>> E code(String name, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "unknown code '" + value + "'; expected one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** The identifier a decoded cursor carries, or null for the first page. */
    static UUID cursorId(String key) {
        if (key == null) {
            return null;
        }
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "not a cursor given by this API");
        }
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be an ISO 8601 date such as 2026-11-27");
        }
    }
}
