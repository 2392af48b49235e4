package fr.cmq.labelling;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.events.Topics;
import fr.cmq.testing.KafkaEvents;
import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The campus lines of a region's bulk import, over real HTTP, PostgreSQL and Kafka. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class CampusImportTest {

    static final String PATH = "/api/v1/imports/regions/76/campuses";
    static final String NDJSON = "application/x-ndjson";

    static String campus(UUID id, String designation, String region, String academies) {
        return "{\"record\":\"campus\",\"campusId\":\"" + id + "\",\"designation\":\"" + designation
                + "\",\"familyCode\":\"MOBILITY_AERONAUTICS_TRANSPORT\",\"regionCode\":\"" + region
                + "\",\"academyCodes\":" + academies + "}";
    }

    static Response post(String token, String type, String body) {
        return given().auth().oauth2(token).contentType(type).body(body.getBytes(StandardCharsets.UTF_8)).when().post(PATH);
    }

    @Test
    void goodLinesAreStoredWithTheirEventsBadOnesAreReportedAndAReplayChangesNothing() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID missingDesignation = UUID.randomUUID();
        UUID otherRegion = UUID.randomUUID();
        String file = String.join("\n",
                campus(first, "Aéronautique et spatial", "76", "[\"TOULOUSE\"]"),
                campus(second, "Industrie du futur", "76", "[\"MONTPELLIER\",\"TOULOUSE\"]"),
                "{\"record\":\"campus\",\"campusId\":\"" + missingDesignation
                        + "\",\"familyCode\":\"MATERIALS\",\"regionCode\":\"76\",\"academyCodes\":[\"TOULOUSE\"]}",
                "",
                campus(otherRegion, "Ailleurs", "11", "[\"PARIS\"]"),
                "{\"record\":\"campus\",\"campusId\":\"not-an-id\",\"designation\":\"X\"}",
                "not json") + "\n";

        post(TestTokens.regional("76"), NDJSON, file).then().statusCode(200)
                .body("regionCode", equalTo("76")).body("lines", equalTo(6))
                .body("created", equalTo(2)).body("rejected", equalTo(4))
                .body("results.line", contains(1, 2, 3, 5, 6, 7))
                .body("results.outcome", contains("CREATED", "CREATED", "REJECTED", "REJECTED", "REJECTED", "REJECTED"))
                .body("results[0].id", equalTo(first.toString()))
                .body("results[2].errors.field", contains("designation"))
                .body("results[3].errors.field", contains("regionCode"))
                .body("results[4].errors.field", hasItem("campusId"))
                .body("results[5].errors[0].field", equalTo("body"));

        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/campuses/" + second).then().statusCode(200)
                .body("academyCodes", contains("MONTPELLIER", "TOULOUSE"));
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/campuses/" + missingDesignation)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/campuses/" + otherRegion).then().statusCode(404);
        assertEquals("CampusRegistered", Api.events(first.toString(), 1).get(0).get("type").asText());

        // the same file again: nothing written, no event
        post(TestTokens.national(), NDJSON, file).then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(2))
                .body("rejected", equalTo(4));
        // a changed line: the single write's event
        post(TestTokens.national(), NDJSON, campus(first, "Aéronautique, spatial et défense", "76", "[\"TOULOUSE\"]"))
                .then().statusCode(200).body("updated", equalTo(1)).body("results[0].outcome", equalTo("UPDATED"));
        List<JsonNode> events = KafkaEvents.recordsAndAnyMore(Topics.LABELLING, first, 2).stream()
                .map(KafkaEvents::value).toList();
        assertEquals(List.of("CampusRegistered", "CampusUpdated"), events.stream().map(e -> e.get("type").asText()).toList());
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/campuses/" + first).then().statusCode(200)
                .body("formerDesignations", contains("Aéronautique et spatial"));
    }

    @Test
    void csvLinesUseJsonPathColumnsAndBarSeparatedLists() {
        UUID id = UUID.randomUUID();
        String csv = "record,campusId,designation,familyCode,regionCode,academyCodes,communicationNames\r\n"
                + "campus," + id + ",\"Mer, littoral\",MATERIALS,76,MONTPELLIER|TOULOUSE,Campus de la mer\r\n"
                + "campus," + UUID.randomUUID() + ",,MATERIALS,76,TOULOUSE,\r\n";
        post(TestTokens.national(), "text/csv", csv).then().statusCode(200)
                .body("results.line", contains(2, 3)).body("results.outcome", contains("CREATED", "REJECTED"))
                .body("results[1].errors.field", contains("designation"));
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/campuses/" + id).then().statusCode(200)
                .body("designation", equalTo("Mer, littoral"))
                .body("academyCodes", contains("MONTPELLIER", "TOULOUSE"))
                .body("communicationNames", contains("Campus de la mer"));
    }

    @Test
    void anImportWhoseEveryLineIsRefusedAnswers400NamingEachLineAndStoresNothing() {
        UUID id = UUID.randomUUID();
        post(TestTokens.national(), NDJSON, campus(id, "", "76", "[\"TOULOUSE\"]") + "\n"
                + campus(UUID.randomUUID(), "X", "76", "[\"LYON\"]"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("line 1: designation", "line 2: academyCodes"));
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/campuses/" + id).then().statusCode(404);
        // the gateway asks for the report anyway
        given().auth().oauth2(TestTokens.national()).contentType(NDJSON).body(campus(id, "", "76", "[\"TOULOUSE\"]").getBytes(StandardCharsets.UTF_8))
                .when().post(PATH + "?report=always").then().statusCode(200).body("rejected", equalTo(1));
        // a CSV file without its record column is no import
        post(TestTokens.national(), "text/csv", "campusId,designation\r\nx,y\r\n").then().statusCode(400)
                .body("errors[0].field", equalTo("header"));
    }

    @Test
    void theRegionIsDecidedBeforeTheFileIsRead() {
        post(TestTokens.regional("11"), NDJSON, "{broken").then().statusCode(403);
        post(TestTokens.reader(), NDJSON, "{broken").then().statusCode(403);
        given().contentType(NDJSON).body("{broken".getBytes(StandardCharsets.UTF_8)).when().post(PATH).then().statusCode(401);
        post(TestTokens.national(), "application/json", "{}").then().statusCode(415);
    }
}
