package fr.cmq.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The national table end to end: the report's Annexe 4 at start, a campus of this test's own filled through the public
 * API, and a gateway that was down while the services were written to. The test's values (lycée, partners, budget,
 * director post's cost) are invented: they go on a campus the test registers, never on one of the 77 reference
 * campuses, whose facts are the report's alone.
 */
class NationalTableFlowTest extends EndToEndTest {

    private static final int YEAR = LocalDate.now().getYear();

    @Test
    void theTableListsTheCampusesOfAnnex4WithWhatIsMissing() throws Exception {
        List<Map<String, Object>> annex = Await.until(Duration.ofSeconds(60), Duration.ofMillis(200),
                () -> given().auth().oauth2(reader).queryParam("limit", 500).get("/api/v1/campuses").jsonPath()
                        .<Map<String, Object>>getList("items").stream().filter(NationalTableFlowTest::ofAnnex4).toList(),
                campuses -> campuses.size() == 77 && allInTheTable(campuses));
        assertEquals(77, annex.size());
        for (Map<String, Object> campus : annex) {
            JsonPath row = given().auth().oauth2(reader).get("/api/v1/dashboard/campuses/" + campus.get("id")).jsonPath();
            assertEquals(campus.get("designation"), row.getString("row.designation"));
            assertEquals(campus.get("regionCode"), row.getString("row.regionCode"));
            assertEquals(campus.get("academyCodes"), row.getList("row.academyCodes"));
            assertTrue(row.getList("row.missing").contains("FORECAST_BUDGET"), campus.get("designation").toString());
        }
    }

    /**
     * Invented values on a campus of the test's own. The shares echo figures of the report, not its campuses: the
     * director post paid 30/25/25/20 like Toulouse's ([112]) and a budget split 20/80 between the region and own
     * resources like the Aérocampus Aquitaine's 2 MEUR and 8 MEUR (Encadré 2), here 20 000 and 80 000 EUR.
     */
    @Test
    void aCampusFilledThroughTheApiShowsInItsRowAndInTheCsv() throws Exception {
        String campus = postCampus(platform.gatewayUrl(), "Campus d'essai e2e (valeurs inventées) " + UUID.randomUUID(),
                "MOBILITY_AERONAUTICS_TRANSPORT", "76", "TOULOUSE").then().statusCode(201).extract().path("id");
        String regional = platform.tokens().regional("e2e-occitanie", "76");
        Await.status(() -> given().auth().oauth2(regional).contentType(ContentType.JSON).body("""
                {"legalForm":"ASSOCIATION","hasLegalPersonality":true,"hasOwnBudget":true,
                 "supportEstablishment":{"name":"Lycée support (test)","uai":"0310044A","type":"LYCEE","role":"CARRIER"},
                 "directorPost":{"exists":true,"fte":1.0,"vacant":false,"missionLetter":true},
                 "governance":{"steeringCommittee":true,"managementCommittee":true,"workingGroups":[],
                               "higherEducationInGovernance":true}}""")
                .put("/api/v1/campuses/" + campus + "/profile").statusCode(), 201);
        for (String partner : List.of(
                "{\"name\":\"Airbus\",\"category\":\"COMPANY\",\"companySize\":\"LARGE\",\"sector\":\"PRIVATE\",\"trainingRole\":\"BOTH\",\"membershipBasis\":\"SIGNED_COMMITMENT\",\"inGovernance\":true}",
                "{\"name\":\"UIMM\",\"category\":\"PROFESSIONAL_BRANCH\",\"sector\":\"PRIVATE\",\"trainingRole\":\"CONTINUING\",\"membershipBasis\":\"CONVENTION\",\"inGovernance\":true}",
                "{\"name\":\"Lycée public\",\"category\":\"EPLE_LYCEE\",\"sector\":\"PUBLIC\",\"trainingRole\":\"INITIAL\",\"membershipBasis\":\"CONVENTION\",\"inGovernance\":true}",
                "{\"name\":\"Université\",\"category\":\"UNIVERSITY\",\"sector\":\"PUBLIC\",\"trainingRole\":\"BOTH\",\"membershipBasis\":\"CONVENTION\",\"inGovernance\":true}",
                "{\"name\":\"Laboratoire\",\"category\":\"RESEARCH_LAB\",\"sector\":\"PUBLIC\",\"trainingRole\":\"NONE\",\"membershipBasis\":\"LETTER_OF_SUPPORT\",\"inGovernance\":false}",
                "{\"name\":\"GRETA\",\"category\":\"GRETA\",\"sector\":\"PUBLIC\",\"trainingRole\":\"CONTINUING\",\"membershipBasis\":\"CONVENTION\",\"inGovernance\":false}")) {
            given().auth().oauth2(regional).contentType(ContentType.JSON).body(partner)
                    .post("/api/v1/campuses/" + campus + "/partners").then().statusCode(201);
        }
        // funding learns the campus from labelling's events too: wait for it as for the profile
        Await.status(() -> given().auth().oauth2(regional).contentType(ContentType.JSON).body("""
                {"totalCostCents":8000000,"shares":[{"funderName":"Airbus","funderType":"COMPANY","percent":30},
                 {"funderName":"Rectorat","funderType":"RECTORAT","percent":25},{"funderName":"Région","funderType":"REGION","percent":25},
                 {"funderName":"UIMM","funderType":"PROFESSIONAL_BRANCH","percent":20}]}""")
                .put("/api/v1/campuses/" + campus + "/director-funding/" + YEAR).statusCode(), 201);
        long written = System.nanoTime();
        given().auth().oauth2(regional).contentType(ContentType.JSON).body("""
                {"holder":"CAMPUS","uses":[{"use":"OPERATIONAL_DIRECTOR","amountCents":8000000}],
                 "contributions":[{"funderName":"Région","funderType":"REGION","amountCents":2000000,"nature":"CASH","modality":"EX_ANTE","status":"GRANTED"},
                 {"funderName":"Ressources propres","funderType":"OWN_RESOURCES","amountCents":8000000,"nature":"CASH","modality":"EX_POST","status":"PLANNED"}]}""")
                .put("/api/v1/campuses/" + campus + "/budgets/" + YEAR).then().statusCode(201);
        JsonPath row = Await.until(Duration.ofSeconds(30), Duration.ofMillis(20),
                () -> given().auth().oauth2(reader).get("/api/v1/dashboard/campuses/" + campus).jsonPath(),
                read -> read.get("row.forecastBudgetCents") != null
                        && Integer.valueOf(6).equals(read.get("row.activePartners")));
        System.out.printf("[e2e] last write to its row in the table: %d ms%n", (System.nanoTime() - written) / 1_000_000);
        assertEquals("ASSOCIATION", row.getString("row.legalForm"));
        assertEquals("LYCEE", row.getString("row.supportEstablishmentType"));
        assertEquals(Map.of("publicInitial", 2, "publicContinuing", 2, "privateInitial", 1, "privateContinuing", 2),
                row.getMap("row.partnerMatrix"));
        // no indicator has a target nor a recent value: the report's « aucune cible » ([172])
        assertEquals(List.of("noAfpa", "noOpca", "noDireccteCorrespondent", "NO_TARGETS", "NO_RECENT_VALUES"),
                row.getList("row.warningFlags"));
        assertEquals(10000000, row.getInt("row.forecastBudgetCents"));
        assertEquals(20.0f, row.getFloat("row.funderShares.find { it.funderType == 'REGION' }.percent"));
        assertEquals(80.0f, row.getFloat("row.funderShares.find { it.funderType == 'OWN_RESOURCES' }.percent"));
        assertEquals(100.0f, row.getFloat("row.nonRectoratPercent"));
        assertEquals(20.0f, row.getFloat("row.exAntePercent"));
        assertEquals(75.0f, row.getFloat("row.directorNonRectoratPercent"));
        assertEquals(List.of(), row.getList("row.missing"));

        String csv = given().auth().oauth2(reader).header("Accept", "text/csv").queryParam("region", "76")
                .get("/api/v1/dashboard/campuses").then().statusCode(200).extract().asString();
        String line = csv.lines().filter(l -> l.startsWith(campus)).findFirst().orElseThrow();
        assertTrue(line.contains(",ASSOCIATION,LYCEE,6,2,2,1,2,noAfpa|noOpca|noDireccteCorrespondent|NO_TARGETS|NO_RECENT_VALUES," + YEAR
                + ",10000000,,20.0,,,,,,,,80.0,,100.0,20.0,true,75.0,,"), line);
    }

