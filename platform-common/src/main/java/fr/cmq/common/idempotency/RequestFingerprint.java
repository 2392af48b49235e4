package fr.cmq.common.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What makes two requests with one key "the same request": method, path with its query, and the body's bytes, as a
 * SHA-256 digest (the body itself is never kept). Another body, another path or another method under the same key
 * answers 422.
 */
public final class RequestFingerprint {

    private RequestFingerprint() {
    }

    /** The fingerprint of {@code method target} (target: the raw path and query, without scheme and host) and body. */
    public static String of(String method, String target, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + ' ' + target + '\n').getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
