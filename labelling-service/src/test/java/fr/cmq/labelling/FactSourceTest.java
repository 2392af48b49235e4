package fr.cmq.labelling;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The source of every campus of the register (issue 13), over real HTTP, PostgreSQL and Kafka. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class FactSourceTest extends DrivenClockTest {

    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    static Map<String, Object> campus(String designation, Map<String, Object> source) {
        Map<String, Object> body = new HashMap<>(Map.of("designation", designation,
                "familyCode", "MOBILITY_AERONAUTICS_TRANSPORT", "regionCode", "76", "academyCodes", List.of("TOULOUSE")));
        if (source != null) {
            body.put("source", source);
        }
        return body;
    }

    static io.restassured.response.ValidatableResponse register(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/campuses").then();
    }

    @Test
    void aCampusWithoutSourceIsDeclaredByTheCallersRoleAndRegionAndItsEventSaysSo() {
        String id = register(TestTokens.regional("76"), campus("Source déclarée (test)", null)).statusCode(201)
                .body("source.kind", equalTo("DECLARED")).body("source.role", equalTo("REGIONAL"))
                .body("source.regionCode", equalTo("76")).extract().path("id");
        JsonNode source = Api.events(id, 1).get(0).get("source");
        assertEquals("DECLARED", source.get("kind").asText());
        assertEquals("REGIONAL", source.get("role").asText());
        assertEquals("76", source.get("regionCode").asText());

        String national = register(TestTokens.national(), campus("Source nationale (test)", null)).statusCode(201)
                .body("source.kind", equalTo("DECLARED")).body("source.role", equalTo("NATIONAL"))
                .body("source.regionCode", nullValue()).extract().path("id");
        assertEquals("NATIONAL", Api.events(national, 1).get(0).get("source").get("role").asText());
    }

    @Test
    void anExampleCampusTakesExampleFactsOnlyAndItsEventsCarryTheKind() {
        String id = register(TestTokens.regional("76"), campus("Campus d'exemple (test)",
                Map.of("kind", "EXAMPLE", "reference", "examples/toulouse-example.sh"))).statusCode(201)
                .body("source.kind", equalTo("EXAMPLE")).body("source.reference", equalTo("examples/toulouse-example.sh"))
                .extract().path("id");
        // a change without source takes the campus's own kind
        given().auth().oauth2(TestTokens.regional("76")).contentType(MERGE_PATCH)
                .header("If-Match", "\"1\"").body("{\"communicationNames\": [\"Exemple\"]}")
                .when().patch("/api/v1/campuses/" + id).then().statusCode(200).body("source.kind", equalTo("EXAMPLE"));
        // a declared fact on it is refused, nothing stored
        given().auth().oauth2(TestTokens.regional("76")).contentType(MERGE_PATCH)
                .header("If-Match", "\"2\"").body("{\"designation\": \"Déclaré\", \"source\": {\"kind\": \"DECLARED\"}}")
                .when().patch("/api/v1/campuses/" + id).then().statusCode(409)
                .contentType("application/problem+json").body("errors.field", contains("source.kind"));
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/campuses/" + id).then()
                .body("designation", equalTo("Campus d'exemple (test)")).header("ETag", "\"2\"");

        List<JsonNode> events = Api.events(id, 2);
        for (JsonNode event : events) {
            assertEquals("EXAMPLE", event.get("source").get("kind").asText(), event.toString());
        }
        assertEquals("examples/toulouse-example.sh", events.get(0).get("source").get("reference").asText());
    }

    @Test
    void exampleDataOnACampusThatIsNotAnExampleIsAConflictAndNothingIsStored() {
        String id = register(TestTokens.regional("76"), campus("Campus réel (test)", null)).statusCode(201)
                .extract().path("id");
        given().auth().oauth2(TestTokens.regional("76")).contentType(MERGE_PATCH)
                .header("If-Match", "\"1\"")
                .body("{\"designation\": \"Inventé\", \"source\": {\"kind\": \"EXAMPLE\", \"reference\": \"démo\"}}")
                .when().patch("/api/v1/campuses/" + id).then().statusCode(409)
                .contentType("application/problem+json").body("errors.field", contains("source.kind"));
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/campuses/" + id).then()
                .body("designation", equalTo("Campus réel (test)")).body("source.kind", equalTo("DECLARED"))
                .header("ETag", "\"1\"");
        assertEquals(1, fr.cmq.testing.KafkaEvents.recordsAndAnyMore(fr.cmq.events.Topics.LABELLING,
                UUID.fromString(id), 1).size(), "no event for the refused write");
    }

    @Test
    void report2017IsForTheNationalMissionWithItsReference() {
        register(TestTokens.regional("76"), campus("Rapport par une région (test)",
                Map.of("kind", "REPORT_2017", "reference", "[112]"))).statusCode(403)
                .contentType("application/problem+json");
        register(TestTokens.national(), campus("Rapport sans référence (test)", Map.of("kind", "REPORT_2017")))
                .statusCode(400).body("errors.field", contains("source.reference"));
        register(TestTokens.national(), campus("Importé à la main (test)", Map.of("kind", "IMPORTED")))
                .statusCode(400).body("errors.field", contains("source.kind"));
        register(TestTokens.national(), campus("Sorte inconnue (test)", Map.of("kind", "GUESSED")))
                .statusCode(400).body("errors.field", hasItem("source.kind"));
        register(TestTokens.national(), campus("Rapport (test)", Map.of("kind", "REPORT_2017", "reference", "[112]")))
                .statusCode(201).body("source.kind", equalTo("REPORT_2017")).body("source.reference", equalTo("[112]"))
                .body("source.role", nullValue());
    }

    @Test
    void theAnnex4CampusesAreFactsOfTheReportAndTheKindsAreListed() {
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/campuses/16c5545f-7353-5eeb-a701-9ce25edd3872")
                .then().statusCode(200).body("source.kind", equalTo("REPORT_2017"))
                .body("source.reference", equalTo("Annexe 4"));
        // its events (CampusRegistered of V3, CampusUpdated of V6) were published with that source (V8)
        for (JsonNode event : Api.events("16c5545f-7353-5eeb-a701-9ce25edd3872", 2)) {
            assertEquals("REPORT_2017", event.get("source").get("kind").asText(), event.get("type").asText());
            assertEquals("Annexe 4", event.get("source").get("reference").asText());
        }
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/reference/source-kinds").then().statusCode(200)
                .body("code", contains("REPORT_2017", "DECLARED", "IMPORTED", "EXAMPLE", "SYNTHETIC"))
                .body("label", hasItem("Exemple (fictif)"));
    }

    @Test
    void anImportIsImportedWithItsFileOrDemonstrationDataWhenItSaysSo() {
        UUID imported = UUID.randomUUID();
        UUID synthetic = UUID.randomUUID();
        String line = "{\"record\":\"campus\",\"campusId\":\"%s\",\"designation\":\"%s\",\"familyCode\":\"MATERIALS\","
                + "\"regionCode\":\"76\",\"academyCodes\":[\"TOULOUSE\"]}\n";
        given().auth().oauth2(TestTokens.regional("76")).contentType("application/x-ndjson")
                .queryParam("fileName", "campus-occitanie.ndjson")
                .body(String.format(line, imported, "Importé (test)").getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/imports/regions/76/campuses").then().statusCode(200).body("created", equalTo(1));
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/campuses/" + imported).then()
                .body("source.kind", equalTo("IMPORTED")).body("source.fileName", equalTo("campus-occitanie.ndjson"))
                .body("source.importedOn", equalTo(LocalDate.now(ZoneId.of("Europe/Paris")).toString()));
        assertEquals("campus-occitanie.ndjson", Api.events(imported.toString(), 1).get(0).get("source")
                .get("fileName").asText());

        given().auth().oauth2(TestTokens.regional("76")).contentType("application/x-ndjson")
                .queryParam("source", "SYNTHETIC")
                .body(String.format(line, synthetic, "Synthétique (test)").getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/imports/regions/76/campuses").then().statusCode(200).body("created", equalTo(1));
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/campuses/" + synthetic).then()
                .body("source.kind", equalTo("SYNTHETIC"));
        // the same campus in a real import: its lines are refused (no mixing), the campus stays synthetic
        given().auth().oauth2(TestTokens.regional("76")).contentType("application/x-ndjson").queryParam("report", "always")
                .body(String.format(line, synthetic, "Plus synthétique (test)").getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/imports/regions/76/campuses").then().statusCode(200)
                .body("rejected", equalTo(1)).body("results[0].errors[0].field", equalTo("source.kind"));
        given().auth().oauth2(TestTokens.regional("76")).contentType("application/x-ndjson")
                .queryParam("source", "DECLARED")
                .body(String.format(line, UUID.randomUUID(), "X").getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/imports/regions/76/campuses").then().statusCode(400)
                .body("errors.field", contains("source"));
    }

    @Test
    void theLabelsRecordsOfAnExampleCampusAreExamplesAndItsEventsSaySo() {
        String id = register(TestTokens.national(), campus("Label d'exemple (test)",
                Map.of("kind", "EXAMPLE", "reference", "démo du label"))).statusCode(201).extract().path("id");
        clock.set(LocalDate.of(2017, 3, 1));
        String application = Api.submit(id, "CALL_2016");
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/applications/" + application).then()
                .statusCode(200).body("source.kind", equalTo("EXAMPLE"));
        Api.opinion(TestTokens.national(), application, Map.of("stars", 3, "issuingBody", "NATIONAL_EXPERT_GROUP",
                "issuedOn", "2017-01-10", "source", Map.of("kind", "DECLARED"))).statusCode(409)
                .body("errors.field", contains("source.kind"));
        Api.opinion(TestTokens.national(), application, Map.of("stars", 3, "issuingBody", "NATIONAL_EXPERT_GROUP",
                "issuedOn", "2017-01-10")).statusCode(200).body("opinion.source.kind", equalTo("EXAMPLE"));
        List<JsonNode> events = Api.events(id, 3);
        assertEquals(List.of("CampusRegistered", "ApplicationSubmitted", "OpinionIssued"),
                events.stream().map(e -> e.get("type").asText()).toList());
        for (JsonNode event : events) {
            assertEquals("EXAMPLE", event.get("source").get("kind").asText(), event.get("type").asText());
        }
    }
}