    @Test
    void aGatewayThatWasDownCatchesUpWithWhatTheServicesHold() throws Exception {
        platform.service("gateway").stop();
        String designation = "Écrit pendant l'arrêt de la passerelle " + UUID.randomUUID();
        String labelling = platform.service("labelling").url();
        String id;
        try {
            id = postCampus(labelling, designation, "MATERIALS", "44", "NANCY-METZ")
                    .then().statusCode(201).extract().path("id");
            String monitoring = platform.service("monitoring").url();
            Await.status(() -> given().auth().oauth2(national).contentType(ContentType.JSON).body(GIP_PROFILE)
                    .put(monitoring + "/api/v1/campuses/" + id + "/profile").statusCode(), 201);
        } finally {
            platform.service("gateway").start();
            platform.service("gateway").awaitReady(Duration.ofSeconds(120));
        }
        JsonPath row = Await.until(Duration.ofSeconds(60), Duration.ofMillis(100), () -> {
            var response = given().auth().oauth2(reader).get("/api/v1/dashboard/campuses/" + id);
            return response.statusCode() == 200 && "GIP".equals(response.jsonPath().getString("row.legalForm"))
                    ? response.jsonPath() : null;
        }, Objects::nonNull);
        assertTrue(row != null, "the gateway caught up after its restart");
        JsonPath campus = given().auth().oauth2(reader).get("/api/v1/campuses/" + id).jsonPath();
        JsonPath profile = given().auth().oauth2(reader).get("/api/v1/campuses/" + id + "/profile").jsonPath();
        assertEquals(campus.getString("designation"), row.getString("row.designation"));
        assertEquals(campus.getString("regionCode"), row.getString("row.regionCode"));
        assertEquals(campus.getList("academyCodes"), row.getList("row.academyCodes"));
        assertEquals(profile.getString("legalForm"), row.getString("row.legalForm"));
        assertEquals(profile.getBoolean("directorPost.exists"), row.getBoolean("row.directorPost"));
        given().auth().oauth2(reader).queryParam("legalForm", "GIP").get("/api/v1/dashboard/campuses")
                .then().statusCode(200).body("items.find { it.campusId == '" + id + "' }.designation", equalTo(designation));
    }

    /** Whether every one of these campuses has its row in the national table. */
    private static boolean allInTheTable(List<Map<String, Object>> campuses) {
        List<Object> inTable = given().auth().oauth2(reader).queryParam("limit", 500)
                .get("/api/v1/dashboard/campuses").jsonPath().getList("items.campusId");
        return campuses.stream().allMatch(c -> inTable.contains(c.get("id")));
    }

    /** A campus of the register whose source is Annexe 4 of the 2017 report (issue 13: every campus has a source). */
    private static boolean ofAnnex4(Map<String, Object> campus) {
        Object source = campus.get("source");
        return source instanceof Map<?, ?> s && "REPORT_2017".equals(s.get("kind")) && "Annexe 4".equals(s.get("reference"));
    }
}
