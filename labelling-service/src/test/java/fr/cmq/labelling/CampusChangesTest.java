package fr.cmq.labelling;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Changing a campus: merge-patch with If-Match, renamings kept as aliases, the audit trail. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class CampusChangesTest {

    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    @Test
    void renamingKeepsTheIdAndTheFormerNameAndTheCommunicationNameIsSearchable() throws Exception {
        String id = Api.registerCampus("Aéronautique (test PACA)", "93", "AIX-MARSEILLE");
        given().auth().oauth2(TestTokens.national()).contentType(MERGE_PATCH).header("If-Match", Api.etag(id))
                .body("{\"communicationNames\": [\"campus Henri Fabre (test)\"]}")
                .when().patch("/api/v1/campuses/" + id).then().statusCode(200)
                .header("ETag", "\"2\"").body("communicationNames", equalTo(List.of("campus Henri Fabre (test)")));
        given().auth().oauth2(TestTokens.reader()).queryParam("q", "henri fabre (TEST")
                .when().get("/api/v1/campuses").then().statusCode(200).body("items.id", hasItem(id));

        given().auth().oauth2(TestTokens.national()).contentType(MERGE_PATCH).header("If-Match", "\"2\"")
                .body("{\"designation\": \"Industries de l'aéronautique (test PACA)\", \"academyCodes\": [\"AIX-MARSEILLE\", \"NICE\"]}")
                .when().patch("/api/v1/campuses/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("formerDesignations", equalTo(List.of("Aéronautique (test PACA)")))
                .body("academyCodes", equalTo(List.of("AIX-MARSEILLE", "NICE")));
        given().auth().oauth2(TestTokens.reader()).queryParam("q", "aeronautique (test paca")
                .when().get("/api/v1/campuses").then().statusCode(200).body("items.id", hasItem(id));

        List<JsonNode> events = Api.events(id, 3);
        assertEquals("CampusUpdated", events.get(2).get("type").asText());
        assertEquals("Industries de l'aéronautique (test PACA)", events.get(2).at("/data/designation").asText());
        assertEquals(3, events.get(2).get("version").asLong());

        given().auth().oauth2(TestTokens.national()).when().get("/api/v1/campuses/" + id + "/history")
                .then().statusCode(200).body("eventType", equalTo(List.of("CampusRegistered", "CampusUpdated", "CampusUpdated")))
                .body("actor", hasItems("test-national"));
        for (String other : List.of(TestTokens.reader(), TestTokens.regional("93"), TestTokens.regional("76"))) {
            given().auth().oauth2(other).when().get("/api/v1/campuses/" + id + "/history")
                    .then().statusCode(200)
                    .body("eventType", equalTo(List.of("CampusRegistered", "CampusUpdated", "CampusUpdated")))
                    .body("findAll { it.containsKey('actor') }", org.hamcrest.Matchers.empty()); // national only
        }
    }

    @Test
    void writesNeedACurrentIfMatchAndValidFields() {
        String id = Api.registerCampus("If-Match (test)", "76", "TOULOUSE");
        patch(id, null, "{\"designation\": \"X\"}").statusCode(428).contentType("application/problem+json");
        patch(id, "\"7\"", "{\"designation\": \"X\"}").statusCode(412).contentType("application/problem+json");
        patch(id, "\"1\"", "{\"colour\": \"blue\"}").statusCode(400).body("errors[0].field", equalTo("colour"));
        patch(id, "\"1\"", "{\"regionCode\": \"84\"}").statusCode(422).body("errors[0].field", equalTo("academyCodes"));
        patch(id, "\"1\"", "{\"academyCodes\": [\"NOWHERE\"]}").statusCode(400).body("errors[0].field", equalTo("academyCodes[0]"));
        patch(id, "\"1\"", "{\"designation\": null}").statusCode(400).body("errors[0].field", equalTo("designation"));
        patch(id, "\"1\"", "{\"designation\": ").statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.regional("84")).contentType(MERGE_PATCH).header("If-Match", "\"1\"")
                .body("{\"designation\": \"X\"}").when().patch("/api/v1/campuses/" + id).then().statusCode(403);
        given().auth().oauth2(TestTokens.regional("76")).contentType(MERGE_PATCH).header("If-Match", "\"1\"")
                .body("{\"regionCode\": \"84\", \"academyCodes\": [\"LYON\"]}")
                .when().patch("/api/v1/campuses/" + id).then().statusCode(403);
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/campuses/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("designation", equalTo("If-Match (test)"));
        given().auth().oauth2(TestTokens.reader()).header("If-None-Match", "\"1\"").when().get("/api/v1/campuses/" + id)
                .then().statusCode(304);
        patch(id, "\"1\"", "{\"designation\": \"If-Match (test, renamed)\"}").statusCode(200);
        patch(id, "\"1\"", "{\"designation\": \"Lost update\"}").statusCode(412);
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/campuses/" + id)
                .then().statusCode(200).body("designation", equalTo("If-Match (test, renamed)"));
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpointEnumAndError() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.keySet()", hasItems("/api/v1/campuses", "/api/v1/campuses/{campusId}",
                        "/api/v1/campuses/{campusId}/history", "/api/v1/campuses/{campusId}/applications",
                        "/api/v1/campuses/{campusId}/label", "/api/v1/campuses/{campusId}/label/withdrawal",
                        "/api/v1/applications/{applicationId}", "/api/v1/applications/{applicationId}/opinion",
                        "/api/v1/applications/{applicationId}/decision", "/api/v1/labels/renewals-due",
                        "/api/v1/calls", "/api/v1/calls/{code}", "/api/v1/reference/regions",
                        "/api/v1/reference/academies", "/api/v1/reference/sector-families"))
                .body("components.schemas.LabelStatus.enum", hasItems("IN_PROGRESS", "LABELLED", "RENEWAL_DUE",
                        "EXPIRED", "WITHDRAWN", "REFUSED", "NOT_RECORDED"))
                .body("components.schemas.OpinionOutcome.enum", hasItems("FAVOURABLE", "UNFAVOURABLE",
                        "FAVOURABLE_WITH_COMPLEMENTS"))
                .body("components.schemas.ApplicationPart.enum", hasItem("CREFOP_PRESENTATION"))
                .body("components.schemas.Problem.properties.keySet()", hasItems("type", "title", "status", "detail", "errors"))
                .body("paths.'/api/v1/applications/{applicationId}/decision'.post.responses.keySet()",
                        hasItems("200", "400", "401", "403", "404", "409", "422"))
                .body("paths.'/api/v1/campuses/{campusId}'.patch.responses.keySet()", hasItems("412", "428"));
    }

    private static io.restassured.response.ValidatableResponse patch(String id, String ifMatch, String body) {
        var request = given().auth().oauth2(TestTokens.national()).contentType(MERGE_PATCH).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().patch("/api/v1/campuses/" + id).then();
    }
}
