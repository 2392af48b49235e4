package fr.cmq.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.events.EventContract;
import fr.cmq.events.monitoring.LegalFormTransition;
import fr.cmq.events.monitoring.ProfileState;
import fr.cmq.testing.KnownCampuses;
import fr.cmq.testing.RealInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static fr.cmq.monitoring.MonitoringTestSupport.PROBLEM;
import static fr.cmq.monitoring.MonitoringTestSupport.national;
import static fr.cmq.monitoring.MonitoringTestSupport.reader;
import static fr.cmq.monitoring.MonitoringTestSupport.refused;
import static fr.cmq.monitoring.MonitoringTestSupport.refusedNaming;
import static fr.cmq.monitoring.MonitoringTestSupport.regional;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET/PUT /api/v1/campuses/{id}/profile and its legal-form history, over real HTTP, PostgreSQL and Kafka. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class ProfileTest {

    /** Toulouse "Aéronautique et spatial": an association, yet with a support lycée ([107], persons list). */
    static final String TOULOUSE_PROFILE = """
            {"legalForm": "ASSOCIATION", "legalFormSince": "2014-01-15",
             "hasLegalPersonality": true, "hasOwnBudget": true,
             "supportEstablishment": {"name": "Lycée Saint-Exupéry", "uai": "0310044A", "type": "LYCEE",
                                      "role": "CARRIER"},
             "directorPost": {"exists": true, "fte": 1.0, "vacant": false, "missionLetter": true},
             "governance": {"steeringCommittee": true, "managementCommittee": true,
                            "workingGroups": ["Formation continue", "Orientation"],
                            "higherEducationInGovernance": true}}""";

    static final String SUPPORT_PROFILE = """
            {"legalForm": "SUPPORT_ESTABLISHMENT", "legalFormSince": "2015-09-01",
             "hasLegalPersonality": false, "hasOwnBudget": false,
             "supportEstablishment": {"name": "Lycée des métiers", "uai": "0310001B", "type": "LYCEE",
                                      "role": "CARRIER"},
             "directorPost": {"exists": true, "fte": 0.5, "vacant": true, "missionLetter": false},
             "governance": {"steeringCommittee": true, "managementCommittee": false, "workingGroups": [],
                            "higherEducationInGovernance": false}}""";

    @Inject
    CampusDirectory directory;

    @Test
    void createsReadsAndReplacesTheProfileKeepingTheLegalFormHistory() throws Exception {
        UUID campus = KnownCampuses.register(directory, "Aéronautique et spatial", "76");
        String path = "/api/v1/campuses/" + campus + "/profile";

        reader().when().get(path).then().statusCode(404).contentType(PROBLEM);

        put(path, SUPPORT_PROFILE)
                .then().statusCode(201).header("ETag", "\"1\"")
                .body("legalForm", equalTo("SUPPORT_ESTABLISHMENT"))
                .body("supportEstablishment.type", equalTo("LYCEE"))
                .body("directorPost.fte", equalTo(0.5f));

        reader().when().get(path)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("campusId", equalTo(campus.toString()))
                .body("legalFormSince", equalTo("2015-09-01"))
                .body("hasLegalPersonality", equalTo(false))
                .body("governance.steeringCommittee", equalTo(true))
                .body("directorPost.vacant", equalTo(true));
        reader().header("If-None-Match", "\"1\"").when().get(path).then().statusCode(304);

        // Replacing needs If-Match: missing is 428, stale is 412, and neither changes anything.
        refused(put(path, TOULOUSE_PROFILE), 428, "If-Match");
        national().header("If-Match", "\"7\"").body(TOULOUSE_PROFILE).when().put(path)
                .then().statusCode(412).contentType(PROBLEM);
        reader().when().get(path).then().body("legalForm", equalTo("SUPPORT_ESTABLISHMENT"));

        // The campus becomes an association (still with its support lycée, kept apart from the legal form).
        regional("76").header("If-Match", "\"1\"")
                .body(TOULOUSE_PROFILE.replace("2014-01-15", "2017-01-01")).when().put(path)
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("legalForm", equalTo("ASSOCIATION"))
                .body("supportEstablishment.name", equalTo("Lycée Saint-Exupéry"))
                .body("governance.workingGroups", contains("Formation continue", "Orientation"));

        // A change that keeps the legal form: no new period in the history.
        String lessFte = TOULOUSE_PROFILE.replace("2014-01-15", "2017-01-01").replace("\"fte\": 1.0", "\"fte\": 0.8");
        national().header("If-Match", "\"2\"").body(lessFte).when().put(path)
                .then().statusCode(200).header("ETag", "\"3\"").body("directorPost.fte", equalTo(0.8f));
        // The same body again changes nothing and publishes nothing.
        national().header("If-Match", "\"3\"").body(lessFte).when().put(path)
                .then().statusCode(200).header("ETag", "\"3\"");

        reader().when().get(path + "/history")
                .then().statusCode(200).body("$", hasSize(2))
                .body("[0].legalForm", equalTo("SUPPORT_ESTABLISHMENT"))
                .body("[0].effectiveFrom", equalTo("2015-09-01"))
                .body("[0].effectiveTo", equalTo("2017-01-01"))
                .body("[1].legalForm", equalTo("ASSOCIATION"))
                .body("[1].effectiveFrom", equalTo("2017-01-01"))
                .body("[1].effectiveTo", nullValue())
                .body("[1].recordedBy", nullValue()); // the trail of who wrote is for the national role
        national().when().get(path + "/history")
                .then().statusCode(200).body("recordedBy", contains("test-national", "test-regional-76"));

        List<JsonNode> events = MonitoringTestSupport.events(campus, 5);
        assertEquals(List.of("LegalFormChanged", "ProfileChanged", "LegalFormChanged", "ProfileChanged",
                "ProfileChanged"), MonitoringTestSupport.types(events));
        JsonNode firstForm = events.get(0);
        assertEquals("SUPPORT_ESTABLISHMENT", firstForm.at("/data/legalForm").asText());
        assertTrue(firstForm.at("/data/previousLegalForm").isNull());
        JsonNode secondForm = events.get(2);
        assertEquals("ASSOCIATION", secondForm.at("/data/legalForm").asText());
        assertEquals("SUPPORT_ESTABLISHMENT", secondForm.at("/data/previousLegalForm").asText());
        assertEquals("2017-01-01", secondForm.at("/data/effectiveOn").asText());
        assertEquals("test-regional-76", secondForm.get("actor").asText());
        JsonNode lastProfile = events.get(4);
        assertEquals("ASSOCIATION", lastProfile.at("/data/legalForm").asText());
        assertEquals(0.8, lastProfile.at("/data/directorPost/fte").asDouble());
        assertEquals("Lycée Saint-Exupéry", lastProfile.at("/data/supportEstablishment/name").asText());
        ProfileState state = EventContract.payload(lastProfile.get("data"), ProfileState.class);
        assertEquals(List.of("Formation continue", "Orientation"), state.governance().workingGroups());
        LegalFormTransition transition = EventContract.payload(secondForm.get("data"), LegalFormTransition.class);
        assertEquals(LocalDate.of(2017, 1, 1), transition.effectiveOn());
        for (int i = 0; i < events.size(); i++) {
            assertEquals(i + 1, events.get(i).get("version").asLong());
        }
    }

    @Test
    void gipNeedsItsKindAndTheNewFormCannotPredateTheCurrentOne() throws Exception {
        UUID campus = KnownCampuses.register(directory, "Hôtellerie", "84");
        String path = "/api/v1/campuses/" + campus + "/profile";
        String gip = TOULOUSE_PROFILE.replace("\"ASSOCIATION\"", "\"GIP\"");
        refusedNaming(put(path, gip), 400, "gipKind");
        refusedNaming(put(path, TOULOUSE_PROFILE.replace("\"legalForm\": \"ASSOCIATION\"",
                "\"legalForm\": \"ASSOCIATION\", \"gipKind\": \"OTHER\"")), 400, "gipKind");
        String fcip = gip.replace("\"legalForm\": \"GIP\"", "\"legalForm\": \"GIP\", \"gipKind\": \"ACADEMIC_FCIP\"");
        put(path, fcip).then().statusCode(201).body("gipKind", equalTo("ACADEMIC_FCIP"));

        // Another GIP kind is a change of legal form; dated before the current one it is refused.
        String otherGip = gip.replace("\"legalForm\": \"GIP\"", "\"legalForm\": \"GIP\", \"gipKind\": \"OTHER\"");
        refused(replace(path, otherGip.replace("2014-01-15", "2013-06-01")), 422, "legalFormSince");
        // Keeping the legal form while moving its date is refused too.
        refused(replace(path, fcip.replace("2014-01-15", "2014-02-01")), 422, "legalFormSince");
        replace(path, otherGip.replace("2014-01-15", "2018-03-01")).then().statusCode(200)
                .body("gipKind", equalTo("OTHER"));
        national().when().get(path + "/history")
                .then().statusCode(200).body("gipKind", contains("ACADEMIC_FCIP", "OTHER"))
                .body("effectiveFrom", contains("2014-01-15", "2018-03-01"));
    }

    @Test
    void refusesInvalidProfilesNamingTheFieldAndStoresNothing() throws Exception {
        UUID campus = KnownCampuses.register(directory, "Invalid", "76");
        String path = "/api/v1/campuses/" + campus + "/profile";
        refusedNaming(put(path, TOULOUSE_PROFILE.replace("\"fte\": 1.0", "\"fte\": -1")), 400, "directorPost.fte");
        refusedNaming(put(path, TOULOUSE_PROFILE.replace("\"fte\": 1.0", "\"fte\": 6")), 400, "directorPost.fte");
        refusedNaming(put(path, TOULOUSE_PROFILE.replace("0310044A", "031044A")), 400, "supportEstablishment.uai");
        refusedNaming(put(path, TOULOUSE_PROFILE.replace("0310044A", "03100440")), 400, "supportEstablishment.uai");
        refused(put(path, TOULOUSE_PROFILE.replace("\"ASSOCIATION\"", "\"FOUNDATION\"")), 400, "legalForm")
                .body("detail", startsWith("legalForm: unknown code 'FOUNDATION'"));
        refused(put(path, TOULOUSE_PROFILE.replace("\"LYCEE\"", "\"COLLEGE\"")), 400, "supportEstablishment.type");
        // A director's name is neither asked nor accepted: it would end up in exports.
        refused(put(path, TOULOUSE_PROFILE.replace("\"exists\": true", "\"exists\": true, \"directorName\": \"X\"")),
                400, "directorPost.directorName");
        // The post's details go with the post: required when it exists, refused when it does not.
        refusedNaming(put(path, TOULOUSE_PROFILE.replace(", \"fte\": 1.0, \"vacant\": false, \"missionLetter\": true",
                "")), 400, "directorPost.fte");
        refusedNaming(put(path, TOULOUSE_PROFILE.replace("\"exists\": true", "\"exists\": false")), 400,
                "directorPost.fte");
        refusedNaming(put(path, "{\"legalForm\": \"GIP\"}"), 400, "directorPost", "governance");
        refused(put(path, SUPPORT_PROFILE.replace("\"hasLegalPersonality\": false", "\"hasLegalPersonality\": true")),
                422, "hasLegalPersonality");
        refused(put(path, SUPPORT_PROFILE.replaceAll("\"supportEstablishment\": \\{[^}]*},", "")), 422,
                "supportEstablishment");

        reader().when().get(path).then().statusCode(404);
        // Nothing was stored nor published: the first accepted write creates version 1 and the first events.
        put(path, TOULOUSE_PROFILE).then().statusCode(201).header("ETag", "\"1\"");
        assertOnlyTheFirstWritePublished(campus);
    }

    @Test
    void unknownCampusesAndOtherRegionsAndReadersCannotWrite() throws Exception {
        UUID unknown = UUID.randomUUID();
        put("/api/v1/campuses/" + unknown + "/profile", TOULOUSE_PROFILE).then().statusCode(404).contentType(PROBLEM);
        reader().when().get("/api/v1/campuses/" + unknown + "/profile").then().statusCode(404);
        reader().when().get("/api/v1/campuses/" + unknown + "/profile/history").then().statusCode(404);

        UUID campus = KnownCampuses.register(directory, "Scoped", "76");
        String path = "/api/v1/campuses/" + campus + "/profile";
        regional("84").body(TOULOUSE_PROFILE).when().put(path).then().statusCode(403).contentType(PROBLEM)
                .body("detail", startsWith("A regional token of region 84"));
        // Who may write is decided before what is written is validated: an invalid body from another region is 403.
        regional("84").body("{\"legalForm\": \"GIP\"}").when().put(path).then().statusCode(403).contentType(PROBLEM);
        reader().contentType(ContentType.JSON).body(TOULOUSE_PROFILE).when().put(path)
                .then().statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(TOULOUSE_PROFILE).when().put(path)
                .then().statusCode(401).contentType(PROBLEM);
        reader().when().get(path).then().statusCode(404);
        regional("76").body(TOULOUSE_PROFILE).when().put(path).then().statusCode(201);
        assertOnlyTheFirstWritePublished(campus);
    }

    private static void assertOnlyTheFirstWritePublished(UUID campus) throws Exception {
        List<JsonNode> events = MonitoringTestSupport.events(campus, 2);
        assertEquals(List.of("LegalFormChanged", "ProfileChanged"), MonitoringTestSupport.types(events));
        assertEquals(List.of(1L, 2L), events.stream().map(e -> e.get("version").asLong()).toList());
    }

    /** PUT of {@code body} by the national role, without If-Match (a creation). */
    private static Response put(String path, String body) {
        return national().body(body).when().put(path);
    }

    /** PUT of {@code body} by the national role over version 1. */
    private static Response replace(String path, String body) {
        return national().header("If-Match", "\"1\"").body(body).when().put(path);
    }
}
