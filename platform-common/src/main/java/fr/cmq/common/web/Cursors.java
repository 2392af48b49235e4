package fr.cmq.common.web;

import fr.cmq.common.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque keyset cursors: the sort key of the last item of a page, base64url-encoded. */
public final class Cursors {

    public static final int DEFAULT_LIMIT = Params.DEFAULT_LIMIT;
    public static final int MAX_LIMIT = Params.MAX_LIMIT;

    private Cursors() {
    }

    public static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    public static String decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "not a cursor given by this API");
        }
    }

    /** Kept for existing callers: the same as {@link Params#limit(Integer)}. */
    public static int limit(Integer limit) {
        return Params.limit(limit);
    }
}
