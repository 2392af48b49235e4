package fr.cmq.common.web;

import fr.cmq.common.problem.ProblemException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConditionalRequestsTest {

    private static final String V7 = ETags.of(7);

    @Test
    void ifNoneMatchComparesWeaklyAndAcceptsListsAndStar() {
        assertTrue(ConditionalRequests.notModified("\"7\"", V7));
        assertTrue(ConditionalRequests.notModified("W/\"7\"", V7), "weak comparison ignores W/");
        assertTrue(ConditionalRequests.notModified("\"7\"", "W/\"7\""), "a weak current tag matches too");
        assertTrue(ConditionalRequests.notModified("\"5\", W/\"7\"", V7), "any tag of a list");
        assertTrue(ConditionalRequests.notModified("\"5\",\"7\"", V7), "no space after the comma");
        assertTrue(ConditionalRequests.notModified(" ,\"5\" , \"7\" ,", V7), "empty list elements are skipped");
        assertTrue(ConditionalRequests.notModified("*", V7));
        assertFalse(ConditionalRequests.notModified("\"6\", \"8\"", V7));
        assertFalse(ConditionalRequests.notModified("\"77\"", V7));
        assertFalse(ConditionalRequests.notModified(null, V7));
        assertFalse(ConditionalRequests.notModified("", V7));
    }

    @Test
    void aCommaInsideATagIsPartOfIt() {
        String current = "\"a,b\"";
        assertTrue(ConditionalRequests.notModified("\"x\", \"a,b\"", current));
        assertFalse(ConditionalRequests.notModified("\"a\"", current));
    }

    @Test
    void aMalformedIfNoneMatchIsIgnored() {
        assertFalse(ConditionalRequests.notModified("7", V7), "unquoted");
        assertFalse(ConditionalRequests.notModified("\"7", V7), "unterminated");
        assertFalse(ConditionalRequests.notModified("w/\"7\"", V7), "W/ is case-sensitive");
        assertFalse(ConditionalRequests.notModified("\"7\" \"8\"", V7), "no comma between tags");
        assertFalse(ConditionalRequests.notModified("\"7\", *", V7), "* only alone");
        assertFalse(ConditionalRequests.notModified("\"a b\"", "\"a\""), "no space inside a tag");
    }

    @Test
    void conditionalGetAnswers304WithTheETagAndDoesNotComputeTheBody() {
        AtomicInteger computed = new AtomicInteger();
        Response response = ConditionalRequests.conditionalGet("W/\"7\"", V7, () -> {
            computed.incrementAndGet();
            return "body";
        });
        assertEquals(304, response.getStatus());
        assertEquals(V7, response.getHeaderString(HttpHeaders.ETAG));
        assertNull(response.getEntity());
        assertEquals(0, computed.get());
    }

    @Test
    void conditionalGetAnswers200WithTheBodyAndTheETag() {
        Response response = ConditionalRequests.conditionalGet("\"6\"", V7, () -> "body");
        assertEquals(200, response.getStatus());
        assertEquals("body", response.getEntity());
        assertEquals(V7, response.getHeaderString(HttpHeaders.ETAG));
        Response noHeader = ConditionalRequests.conditionalGet((String) null, V7, () -> "body");
        assertEquals(200, noHeader.getStatus());
    }

    @Test
    void conditionalGetKeepsAResponseTheBodyBuilds() {
        Response response = ConditionalRequests.conditionalGet((String) null, V7,
                () -> Response.ok("a,b\r\n", "text/csv").header("Content-Disposition", "attachment"));
        assertEquals(200, response.getStatus());
        assertEquals(V7, response.getHeaderString(HttpHeaders.ETAG));
        assertEquals("attachment", response.getHeaderString("Content-Disposition"));
        assertEquals(MediaType.valueOf("text/csv"), response.getMediaType());
    }

    @Test
    void aCurrentTagThatIsNotAnEntityTagIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> ConditionalRequests.conditionalGet((String) null, "7", () -> ""));
        assertThrows(IllegalArgumentException.class, () -> ConditionalRequests.requireIfMatch("\"7\"", "7"));
    }

    @Test
    void ifMatchComparesStronglyAndAcceptsListsAndStar() {
        ConditionalRequests.requireIfMatch("\"7\"", V7);
        ConditionalRequests.requireIfMatch("\"5\", \"7\"", V7);
        ConditionalRequests.requireIfMatch("*", V7);
        assertEquals(412, status(() -> ConditionalRequests.requireIfMatch("W/\"7\"", V7)), "a weak tag never matches");
        assertEquals(412, status(() -> ConditionalRequests.requireIfMatch("\"7\"", "W/\"7\"")),
                "nor a weak current tag");
        assertEquals(412, status(() -> ConditionalRequests.requireIfMatch("\"6\", \"8\"", V7)));
    }

    @Test
    void aMissingIfMatchIs428AndAMalformedOne400NamingTheHeader() {
        assertRefusal(428, ifMatch(" "));
        assertEquals(428, status(ifMatch(null)));
        assertRefusal(400, ifMatch("7"));
        assertEquals(400, status(ifMatch("\"7\", *")));
    }

    @Test
    void aStaleIfMatchIs412NamingTheCurrentTag() {
        ProblemException stale = assertRefusal(412, ifMatch("\"6\""));
        assertEquals("stale", stale.errors().get(0).message());
        assertTrue(stale.getMessage().contains(V7));
    }

    @Test
    void onAResourceThatDoesNotExistAnyIfMatchFails() {
        ConditionalRequests.requireIfMatch((String) null, null);
        assertEquals(412, status(() -> ConditionalRequests.requireIfMatch("\"1\"", null)));
        assertEquals(412, status(() -> ConditionalRequests.requireIfMatch("*", null)));
    }

    private static int status(Runnable check) {
        return assertThrows(ProblemException.class, check::run).status();
    }

    /** The If-Match check of a write to the version-7 resource. */
    private static Runnable ifMatch(String header) {
        return () -> ConditionalRequests.requireIfMatch(header, V7);
    }

    /** The check refuses with that status and names the If-Match header as the faulty field. */
    private static ProblemException assertRefusal(int status, Runnable check) {
        ProblemException refusal = assertThrows(ProblemException.class, check::run);
        assertEquals(status, refusal.status());
        assertEquals("If-Match", refusal.errors().get(0).field());
        return refusal;
    }
}
