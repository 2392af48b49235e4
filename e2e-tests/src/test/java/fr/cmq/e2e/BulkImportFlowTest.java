package fr.cmq.e2e;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A regional portal's bulk import through the gateway: campuses, profiles, partners and budgets in one NDJSON or CSV
 * file, split over the three services, and the national table showing the imported rows.
 */
class BulkImportFlowTest extends EndToEndTest {

    private static final int YEAR = LocalDate.now().getYear();
    private static final String PATH = "/api/v1/imports/regions/76";

    static String campus(UUID id, String designation) {
        return "{\"record\":\"campus\",\"campusId\":\"" + id + "\",\"designation\":\"" + designation
                + "\",\"familyCode\":\"MATERIALS\",\"regionCode\":\"76\",\"academyCodes\":[\"TOULOUSE\"]}";
    }

    static String profile(UUID id) {
        return "{\"record\":\"profile\",\"campusId\":\"" + id + "\",\"legalForm\":\"ASSOCIATION\","
                + "\"hasLegalPersonality\":true,\"hasOwnBudget\":true,\"directorPost\":{\"exists\":true,\"fte\":1.0,"
                + "\"vacant\":false,\"missionLetter\":true},\"governance\":{\"steeringCommittee\":true,"
                + "\"managementCommittee\":true,\"workingGroups\":[],\"higherEducationInGovernance\":false}}";
    }

    static String partner(UUID campus, String name, String category) {
        return "{\"record\":\"partner\",\"campusId\":\"" + campus + "\",\"partnerId\":\"" + UUID.randomUUID()
                + "\",\"name\":\"" + name + "\",\"category\":\"" + category + "\",\"sector\":\"PUBLIC\","
                + "\"trainingRole\":\"INITIAL\",\"membershipBasis\":\"CONVENTION\",\"inGovernance\":true}";
    }

    static String budget(UUID campus, long cents) {
        return "{\"record\":\"budget\",\"campusId\":\"" + campus + "\",\"year\":" + YEAR + ",\"kind\":\"FORECAST\","
                + "\"holder\":\"CAMPUS\",\"uses\":[{\"use\":\"ACTIONS\",\"amountCents\":" + cents + "}],"
                + "\"contributions\":[{\"funderName\":\"Région Occitanie\",\"funderType\":\"REGION\",\"amountCents\":"
                + cents + ",\"nature\":\"CASH\",\"modality\":\"EX_ANTE\",\"status\":\"GRANTED\"}]}";
    }

    static Response post(String token, String type, String body) {
        return given().auth().oauth2(token).contentType(type).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post(PATH);
    }

    @Test
    void anNdjsonFileOfARegionReachesTheNationalTableAndAReplayChangesNothing() throws Exception {
        String regional = platform.tokens().regional("e2e-import-occitanie", "76");
        List<UUID> campuses = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        UUID refused = UUID.randomUUID();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < campuses.size(); i++) {
            UUID id = campuses.get(i);
            lines.add(campus(id, "Import e2e " + id));
            lines.add(profile(id));
            lines.add(partner(id, "Lycée " + i, "EPLE_LYCEE"));
            lines.add(partner(id, "Université " + i, "UNIVERSITY"));
            lines.add(budget(id, 1000000L * (i + 1)));
        }
        lines.add(campus(refused, ""));                                     // line 16: no designation
        lines.add(profile(refused));                                        // line 17: its campus is refused
        lines.add("{\"record\":\"budget\",\"campusId\":\"" + campuses.get(0) + "\",\"year\":" + YEAR
                + ",\"kind\":\"EXECUTED\",\"holder\":\"NOBODY\"}");         // line 18
        String file = String.join("\n", lines) + "\n";

        post(regional, "application/x-ndjson", file).then().statusCode(200)
                .body("regionCode", equalTo("76")).body("lines", equalTo(18))
                .body("created", equalTo(15)).body("rejected", equalTo(3))
                .body("results.findAll { it.outcome == 'REJECTED' }.line", contains(16, 17, 18))
                .body("results.find { it.line == 16 }.errors.field", contains("designation"))
                .body("results.find { it.line == 17 }.errors.field", contains("campusId"))
                .body("results.find { it.line == 18 }.errors.field", hasItem("holder"));

        for (int i = 0; i < campuses.size(); i++) {
            UUID id = campuses.get(i);
            JsonPath row = Await.until(Duration.ofSeconds(60), Duration.ofMillis(100),
                    () -> given().auth().oauth2(reader).get("/api/v1/dashboard/campuses/" + id).jsonPath(),
                    read -> read.get("row.forecastBudgetCents") != null
                            && Integer.valueOf(2).equals(read.get("row.activePartners"))
                            && read.get("row.legalForm") != null);
            assertEquals("Import e2e " + id, row.getString("row.designation"));
            assertEquals("ASSOCIATION", row.getString("row.legalForm"));
            assertEquals(1000000 * (i + 1), row.getInt("row.forecastBudgetCents"));
        }
        given().auth().oauth2(reader).queryParam("region", "76").queryParam("q", "Import e2e " + campuses.get(1))
                .get("/api/v1/dashboard/campuses").then().statusCode(200)
                .body("items.campusId", contains(campuses.get(1).toString()));

