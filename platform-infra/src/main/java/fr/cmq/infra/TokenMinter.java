package fr.cmq.infra;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signs RS256 bearer tokens as the platform's identity provider would: the platform's audience, a subject, one role in
 * {@code groups} ({@code national}, {@code regional}, {@code reader}) and, for regional tokens,
 * the {@code region} claim (an INSEE region code).
 */
public final class TokenMinter {

    /** The issuer every service expects ({@code mp.jwt.verify.issuer}). */
    public static final String ISSUER = "https://identity.cmq.local";
    /** The audience every service expects ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "cmq-api";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final PrivateKey privateKey;

    TokenMinter(PrivateKey privateKey) {
        this.privateKey = privateKey;
    }

    public String national(String subject) {
        return mint(subject, "national", null, Duration.ofDays(365));
    }

    public String regional(String subject, String regionCode) {
        return mint(subject, "regional", regionCode, Duration.ofDays(365));
    }

    public String reader(String subject) {
        return mint(subject, "reader", null, Duration.ofDays(365));
    }

    public String mint(String subject, String role, String regionCode, Duration validity) {
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("groups", List.of(role));
        if (regionCode != null) {
            claims.put("region", regionCode);
        }
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(validity).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        try {
            String header = encode(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT")));
            String payload = encode(JSON.writeValueAsBytes(claims));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(privateKey);
            signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + encode(signature.sign());
        } catch (GeneralSecurityException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
