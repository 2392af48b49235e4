package fr.cmq.gateway.security;

import fr.cmq.gateway.StandInServices;
import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CORS on real preflights (OPTIONS with Origin and Access-Control-Request-Method), the test profile allowing one
 * portal origin (application.properties, {@code %test.quarkus.http.cors.origins}): answered for it with the API's
 * methods and headers only, never with credentials; refused for any other origin, method or header.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
@QuarkusTestResource(StandInServices.class)
class CorsPreflightTest {

    static final String PORTAL = "https://portail.region-test.fr";

    private static Response preflight(String path, String origin, String method, String headers) {
        var request = given().redirects().follow(false)
                .header("Origin", origin).header("Access-Control-Request-Method", method);
        if (headers != null) {
            request.header("Access-Control-Request-Headers", headers);
        }
        return request.when().options(path);
    }

    private static List<String> list(String header) {
        return header == null ? List.of()
                : Arrays.stream(header.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
    }

    @Test
    void aPreflightOfTheAllowedPortalIsAnsweredWithTheApiMethodsAndHeaders() {
        Response answer = preflight("/api/v1/campuses/4f1e2a9c-0000-4000-8000-000000000001/partners", PORTAL, "POST",
                "authorization,content-type,idempotency-key,if-match");
        System.out.println("[cors] allowed preflight: " + answer.statusCode() + " " + answer.headers().asList());
        assertEquals(200, answer.statusCode());
        assertEquals(PORTAL, answer.header("Access-Control-Allow-Origin"));
        assertTrue(list(answer.header("Access-Control-Allow-Methods")).containsAll(List.of("get", "post", "put",
                "patch", "delete")), answer.header("Access-Control-Allow-Methods"));
        assertTrue(list(answer.header("Access-Control-Allow-Headers")).containsAll(List.of("authorization",
                "content-type", "if-match", "idempotency-key")), answer.header("Access-Control-Allow-Headers"));
        assertNotEquals("true", answer.header("Access-Control-Allow-Credentials"), "never credentials");
        assertTrue(answer.asString().isEmpty(), "a preflight never reaches the service");
    }

    @Test
    void aPreflightOfAnotherOriginGetsNoCorsAnswer() {
        Response answer = preflight("/api/v1/campuses", "https://portail.ailleurs.example", "POST",
                "authorization,content-type");
        System.out.println("[cors] refused preflight: " + answer.statusCode() + " " + answer.headers().asList());
        assertNull(answer.header("Access-Control-Allow-Origin"));
        assertNull(answer.header("Access-Control-Allow-Methods"));
        assertEquals(403, answer.statusCode());
    }

    @Test
    void aPreflightForAMethodOrHeaderTheApiDoesNotUseIsRefused() {
        Response trace = preflight("/api/v1/campuses", PORTAL, "TRACE", null);
        assertTrue(trace.statusCode() == 403 || !list(trace.header("Access-Control-Allow-Methods")).contains("trace"),
                trace.statusCode() + " " + trace.headers().asList());
        Response header = preflight("/api/v1/campuses", PORTAL, "GET", "x-secret-header");
        assertTrue(header.statusCode() == 403
                        || !list(header.header("Access-Control-Allow-Headers")).contains("x-secret-header"),
                header.statusCode() + " " + header.headers().asList());
    }

    @Test
    void anAnswerToThePortalExposesEtagLocationLinkAndReplayWithoutCredentials() {
        Response answer = given().header("Origin", PORTAL).auth().oauth2(TestTokens.reader())
                .when().get("/api/v1/dashboard/summary");
        assertEquals(200, answer.statusCode(), answer.asString());
        assertEquals(PORTAL, answer.header("Access-Control-Allow-Origin"));
        assertTrue(list(answer.header("Access-Control-Expose-Headers")).containsAll(List.of("etag", "location", "link", "idempotent-replayed")),
                answer.header("Access-Control-Expose-Headers"));
        assertNotEquals("true", answer.header("Access-Control-Allow-Credentials"));
    }
}
