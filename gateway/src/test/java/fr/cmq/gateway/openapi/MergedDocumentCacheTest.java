package fr.cmq.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cmq.gateway.StandInServices;
import fr.cmq.testing.Eventually;
import fr.cmq.testing.RealInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The merged /openapi is built once per change of the services' documents: requests are answered from memory, a
 * changed document, a service going away and coming back are each one build.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
@QuarkusTestResource(StandInServices.class)
class MergedDocumentCacheTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    PublicApiDocument document;

    /** The echo stand-in of {@link StandInServices}, whose OpenAPI document the test switches. */
    @ConfigProperty(name = "cmq.gateway.services.monitoring.url")
    String monitoring;

    @Test
    void theMergedDocumentIsBuiltOncePerChangeOfTheServicesDocuments() throws Exception {
        standIn("openapi/v1");
        JsonNode first = await("the monitoring document v1", d -> paths(d).has("/api/v1/monitoring/v1"));
        long builds = document.builds();
        int served = served();
        for (int i = 0; i < 20; i++) {
            assertEquals(first, openApi(), "the same document each time");
        }
        assertEquals(builds, document.builds(), "20 requests, no build");
        assertTrue(served() - served < 20, "the service's document is not read on each request");

        standIn("openapi/v2");
        JsonNode second = await("the monitoring document v2", d -> paths(d).has("/api/v1/monitoring/v2"));
        assertTrue(!paths(second).has("/api/v1/monitoring/v1"), "the old document is gone");
        assertEquals(builds + 1, document.builds(), "one build for one change");

        // the service restarting: unreachable for a while (named in the description), then back with the same document
        standIn("openapi/down");
        await("monitoring named unreachable", d -> !paths(d).has("/api/v1/monitoring/v2")
                && d.path("info").path("description").asText().contains("monitoring"));
        standIn("openapi/v2");
        await("the monitoring document back", d -> paths(d).has("/api/v1/monitoring/v2"));
        assertEquals(builds + 3, document.builds(), "one build when it went away, one when it came back");
        for (int i = 0; i < 5; i++) {
            openApi();
        }
        assertEquals(builds + 3, document.builds());

        // as the other tests expect it: the stand-in serves no document
        standIn("openapi/none");
        await("monitoring named unreachable again", d -> !paths(d).has("/api/v1/monitoring/v2"));
    }

    private static JsonNode paths(JsonNode document) {
        return document.path("paths");
    }

    private JsonNode await(String what, Predicate<JsonNode> wanted) throws InterruptedException {
        return Eventually.get(what, () -> {
            JsonNode d = openApi();
            return wanted.test(d) ? Optional.of(d) : Optional.empty();
        });
    }

    private static JsonNode openApi() {
        try {
            return JSON.readTree(given().get("/openapi").then().statusCode(200).extract().asString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void standIn(String action) {
        given().post(monitoring + "/stand-in/" + action).then().statusCode(200);
    }

    private int served() {
        return Integer.parseInt(given().get(monitoring + "/stand-in/openapi-served").asString());
    }
}
