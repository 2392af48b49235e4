package fr.cmq.labelling;

import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The platform's web rules on labelling's endpoints: conditional requests, parameters, strict JSON, CSV. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class WebRulesTest {

    @Test
    void everyReadWithAnEtagAnswers304ToAMatchingIfNoneMatch() {
        String campus = Api.registerCampus("Requêtes conditionnelles (test)", "76", "TOULOUSE");
        for (String path : new String[]{"/api/v1/campuses/" + campus, "/api/v1/campuses/" + campus + "/label"}) {
            read(path, null).statusCode(200).header("ETag", "\"1\"");
            read(path, "\"1\"").statusCode(304).header("ETag", "\"1\"");
            read(path, "W/\"1\"").statusCode(304);
            read(path, "\"7\", W/\"1\"").statusCode(304);
            read(path, "*").statusCode(304);
            read(path, "\"2\"").statusCode(200).header("ETag", "\"1\"");
        }
    }

    @Test
    void everyWriteOnAnExistingCampusNeedsACurrentStrongIfMatch() {
        String campus = Api.registerCampus("If-Match fort (test)", "76", "TOULOUSE");
        patch(campus, null).statusCode(428).contentType("application/problem+json")
                .body("errors[0].field", equalTo("If-Match"));
        patch(campus, "\"2\"").statusCode(412).contentType("application/problem+json");
        patch(campus, "W/\"1\"").statusCode(412);
        patch(campus, "\"5\", \"1\"").statusCode(200).header("ETag", "\"2\"");
        patch(campus, "*").statusCode(200).header("ETag", "\"3\"");
        Map<String, String> withdrawal = Map.of("withdrawnOn", "2018-01-01", "legalActReference", "Arrêté",
                "reason", "Test");
        Api.withdraw(TestTokens.national(), campus, null, withdrawal).statusCode(428);
        Api.withdraw(TestTokens.national(), campus, "\"1\"", withdrawal).statusCode(412);
    }

    @Test
    void parametersAndBodiesAreReadStrictlyNamingTheField() {
        given().auth().oauth2(TestTokens.reader()).queryParam("labelStatus", "SOMETIMES")
                .when().get("/api/v1/campuses").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("labelStatus"));
        given().auth().oauth2(TestTokens.reader()).queryParam("limit", "ten")
                .when().get("/api/v1/campuses").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(TestTokens.reader()).queryParam("format", "xml")
                .when().get("/api/v1/campuses").then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().auth().oauth2(TestTokens.reader()).queryParam("before", "30/06/2027")
                .when().get("/api/v1/labels/renewals-due").then().statusCode(400).body("errors[0].field", equalTo("before"));
        given().auth().oauth2(TestTokens.national()).contentType(ContentType.JSON)
                .body("{\"designation\": 12, \"familyCode\": \"MATERIALS\", \"regionCode\": \"76\", \"academyCodes\": [\"TOULOUSE\"]}")
                .when().post("/api/v1/campuses").then().statusCode(400).body("errors[0].field", equalTo("designation"));
        String application = Api.submit(Api.registerCampus("JSON strict (test)", "76", "TOULOUSE"), "CALL_2016");
        Api.decide(TestTokens.national(), application, Map.of("outcome", "GRANTED", "legalActReference", "Arrêté",
                        "legalActDate", "2017-02-09", "startDate", "2017-02-11", "durationYears", 4.5))
                .statusCode(400).body("errors[0].field", equalTo("durationYears"));
    }

    @Test
    void controlCharactersSurrogatesOversizeAndOtherMediaTypesAre4xxProblemsAndStoreNothing() {
        int before = campusCount();
        for (String field : new String[]{"familyCode", "regionCode", "designation"}) {
            String body = CAMPUS.replace("\"" + field + "\": \"", "\"" + field + "\": \"x\\u0000");
            post(body, "application/json").statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(field))
                    .body("errors[0].message", containsString("control character U+0000"));
        }
        post(CAMPUS.replace("\"designation\": \"", "\"designation\": \"\\ud800"), "application/json")
                .statusCode(400).body("errors[0].field", equalTo("designation"))
                .body("errors[0].message", containsString("lone surrogate"));
        post(CAMPUS.replace("[\"TOULOUSE\"]", "[\"TOULOUSE\\u001b\"]"), "application/json")
                .statusCode(400).body("errors[0].field", equalTo("academyCodes[0]"));
        post(CAMPUS.replace("(test)", "(test)" + "a".repeat(300 * 1024)), "application/json")
                .statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        post(CAMPUS, "text/plain").statusCode(415).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Content-Type"));
        post("", "application/json").statusCode(400).contentType("application/problem+json");
        String application = Api.submit(Api.registerCampus("Entrées strictes (test)", "76", "TOULOUSE"), "CALL_2016");
        Api.decide(TestTokens.national(), application, Map.of("outcome", "GRANTED", "legalActReference", "Arr\u0000êté",
                        "legalActDate", "2017-02-09", "startDate", "2017-02-11", "durationYears", 4))
                .statusCode(400).body("errors[0].field", equalTo("legalActReference"));
        Api.decide(TestTokens.national(), application, Map.of("outcome", "GRANTED", "legalActReference", 42,
                        "legalActDate", "2017-02-09", "startDate", "2017-02-11", "durationYears", 4))
                .statusCode(400).body("errors[0].field", equalTo("legalActReference"));
        Api.decide(TestTokens.national(), application, Map.of("outcome", "GRANTED", "legalActReference", "Arrêté",
                        "legalActDate", 42, "startDate", "2017-02-11", "durationYears", 4))
                .statusCode(400).body("errors[0].field", equalTo("legalActDate"));
        Api.decide(TestTokens.national(), application, Map.of("outcome", "GRANTED", "legalActReference", "Arrêté",
                        "legalActDate", "2017-02-09", "startDate", "2017-02-11", "durationYears", 9223372036854775807L))
                .statusCode(400).body("errors[0].field", equalTo("durationYears"))
                .body("errors[0].message", containsString("out of range"));
        assertEquals(before + 1, campusCount(), "only the valid registration above was stored");
    }

    private static final String CAMPUS = """
            {"designation": "Entrées refusées (test)", "familyCode": "MATERIALS", "regionCode": "76",
             "academyCodes": ["TOULOUSE"]}""";

    private static ValidatableResponse post(String body, String contentType) {
        return given().auth().oauth2(TestTokens.national()).contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/campuses").then();
    }

    private static int campusCount() {
        return given().auth().oauth2(TestTokens.reader()).queryParam("limit", 500).when().get("/api/v1/campuses")
                .then().statusCode(200).extract().jsonPath().getList("items").size();
    }

    @Test
    void theCsvExportGuardsAgainstSpreadsheetFormulas() {
        Api.registerCampus("=HYPERLINK(\"http://example.org\") (test)", "76", "TOULOUSE");
        String csv = given().auth().oauth2(TestTokens.reader()).queryParam("format", "csv").queryParam("region", "76")
                .when().get("/api/v1/campuses").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(
                csv.contains("\"'=HYPERLINK(\"\"http://example.org\"\") (test)\""), csv);
        given().auth().oauth2(TestTokens.reader()).queryParam("q", "hyperlink")
                .when().get("/api/v1/campuses").then().statusCode(200)
                .body("items.designation", hasItem("=HYPERLINK(\"http://example.org\") (test)"));
    }

    private static ValidatableResponse read(String path, String ifNoneMatch) {
        var request = given().auth().oauth2(TestTokens.reader());
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return request.when().get(path).then();
    }

    private static ValidatableResponse patch(String campus, String ifMatch) {
        var request = given().auth().oauth2(TestTokens.national()).contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"communicationNames\": [\"Nom " + System.nanoTime() + "\"]}");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().patch("/api/v1/campuses/" + campus).then();
    }
}
