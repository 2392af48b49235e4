package fr.cmq.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.common.reference.SourceKind;
import fr.cmq.testing.KnownCampuses;
import fr.cmq.testing.RealInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static fr.cmq.monitoring.MonitoringTestSupport.national;
import static fr.cmq.monitoring.MonitoringTestSupport.reader;
import static fr.cmq.monitoring.MonitoringTestSupport.refused;
import static fr.cmq.monitoring.MonitoringTestSupport.regional;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The source of profiles and partners (issue 13), over real HTTP, PostgreSQL and Kafka. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class FactSourceTest {

    static final String SOURCE = "\"source\": ";

    @Inject
    CampusDirectory directory;

    static String profile(String source) {
        return ProfileTest.TOULOUSE_PROFILE.substring(0, ProfileTest.TOULOUSE_PROFILE.lastIndexOf('}'))
                + (source == null ? "" : ", " + SOURCE + source) + "}";
    }

    static String partner(String source) {
        return PartnerTest.AIRBUS.substring(0, PartnerTest.AIRBUS.lastIndexOf('}'))
                + (source == null ? "" : ", " + SOURCE + source) + "}";
    }

    @Test
    void aProfileWithoutSourceIsDeclaredByTheRegionAndItsEventsSaySo() throws Exception {
        UUID campus = KnownCampuses.register(directory, "Source déclarée (test)", "76");
        regional("76").body(profile(null)).when().put("/api/v1/campuses/" + campus + "/profile").then()
                .statusCode(201).body("source.kind", equalTo("DECLARED")).body("source.role", equalTo("REGIONAL"))
                .body("source.regionCode", equalTo("76")).body("source.reference", nullValue());
        reader().when().get("/api/v1/campuses/" + campus + "/profile").then().body("source.kind", equalTo("DECLARED"));
        List<JsonNode> events = MonitoringTestSupport.events(campus, 2); // LegalFormChanged, ProfileChanged
        for (JsonNode event : events) {
            assertEquals("DECLARED", event.get("source").get("kind").asText(), event.toString());
            assertEquals("REGIONAL", event.get("source").get("role").asText());
            assertEquals("76", event.get("source").get("regionCode").asText());
        }
    }

    @Test
    void anExampleCampusTakesExamplePartnersCarriedByTheEvent() throws Exception {
        UUID campus = KnownCampuses.register(directory, "Campus d'exemple (test)", "76", SourceKind.EXAMPLE);
        national().body(partner("{\"kind\": \"EXAMPLE\", \"reference\": \"examples/toulouse-example.sh\"}"))
                .when().post("/api/v1/campuses/" + campus + "/partners").then().statusCode(201)
                .body("source.kind", equalTo("EXAMPLE"))
                .body("source.reference", equalTo("examples/toulouse-example.sh"));
        JsonNode event = MonitoringTestSupport.events(campus, 1).get(0);
        assertEquals("PartnerAdded", event.get("type").asText());
        assertEquals("EXAMPLE", event.get("source").get("kind").asText());
        assertEquals("examples/toulouse-example.sh", event.get("source").get("reference").asText());
        // without a source, a fact of a demonstration campus takes its kind; a declared one is refused
        regional("76").body(profile(null)).when().put("/api/v1/campuses/" + campus + "/profile").then()
                .statusCode(201).body("source.kind", equalTo("EXAMPLE"));
        refused(national().body(partner("{\"kind\": \"DECLARED\"}").replace("Airbus", "Réel"))
                .when().post("/api/v1/campuses/" + campus + "/partners"), 409, "source.kind");
    }

    @Test
    void exampleDataOnACampusThatIsNotAnExampleIsAConflictAndNothingIsStored() throws Exception {
        UUID campus = KnownCampuses.register(directory, "Campus réel (test)", "76");
        refused(regional("76").body(profile("{\"kind\": \"EXAMPLE\", \"reference\": \"demo\"}"))
                .when().put("/api/v1/campuses/" + campus + "/profile"), 409, "source.kind");
        refused(national().body(partner("{\"kind\": \"SYNTHETIC\"}"))
                .when().post("/api/v1/campuses/" + campus + "/partners"), 409, "source.kind");
        reader().when().get("/api/v1/campuses/" + campus + "/profile").then().statusCode(404);
        reader().when().get("/api/v1/campuses/" + campus + "/partners").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void report2017IsForTheNationalMissionWithItsReference() throws Exception {
        UUID campus = KnownCampuses.register(directory, "Campus du rapport (test)", "76");
        String path = "/api/v1/campuses/" + campus + "/partners";
        regional("76").body(partner("{\"kind\": \"REPORT_2017\", \"reference\": \"[112]\"}")).when().post(path)
                .then().statusCode(403).contentType(MonitoringTestSupport.PROBLEM);
        refused(national().body(partner("{\"kind\": \"REPORT_2017\"}")).when().post(path), 400, "source.reference");
        refused(national().body(partner("{\"kind\": \"IMPORTED\"}")).when().post(path), 400, "source.kind");
        national().body(partner("{\"kind\": \"REPORT_2017\", \"reference\": \"[112]\"}")).when().post(path)
                .then().statusCode(201).body("source.kind", equalTo("REPORT_2017"))
                .body("source.reference", equalTo("[112]"));
    }

    @Test
    void importedPartnersCarryTheirFile() throws Exception {
        UUID campus = KnownCampuses.register(directory, "Campus importé (test)", "76");
        String line = "{\"record\":\"partner\",\"campusId\":\"" + campus + "\",\"partnerId\":\"" + UUID.randomUUID()
                + "\"," + PartnerTest.AIRBUS.strip().substring(1).replace("\n", " ") + "\n";
        given().auth().oauth2(fr.cmq.testing.TestTokens.regional("76")).contentType("application/x-ndjson")
                .queryParam("fileName", "partenaires.ndjson").body(line.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/imports/regions/76/monitoring").then().statusCode(200)
                .body("created", equalTo(1));
        reader().when().get("/api/v1/campuses/" + campus + "/partners").then().statusCode(200)
                .body("items[0].source.kind", equalTo("IMPORTED"))
                .body("items[0].source.fileName", equalTo("partenaires.ndjson"))
                .body("items[0].source.importedOn", equalTo(LocalDate.now(ZoneId.of("Europe/Paris")).toString()));
        assertEquals("IMPORTED", MonitoringTestSupport.events(campus, 1).get(0).get("source").get("kind").asText());
    }

    @Test
    void steeringFactsCarryTheirSourceToo() throws Exception {
        UUID campus = KnownCampuses.register(directory, "Campus piloté (test)", "84");
        String target = "/api/v1/campuses/" + campus + "/indicators/MOBILITY_RATE/targets/2017";
        regional("84").body("{\"value\": 12.5}").when().put(target).then().statusCode(201)
                .body("source.kind", equalTo("DECLARED")).body("source.regionCode", equalTo("84"));
        refused(regional("84").header("If-Match", "\"1\"")
                .body("{\"value\": 13.0, \"source\": {\"kind\": \"EXAMPLE\"}}").when().put(target), 409, "source.kind");
        national().body("{\"title\": \"Forum des métiers\", \"theme\": \"COMMUNICATION\", \"status\": \"PLANNED\", "
                        + "\"source\": {\"kind\": \"REPORT_2017\", \"reference\": \"Annexe 3\"}}")
                .when().post("/api/v1/campuses/" + campus + "/action-plans/2017/actions").then().statusCode(201)
                .body("source.kind", equalTo("REPORT_2017")).body("source.reference", equalTo("Annexe 3"));
        List<JsonNode> events = MonitoringTestSupport.events(campus, 2);
        assertEquals(2, events.size(), "no event for the refused target");
        assertEquals("DECLARED", events.get(0).get("source").get("kind").asText());
        assertEquals("REPORT_2017", events.get(1).get("source").get("kind").asText());
    }
}
