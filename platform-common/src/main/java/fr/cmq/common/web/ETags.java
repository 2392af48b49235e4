package fr.cmq.common.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The platform's entity tags. A versioned resource at version 7 has the strong ETag {@code "7"}
 * ({@link #of(long)}); a derived answer (summary, distribution, history) has a digest of its content
 * ({@link #ofContent(Object)}). Conditional requests on them: {@link ConditionalRequests}.
 */
public final class ETags {

    private ETags() {
    }

    /** The ETag of a resource at {@code version}: {@code "7"}. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * A strong ETag digesting a derived answer: {@code "h"} and 16 hexadecimal digits of the SHA-256 of its
     * {@code toString()}. Meant for records, collections, strings and numbers, whose {@code toString()} shows
     * their whole content (and is the same in every JVM, unlike {@code hashCode()} of an enum).
     */
    public static String ofContent(Object content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(content).getBytes(StandardCharsets.UTF_8));
            return "\"h" + HexFormat.of().formatHex(digest, 0, 8) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
