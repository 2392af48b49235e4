package fr.cmq.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Merging the services' OpenAPI documents into the gateway's: nothing repeated, nothing lost. */
class OpenApiMergeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String GATEWAY = """
            {"openapi":"3.1.0","paths":{"/api/v1/dashboard/campuses/{campusId}":{"get":{"operationId":"dashboardGetCampus",
              "security":[{"SecurityScheme":["reader"]}],
              "responses":{"200":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Share"}}}}}}}},
             "components":{"schemas":{"Share":{"type":"object","properties":{"count":{"type":"integer"}}}},
               "securitySchemes":{"SecurityScheme":{"type":"http","scheme":"bearer"}}},
             "tags":[{"name":"National dashboard"}]}""";
    private static final String LABELLING = """
            {"openapi":"3.1.0","paths":{"/api/v1/campuses/{campusId}":{"get":{"operationId":"getCampus",
              "security":[{"SecurityScheme":["reader"]}],
              "responses":{"200":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Share"}}}}}},
              "patch":{"operationId":"patchCampus"}}},
             "components":{"schemas":{"Share":{"type":"object","properties":{"count":{"type":"integer"}}}},
               "securitySchemes":{"SecurityScheme":{"type":"http","scheme":"bearer"}}},
             "tags":[{"name":"National dashboard"},{"name":"Campuses"}]}""";
    private static final String FUNDING = """
            {"openapi":"3.1.0","paths":{"/api/v1/campuses/{campusId}/budgets":{"get":{"operationId":"getCampus",
              "security":[{"SecurityScheme":["reader"]}],
              "responses":{"200":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Share"}}}}}}},
              "/api/v1/campuses/{campusId}":{"get":{"operationId":"shadowed"},"delete":{"operationId":"getCampus"}}},
             "components":{"schemas":{"Share":{"type":"object","properties":{"percent":{"type":"number"}}}},
               "securitySchemes":{"SecurityScheme":{"type":"http","scheme":"bearer","description":"Funding's"}}}}""";

    private static JsonNode merged() throws Exception {
        return new OpenApiMerge(JSON.readTree(GATEWAY))
                .add(JSON.readTree(LABELLING), "labelling")
                .add(JSON.readTree(FUNDING), "funding")
                .result();
    }

    @Test
    void operationIdsStayUniqueAndPathsKeepEveryMethod() throws Exception {
        JsonNode document = merged();
        List<String> ids = new ArrayList<>();
        document.path("paths").forEach(item -> item.forEach(operation -> ids.add(operation.path("operationId").asText())));
        assertEquals(ids.size(), ids.stream().distinct().count(), ids.toString());
        assertTrue(ids.containsAll(List.of("dashboardGetCampus", "getCampus", "patchCampus", "fundingGetCampus",
                "fundingGetCampus2")), ids.toString());
        JsonNode campus = document.path("paths").path("/api/v1/campuses/{campusId}");
        assertEquals("getCampus", campus.path("get").path("operationId").asText(), "the first document's operation stays");
        assertEquals("fundingGetCampus2", campus.path("delete").path("operationId").asText());
        assertEquals("patchCampus", campus.path("patch").path("operationId").asText());
    }

    @Test
    void aSchemaNameUsedForAnotherShapeIsPrefixedWithItsReferences() throws Exception {
        JsonNode document = merged();
        JsonNode schemas = document.path("components").path("schemas");
        assertTrue(schemas.path("Share").path("properties").has("count"));
        assertTrue(schemas.path("funding_Share").path("properties").has("percent"));
        assertFalse(schemas.has("labelling_Share"), "an identical schema is shared, not copied");
        assertEquals("#/components/schemas/funding_Share", document.at(
                "/paths/~1api~1v1~1campuses~1{campusId}~1budgets/get/responses/200/content/application~1json/schema/$ref")
                .asText());
        assertEquals("#/components/schemas/Share", document.at(
                "/paths/~1api~1v1~1campuses~1{campusId}/get/responses/200/content/application~1json/schema/$ref").asText());
    }

    @Test
    void securitySchemesAreKeptAndRequirementsFollowARenamedOne() throws Exception {
        JsonNode document = merged();
        JsonNode schemes = document.path("components").path("securitySchemes");
        assertEquals("bearer", schemes.path("SecurityScheme").path("scheme").asText());
        assertEquals("Funding's", schemes.path("funding_SecurityScheme").path("description").asText());
        assertTrue(document.at("/paths/~1api~1v1~1campuses~1{campusId}~1budgets/get/security/0").has("funding_SecurityScheme"));
        assertTrue(document.at("/paths/~1api~1v1~1campuses~1{campusId}/get/security/0").has("SecurityScheme"));
        assertEquals(2, document.path("tags").size(), "tags are merged by name");
    }
}
