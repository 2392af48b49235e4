package fr.cmq.funding.api;

import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.web.ETags;
import jakarta.ws.rs.core.Response;

import java.util.Locale;

/** Small HTTP helpers shared by the resources of this service. */
final class Http {

    private Http() {
    }

    /** 200 with the ETag of {@code version}, or 304 when {@code If-None-Match} already names it. */
    static Response okWithETag(Object body, long version, String ifNoneMatch) {
        String etag = ETags.of(version);
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.trim();
                if (tag.startsWith("W/")) {
                    tag = tag.substring(2);
                }
                if (tag.equals(etag) || tag.equals("*")) {
                    return Response.notModified().header("ETag", etag).build();
                }
            }
        }
        return Response.ok(body).header("ETag", etag).build();
    }

    /** An enumeration code from a query parameter; unknown codes are 400 problems naming the parameter. */
    static <E extends Enum<E>> E code(String parameter, String value, Class<E> type, E byDefault) {
        if (value == null || value.isBlank()) {
            return byDefault;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(parameter, "unknown code '" + value + "'; expected one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
