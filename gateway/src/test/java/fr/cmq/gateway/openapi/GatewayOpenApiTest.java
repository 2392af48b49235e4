package fr.cmq.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cmq.events.Topics;
import fr.cmq.gateway.StandInServices;
import fr.cmq.testing.RealInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gateway's own operations in its OpenAPI document: explicit unique operationIds, a summary and a description. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
@QuarkusTestResource(StandInServices.class)
class GatewayOpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyOperationNamesItselfAndSaysWhatItDoes() throws Exception {
        JsonNode document = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").asString());
        Set<String> ids = new HashSet<>();
        List<String> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            JsonNode operation = method.getValue();
            String name = method.getKey().toUpperCase() + " " + path.getKey();
            operations.add(name);
            String id = operation.path("operationId").asText("");
            assertFalse(id.isEmpty(), name + " has no operationId");
            assertTrue(ids.add(id), name + " repeats operationId " + id);
            assertFalse(operation.path("summary").asText("").isBlank(), name + " has no summary");
            assertFalse(operation.path("description").asText("").isBlank(), name + " has no description");
            if (path.getKey().startsWith("/api/v1/dashboard")) {
                assertTrue(id.startsWith("dashboard"), name + ": " + id);
            }
        }));
        assertTrue(operations.contains("GET /api/v1/dashboard/campuses/{campusId}"), operations.toString());
        assertEquals(Set.of("dashboardListCampuses", "dashboardGetCampus", "dashboardSummary", "dashboardChanges",
                "dashboardRebuild", "dashboardCampusHistory", "gatewayOpenApiDocument", "gatewayAsyncApiDocument", "importRegion",
                "openDataCampusesCsv", "openDataCampusesJson", "openDataSchema"), ids);
    }

    /**
     * What the document says about response headers is what the code sends: an ETag on the table and its summary
     * (they take If-None-Match), Link on the table's pages (it takes a cursor), nothing on the others. NationalTableTest
     * checks that they are sent (anUnchangedTableAnswers304ToItsEntityTag, pagingWithCursorsWalksTheTableOnce).
     */
    @Test
    void theDocumentedResponseHeadersAreTheOnesSent() throws Exception {
        JsonNode paths = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").asString()).path("paths");
        assertEquals(Set.of("ETag", "Link", "X-Data-Freshness"),
                headers(paths, "/api/v1/dashboard/campuses", "get", "200"));
        assertEquals(Set.of("ETag"), headers(paths, "/api/v1/dashboard/campuses", "get", "304"));
        assertEquals(Set.of("ETag", "X-Data-Freshness"), headers(paths, "/api/v1/dashboard/summary", "get", "200"));
        assertEquals(Set.of("X-Data-Freshness"), headers(paths, "/api/v1/dashboard/campuses/{campusId}", "get", "200"));
        assertEquals(Set.of(), headers(paths, "/api/v1/dashboard/changes", "get", "200"));
        // sent on a replay under the same Idempotency-Key (NationalTableTest)
        assertEquals(Set.of("Idempotent-Replayed"), headers(paths, "/api/v1/dashboard/rebuild", "post", "202"));
    }

    private static Set<String> headers(JsonNode paths, String path, String method, String status) {
        JsonNode response = paths.path(path).path(method).path("responses").path(status);
        assertFalse(response.isMissingNode(), method + " " + path + " documents no " + status);
        Set<String> names = new HashSet<>();
        response.path("headers").fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theCampusDetailIsDocumentedAsTheContractsRecordsWithoutJacksonInternals() throws Exception {
        String text = given().queryParam("format", "json").get("/q/openapi").asString();
        assertFalse(text.contains("JsonNode"), "a JsonNode schema is documented");
        assertFalse(text.contains("nodeType"), "JsonNode's properties are documented");
        JsonNode detail = JSON.readTree(text).path("components").path("schemas").path("CampusDetail").path("properties");
        assertTrue(detail.path("label").toString().contains("#/components/schemas/LabelState"), detail.toString());
        assertTrue(detail.path("profile").toString().contains("#/components/schemas/ProfileState"), detail.toString());
        assertTrue(detail.path("partnerSummary").toString().contains("#/components/schemas/PartnerTypologyState"));
        assertTrue(detail.path("partners").toString().contains("#/components/schemas/PartnerState"));
        assertTrue(detail.path("budgets").toString().contains("#/components/schemas/BudgetState"));
        assertTrue(detail.path("directorFundings").toString().contains("#/components/schemas/DirectorFundingState"));
    }

    @Test
    void theEventsAreDescribedInAsyncApiNextToOpenApi() throws Exception {
        JsonNode document = JSON.readTree(given().get("/asyncapi").then().statusCode(200)
                .contentType(startsWith("application/json")).extract().asString());
        assertTrue(document.path("asyncapi").asText().startsWith("3."), document.path("asyncapi").asText());
        List<String> addresses = new ArrayList<>();
        document.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));
        assertTrue(addresses.containsAll(Topics.ALL), addresses.toString());
        // the documented 4XX of both documents: an Accept without JSON
        given().accept("text/html").get("/asyncapi").then().statusCode(406).contentType("application/problem+json");
        given().accept("text/html").get("/openapi").then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void thePublicDocumentMergesTheServicesItCanReachAndNamesTheOthers() throws Exception {
        // The stand-in services serve no OpenAPI document: the merged one is the gateway's, and says so.
        JsonNode document = JSON.readTree(given().get("/openapi").then().statusCode(200).extract().asString());
        assertTrue(document.path("paths").has("/api/v1/dashboard/summary"));
        assertTrue(document.path("components").path("securitySchemes").size() > 0, "the bearer scheme is kept");
        String description = document.path("info").path("description").asText();
        assertTrue(description.contains("service unreachable") && description.contains("labelling")
                && description.contains("monitoring") && description.contains("funding"), description);
        assertEquals(document, JSON.readTree(given().get("/openapi").asString()), "the same document each time");
        assertTrue(document.path("servers").get(0).path("url").asText().startsWith("http://"), "servers is not empty");
        assertFalse(document.path("info").path("contact").path("name").asText("").isBlank(), "info.contact");
        assertFalse(document.path("info").path("license").path("name").asText("").isBlank(), "info.license");
        Set<String> declared = new HashSet<>();
        document.path("tags").forEach(tag -> {
            assertFalse(tag.path("description").asText("").isBlank(), "tag without description: " + tag);
            declared.add(tag.path("name").asText());
        });
        document.path("paths").forEach(item -> item.forEach(operation -> operation.path("tags")
                .forEach(tag -> assertTrue(declared.contains(tag.asText()), "undeclared tag " + tag))));
    }
}
