package fr.cmq.common.idempotency;

import fr.cmq.common.problem.FieldError;
import fr.cmq.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IdempotencyKeyTest {

    @Test
    void aStructuredFieldStringAndTheSameTextWithoutQuotesAreOneKey() {
        assertEquals("8e03978e-40d5-43e8-bc93-6894a57f9324",
                IdempotencyKey.parse("\"8e03978e-40d5-43e8-bc93-6894a57f9324\"").value());
        assertEquals(IdempotencyKey.parse("abc"), IdempotencyKey.parse("\"abc\""));
        assertEquals("a \"quoted\" \\ key", IdempotencyKey.parse("\"a \\\"quoted\\\" \\\\ key\"").value());
        assertEquals("k".repeat(255), IdempotencyKey.parse("k".repeat(255)).value());
        assertEquals("k".repeat(255), IdempotencyKey.parse("\"" + "k".repeat(255) + "\"").value());
        assertEquals("padded", IdempotencyKey.parse("  padded ").value());
    }

    @Test
    void anythingElseIs400NamingTheHeader() {
        for (String invalid : List.of("", " ", "\"\"", "k".repeat(256), "\"" + "k".repeat(256) + "\"", "clé",
                "\"clé\"", "two words", "\"unterminated", "\"a\"b", "\"bad\\escape\"", "tab\there", "a\"b",
                "back\\slash")) {
            ProblemException refused = assertThrows(ProblemException.class, () -> IdempotencyKey.parse(invalid),
                    invalid);
            assertEquals(400, refused.status(), invalid);
            assertEquals("Idempotency-Key", refused.errors().get(0).field(), invalid);
        }
        assertEquals(List.of(new FieldError("Idempotency-Key", "sent more than once")),
                assertThrows(ProblemException.class, () -> IdempotencyKey.of(List.of("a", "b"))).errors());
    }

    @Test
    void theFingerprintTellsMethodPathAndBodyApart() {
        String fingerprint = RequestFingerprint.of("POST", "/api/v1/campuses", "{\"a\":1}".getBytes());
        assertEquals(fingerprint, RequestFingerprint.of("POST", "/api/v1/campuses", "{\"a\":1}".getBytes()));
        assertEquals(64, fingerprint.length());
        assertNotEquals(fingerprint, RequestFingerprint.of("POST", "/api/v1/campuses", "{\"a\":2}".getBytes()));
        assertNotEquals(fingerprint, RequestFingerprint.of("POST", "/api/v1/calls", "{\"a\":1}".getBytes()));
        assertNotEquals(fingerprint, RequestFingerprint.of("PUT", "/api/v1/campuses", "{\"a\":1}".getBytes()));
        assertNotEquals(fingerprint, RequestFingerprint.of("POST", "/api/v1/campuses?x=1", "{\"a\":1}".getBytes()));
    }
}