        // the same file again, as a retry would send it: nothing new
        post(regional, "application/x-ndjson", file).then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(15))
                .body("rejected", equalTo(3));
    }

    @Test
    void aCsvFileWithFlatColumns() throws Exception {
        UUID id = UUID.randomUUID();
        String csv = "record,campusId,designation,familyCode,regionCode,academyCodes,year,kind,holder,uses[0].use,"
                + "uses[0].amountCents,contributions[0].funderName,contributions[0].funderType,"
                + "contributions[0].amountCents,contributions[0].nature,contributions[0].modality,"
                + "contributions[0].status\r\n"
                + "campus," + id + ",\"Import CSV, e2e\",MATERIALS,76,MONTPELLIER|TOULOUSE,,,,,,,,,,,\r\n"
                + "budget," + id + ",,,,," + YEAR + ",FORECAST,CAMPUS,ACTIONS,500000,Région,REGION,500000,CASH,"
                + "EX_ANTE,GRANTED\r\n";
        post(national, "text/csv", csv).then().statusCode(200)
                .body("results.line", contains(2, 3)).body("created", equalTo(2));
        JsonPath row = Await.until(Duration.ofSeconds(60), Duration.ofMillis(100),
                () -> given().auth().oauth2(reader).get("/api/v1/dashboard/campuses/" + id).jsonPath(),
                read -> read.get("row.forecastBudgetCents") != null);
        assertEquals("Import CSV, e2e", row.getString("row.designation"));
        assertEquals(List.of("MONTPELLIER", "TOULOUSE"), row.getList("row.academyCodes"));
        assertEquals(500000, row.getInt("row.forecastBudgetCents"));
    }

    @Test
    void theImportsSourceReachesEveryService() throws Exception {
        // issue 13: ?source=EXAMPLE marks the whole file as example data, in every service it reaches
        UUID example = UUID.randomUUID();
        String file = campus(example, "Import d'exemple e2e " + example) + "\n" + profile(example) + "\n"
                + budget(example, 100000L) + "\n";
        given().auth().oauth2(national).contentType("application/x-ndjson").queryParam("source", "EXAMPLE")
                .queryParam("fileName", "exemple.ndjson").body(file.getBytes(StandardCharsets.UTF_8))
                .when().post(PATH).then().statusCode(200).body("created", equalTo(3));
        given().auth().oauth2(reader).get("/api/v1/campuses/" + example).then().statusCode(200)
                .body("source.kind", equalTo("EXAMPLE")).body("source.reference", equalTo("exemple.ndjson"));
        given().auth().oauth2(reader).get("/api/v1/campuses/" + example + "/profile").then().statusCode(200)
                .body("source.kind", equalTo("EXAMPLE"));
        given().auth().oauth2(reader).get("/api/v1/campuses/" + example + "/budgets/" + YEAR).then().statusCode(200)
                .body("source.kind", equalTo("EXAMPLE"));

        // without ?source=: IMPORTED, with the file's name and the day
        UUID imported = UUID.randomUUID();
        given().auth().oauth2(national).contentType("application/x-ndjson").queryParam("fileName", "occitanie.ndjson")
                .body((campus(imported, "Import e2e " + imported) + "\n").getBytes(StandardCharsets.UTF_8))
                .when().post(PATH).then().statusCode(200).body("created", equalTo(1));
        given().auth().oauth2(reader).get("/api/v1/campuses/" + imported).then().statusCode(200)
                .body("source.kind", equalTo("IMPORTED")).body("source.fileName", equalTo("occitanie.ndjson"));

        // an example file cannot write on a campus that is not an example: its lines are refused, naming source.kind
        given().auth().oauth2(national).contentType("application/x-ndjson").queryParam("source", "EXAMPLE")
                .body((profile(imported) + "\n").getBytes(StandardCharsets.UTF_8))
                .when().post(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("line 1: source.kind"));
        given().auth().oauth2(national).contentType("application/x-ndjson").queryParam("source", "DECLARED")
                .body((campus(UUID.randomUUID(), "X") + "\n").getBytes(StandardCharsets.UTF_8))
                .when().post(PATH).then().statusCode(400).body("errors.field", contains("source"));
    }

    @Test
    void refusalsOfTheWholeFile() {
        String other = platform.tokens().regional("e2e-import-idf", "11");
        post(other, "application/x-ndjson", "{broken").then().statusCode(403);
        post(reader, "application/x-ndjson", "{broken").then().statusCode(403);
        post(national, "application/json", "{}").then().statusCode(415);
        UUID id = UUID.randomUUID();
        post(national, "application/x-ndjson", campus(id, "") + "\n{\"record\":\"lunch\"}\n").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("line 1: designation", "line 2: record"));
        given().auth().oauth2(reader).get("/api/v1/campuses/" + id).then().statusCode(404);
    }
}
