package fr.cmq.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.common.reference.PartnerCategory;
import fr.cmq.common.time.CmqClock;
import fr.cmq.events.EventContract;
import fr.cmq.events.monitoring.PartnerChange;
import fr.cmq.testing.KnownCampuses;
import fr.cmq.testing.RealInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

import static fr.cmq.monitoring.MonitoringTestSupport.PROBLEM;
import static fr.cmq.monitoring.MonitoringTestSupport.national;
import static fr.cmq.monitoring.MonitoringTestSupport.reader;
import static fr.cmq.monitoring.MonitoringTestSupport.refused;
import static fr.cmq.monitoring.MonitoringTestSupport.refusedNaming;
import static fr.cmq.monitoring.MonitoringTestSupport.regional;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Partners of a campus, their typology and the partner events, over real HTTP, PostgreSQL and Kafka. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class PartnerTest {

    // The report's Toulouse "Aéronautique et spatial" campus ([97], [107], [112], persons list).
    static final String AIRBUS = """
            {"name": "Airbus", "siret": "38347481400100", "category": "COMPANY", "companySize": "LARGE",
             "sector": "PRIVATE", "trainingRole": "CONTINUING", "membershipBasis": "SIGNED_COMMITMENT",
             "inGovernance": true, "workingGroups": ["Formation continue"], "joinedOn": "2014-01-15"}""";
    static final String UIMM = """
            {"name": "UIMM Midi-Pyrénées", "siret": "77557073500040", "category": "PROFESSIONAL_BRANCH",
             "sector": "PRIVATE", "trainingRole": "BOTH", "membershipBasis": "CONVENTION", "inGovernance": true}""";
    static final String LYCEE = """
            {"name": "Lycée Saint-Exupéry", "uai": "0310044A", "category": "EPLE_LYCEE", "sector": "PUBLIC",
             "trainingRole": "INITIAL", "membershipBasis": "CONVENTION", "inGovernance": true}""";
    static final String UNIVERSITY = """
            {"name": "Université Toulouse III", "uai": "0311384L", "category": "UNIVERSITY", "sector": "PUBLIC",
             "trainingRole": "BOTH", "membershipBasis": "SIGNED_COMMITMENT", "inGovernance": true}""";
    static final String LAB = """
            {"name": "Laboratoire de recherche", "category": "RESEARCH_LAB", "sector": "PUBLIC",
             "trainingRole": "NONE", "membershipBasis": "LETTER_OF_SUPPORT", "inGovernance": false}""";
    static final String GRETA = """
            {"name": "GRETA Midi-Pyrénées", "category": "GRETA", "sector": "PUBLIC", "trainingRole": "CONTINUING",
             "membershipBasis": "LISTED_ONLY", "inGovernance": false}""";

    @Inject
    CampusDirectory directory;

    @Inject
    DataSource dataSource;

    /**
     * Checkable by hand. Public: lycée (INITIAL), university (BOTH), lab (NONE), GRETA (CONTINUING).
     * Private: Airbus (CONTINUING), UIMM (BOTH). BOTH counts in both cells, NONE in none, so
     * public-initial = lycée + university = 2; public-continuing = university + GRETA = 2;
     * private-initial = UIMM = 1; private-continuing = Airbus + UIMM = 2; 1 partner without training role.
     * Signed commitments: Airbus and the university, 2 of 6 = 33.3 %. In governance: Airbus, UIMM, lycée,
     * university (an EPLE and an EPSCP: the decree's rule holds). Only Airbus is in a working group.
     * No AFPA, no OPCA, no DIRECCTE.
     */
    /**
     * [45], article D. 335-33 of the code de l'éducation: « Dans sa gouvernance, il comprend au moins un établissement
     * public local d'enseignement du second cycle du second degré et un établissement public à caractère scientifique,
     * culturel et professionnel ». A private engineering school sitting in governance is no EPSCP: the flag stays up
     * until a public higher-education partner sits there.
     */
    @Test
    void aPrivateEngineeringSchoolInGovernanceIsNoEpscp() throws Exception {
        UUID campus = KnownCampuses.register(directory, "Gouvernance [45]", "76");
        add(campus, LYCEE).then().statusCode(201);
        add(campus, """
                {"name": "École d'ingénieurs privée (test)", "category": "ENGINEERING_SCHOOL", "sector": "PRIVATE",
                 "trainingRole": "INITIAL", "membershipBasis": "CONVENTION", "inGovernance": true}""")
                .then().statusCode(201);
        reader().when().get("/api/v1/campuses/" + campus + "/partners/summary").then().statusCode(200)
                .body("higherEducation", equalTo(1))
                .body("flags.noHigherEducation", equalTo(false))
                .body("flags.governanceWithoutEple", equalTo(false))
                .body("flags.governanceWithoutEpscp", equalTo(true));
        add(campus, UNIVERSITY).then().statusCode(201);
        reader().when().get("/api/v1/campuses/" + campus + "/partners/summary").then().statusCode(200)
                .body("flags.governanceWithoutEpscp", equalTo(false));
    }

    @Test
    void toulouseExampleAnswersAHandCheckableTypologyEqualToWhatTheEventCarried() throws Exception {
        UUID campus = KnownCampuses.register(directory, "Aéronautique et spatial", "76");
        regional("76").body(ProfileTest.TOULOUSE_PROFILE).when().put("/api/v1/campuses/" + campus + "/profile")
                .then().statusCode(201).body("legalForm", equalTo("ASSOCIATION"))
                .body("supportEstablishment.name", equalTo("Lycée Saint-Exupéry"));
        for (String partner : List.of(AIRBUS, UIMM, LYCEE, UNIVERSITY, LAB, GRETA)) {
            add(campus, partner).then().statusCode(201);
        }

        Response summary = reader().when().get("/api/v1/campuses/" + campus + "/partners/summary");
        summary.then().statusCode(200).header("ETag", notNullValue())
                .body("campusId", equalTo(campus.toString()))
                .body("totalActive", equalTo(6))
                .body("matrix.publicInitial", equalTo(2))
                .body("matrix.publicContinuing", equalTo(2))
                .body("matrix.privateInitial", equalTo(1))
                .body("matrix.privateContinuing", equalTo(2))
                .body("withoutTrainingRole", equalTo(1))
                .body("byCategory.EPLE_LYCEE", equalTo(1))
                .body("byCategory.GRETA", equalTo(1))
                .body("byCategory.UNIVERSITY", equalTo(1))
                .body("byCategory.RESEARCH_LAB", equalTo(1))
                .body("byCategory.COMPANY", equalTo(1))
                .body("byCategory.PROFESSIONAL_BRANCH", equalTo(1))
                .body("byCategory.size()", equalTo(6))
                .body("higherEducation", equalTo(1))
                .body("smeCompanies", equalTo(0))
                .body("inGovernance", equalTo(4))
                .body("inWorkingGroups", equalTo(1))
                .body("signedCommitments", equalTo(2))
                .body("signedCommitmentPercent", equalTo(33.3f))
                .body("flags.noHigherEducation", equalTo(false))
                .body("flags.noResearchLab", equalTo(false))
                .body("flags.noGreta", equalTo(false))
                .body("flags.noAfpa", equalTo(true))
                .body("flags.noOpca", equalTo(true))
                .body("flags.noDireccteCorrespondent", equalTo(true))
                .body("flags.governanceWithoutEple", equalTo(false))
                .body("flags.governanceWithoutEpscp", equalTo(false));
        reader().header("If-None-Match", summary.header("ETag"))
                .when().get("/api/v1/campuses/" + campus + "/partners/summary").then().statusCode(304);

        List<JsonNode> events = MonitoringTestSupport.events(campus, 8);
        assertEquals(List.of("LegalFormChanged", "ProfileChanged", "PartnerAdded", "PartnerAdded", "PartnerAdded",
                "PartnerAdded", "PartnerAdded", "PartnerAdded"), MonitoringTestSupport.types(events));
        JsonNode last = events.get(7);
        ObjectNode served = (ObjectNode) EventContract.objectMapper().readTree(summary.asString());
        served.remove("campusId"); // the envelope carries the campus
        assertEquals(served, last.at("/data/summary"), "the summary served is the one the last event carried");
        assertEquals("GRETA Midi-Pyrénées", last.at("/data/partner/name").asText());
        // The data is the contract's record (platform-events), read as a consumer reads it.
        PartnerChange change = EventContract.payload(last.get("data"), PartnerChange.class);
        assertEquals(new BigDecimal("33.3"), change.summary().signedCommitmentPercent());
        assertEquals("PUBLIC", change.partner().sector());
        // Each event carries the counts as they were after its change.
        for (int i = 2; i < 8; i++) {
            assertEquals(i - 1, events.get(i).at("/data/summary/totalActive").asLong());
        }
        assertEquals(true, events.get(2).at("/data/summary/flags/noHigherEducation").asBoolean());
        // Each half of the decree's rule ([45]) is its own flag: after Airbus and UIMM neither an EPLE nor an EPSCP
        // sits in governance; the lycée lifts the EPLE flag only; the university lifts the EPSCP flag.
        assertEquals(true, events.get(3).at("/data/summary/flags/governanceWithoutEple").asBoolean());
        assertEquals(true, events.get(3).at("/data/summary/flags/governanceWithoutEpscp").asBoolean());
        assertEquals(false, events.get(4).at("/data/summary/flags/governanceWithoutEple").asBoolean());
        assertEquals(true, events.get(4).at("/data/summary/flags/governanceWithoutEpscp").asBoolean());
        assertEquals(false, events.get(5).at("/data/summary/flags/governanceWithoutEpscp").asBoolean());

        reader().when().get("/api/v1/campuses/" + campus + "/partners")
                .then().statusCode(200).body("items", hasSize(6)).body("nextCursor", nullValue());
    }

    @Test
    void partnerLifecycleKeepsTheHistoryOfAPartnerThatLeft() throws Exception {
        UUID campus = KnownCampuses.register(directory, "Industrie du futur", "76");
        String partners = "/api/v1/campuses/" + campus + "/partners";
        Response created = add(campus, AIRBUS);
        created.then().statusCode(201).header("ETag", "\"1\"")
                .header("Location", containsString(partners + "/"))
                .body("name", equalTo("Airbus")).body("active", equalTo(true)).body("version", equalTo(1));
        String id = created.path("id");
        String one = partners + "/" + id;

        reader().when().get(one)
                .then().statusCode(200).header("ETag", "\"1\"").body("companySize", equalTo("LARGE"))
                .body("siret", equalTo("38347481400100")).body("workingGroups", hasItem("Formation continue"));
        reader().header("If-None-Match", "\"1\"").when().get(one).then().statusCode(304);

        String sme = AIRBUS.replace("\"LARGE\"", "\"SME\"").replace("\"CONTINUING\"", "\"BOTH\"");
        national().body(sme).when().put(one).then().statusCode(428).contentType(PROBLEM);
        national().header("If-Match", "\"9\"").body(sme).when().put(one).then().statusCode(412);
        national().header("If-Match", "\"1\"").body(sme).when().put(one)
                .then().statusCode(200).header("ETag", "\"2\"").body("companySize", equalTo("SME"));
        national().header("If-Match", "\"2\"").body(sme).when().put(one)
                .then().statusCode(200).header("ETag", "\"2\""); // unchanged: no new version, no event
        reader().when().get(partners + "/summary")
                .then().body("smeCompanies", equalTo(1)).body("matrix.privateInitial", equalTo(1))
                .body("matrix.privateContinuing", equalTo(1));

        refused(national().when().delete(one), 428, "If-Match");
        refused(leave(one, "\"1\"", null), 412, "If-Match");
        refused(leave(one, "\"2\"", "2013-12-31"), 422, "leftOn");
        refused(leave(one, "\"2\"", LocalDate.now(CmqClock.FRANCE).plusDays(2).toString()), 422, "leftOn");
        refused(leave(one, "\"2\"", "yesterday"), 400, "leftOn");
        leave(one, "\"2\"", "2017-06-30").then().statusCode(200).header("ETag", "\"3\"")
                .body("leftOn", equalTo("2017-06-30")).body("active", equalTo(false));
        leave(one, "\"3\"", null).then().statusCode(409).contentType(PROBLEM);
        // The partner is still there, with its history; it is no longer counted.
        reader().when().get(one)
                .then().statusCode(200).body("name", equalTo("Airbus")).body("joinedOn", equalTo("2014-01-15"));
        reader().when().get(partners + "/summary")
                .then().body("totalActive", equalTo(0)).body("signedCommitmentPercent", nullValue())
                .body("flags.noHigherEducation", equalTo(true));
        reader().queryParam("active", "true").when().get(partners).then().body("items", hasSize(0));
        reader().queryParam("active", "false").when().get(partners).then().body("items", hasSize(1));
        // Its departure cannot be erased; the organisation may join again as a new partner.
        national().header("If-Match", "\"3\"").body(sme).when().put(one).then().statusCode(409);
        add(campus, AIRBUS).then().statusCode(201);

        List<JsonNode> events = MonitoringTestSupport.events(campus, 4);
        assertEquals(List.of("PartnerAdded", "PartnerUpdated", "PartnerLeft", "PartnerAdded"),
                MonitoringTestSupport.types(events));
        assertEquals(List.of(1L, 1L, 0L, 1L), events.stream().map(e -> e.at("/data/summary/totalActive").asLong()).toList());
        assertEquals("2017-06-30", events.get(2).at("/data/partner/leftOn").asText());
        assertEquals("test-national", events.get(2).get("actor").asText());
    }

    @Test
    void refusesInvalidPartnersNamingTheFieldAndStoresNothing() throws Exception {
        UUID campus = KnownCampuses.register(directory, "Rules", "76");
        String partners = "/api/v1/campuses/" + campus + "/partners";
        add(campus, AIRBUS).then().statusCode(201);
        add(campus, LYCEE).then().statusCode(201);

        // Unknown codes and fields, malformed identifiers, a company size without a company or missing for one.
        refused(add(campus, AIRBUS.replace("\"COMPANY\"", "\"SHOP\"")), 400, "category");
        refused(add(campus, AIRBUS.replace("\"PRIVATE\"", "\"MIXED\"")), 400, "sector");
        refused(add(campus, AIRBUS.replace("\"CONTINUING\"", "\"LIFELONG\"")), 400, "trainingRole");
        refused(add(campus, AIRBUS.replace("\"SIGNED_COMMITMENT\"", "\"HANDSHAKE\"")), 400, "membershipBasis");
        refused(add(campus, AIRBUS.replace("38347481400100", "38347481400101")), 400, "siret")
                .body("errors[0].message", containsString("Luhn"));
        refused(add(campus, AIRBUS.replace("38347481400100", "3834748140010")), 400, "siret");
        refused(add(campus, LYCEE.replace("0310044A", "0310044")), 400, "uai");
        refused(add(campus, AIRBUS.replace(", \"companySize\": \"LARGE\"", "")), 400, "companySize");
        refused(add(campus, LYCEE.replace("\"inGovernance\"", "\"companySize\": \"SME\", \"inGovernance\"")), 400,
                "companySize");
        refused(add(campus, AIRBUS.replace("\"name\"", "\"colour\": \"blue\", \"name\"")), 400, "colour");
        // Strict JSON: a number for a string, a string for a boolean, a number for a code are refused, naming the field.
        refused(add(campus, AIRBUS.replace("\"Airbus\"", "12")), 400, "name");
        refused(add(campus, AIRBUS.replace("\"inGovernance\": true", "\"inGovernance\": \"true\"")), 400,
                "inGovernance");
        refused(add(campus, AIRBUS.replace("\"COMPANY\"", "12")), 400, "category");
        refusedNaming(add(campus, "{\"name\": \"\"}"), 400, "name", "category", "sector", "trainingRole",
                "membershipBasis");
        // The same identifier twice in one campus.
        refused(add(campus, AIRBUS.replace("\"Airbus\"", "\"Airbus Operations\"")), 409, "siret");
        refused(add(campus, LYCEE), 409, "uai");
        refused(add(campus, GRETA.replace("\"inGovernance\": false",
                "\"inGovernance\": false, \"joinedOn\": \"2016-01-01\", \"leftOn\": \"2015-01-01\"")), 422, "leftOn");
        add(UUID.randomUUID(), AIRBUS).then().statusCode(404).contentType(PROBLEM);
        reader().when().get("/api/v1/campuses/" + UUID.randomUUID() + "/partners/summary").then().statusCode(404);
        reader().when().get(partners + "/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        refused(reader().queryParam("category", "SHOP").when().get(partners), 400, "category");

        // The same identifier is fine in another campus.
        UUID other = KnownCampuses.register(directory, "Other", "76");
        add(other, AIRBUS).then().statusCode(201);

        reader().when().get(partners).then().body("items", hasSize(2));
        List<JsonNode> events = MonitoringTestSupport.events(campus, 2);
        assertEquals(List.of("PartnerAdded", "PartnerAdded"), MonitoringTestSupport.types(events));
    }

    @Test
    void writesAreScopedToTheCallersRegion() throws Exception {
        UUID campus = KnownCampuses.register(directory, "Scoped", "76");
        String partners = "/api/v1/campuses/" + campus + "/partners";
        regional("84").body(LAB).when().post(partners).then().statusCode(403).contentType(PROBLEM)
                .body("detail", startsWith("A regional token of region 84"));
        reader().contentType(ContentType.JSON).body(LAB).when().post(partners).then().statusCode(403)
                .contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(LAB).when().post(partners).then().statusCode(401);
        // Who may write is decided before what is written is validated: an invalid body from another region is 403.
        regional("84").body("{\"name\": \"\"}").when().post(partners).then().statusCode(403).contentType(PROBLEM);
        String id = regional("76").body(LAB).when().post(partners).then().statusCode(201).extract().path("id");
        String one = partners + "/" + id;
        regional("84").header("If-Match", "\"1\"").body(LAB).when().put(one).then().statusCode(403);
        regional("84").header("If-Match", "\"1\"").body("{}").when().put(one).then().statusCode(403);
        reader().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(LAB).when().put(one)
                .then().statusCode(403);
        regional("84").header("If-Match", "\"1\"").when().delete(one).then().statusCode(403);
        reader().header("If-Match", "\"1\"").when().delete(one).then().statusCode(403);
        regional("84").when().get(one).then().statusCode(200).body("active", equalTo(true)).body("version", equalTo(1));
        regional("76").header("If-Match", "\"1\"").when().delete(one).then().statusCode(200)
                .body("active", equalTo(false));
    }

    @Test
    void pagesPartnersWithAnOpaqueCursor() throws Exception {
        UUID campus = KnownCampuses.register(directory, "Paged", "76");
        String partners = "/api/v1/campuses/" + campus + "/partners";
        for (String partner : List.of(LAB, GRETA, UIMM)) {
            add(campus, partner).then().statusCode(201);
        }
        Response first = reader().queryParam("limit", 2).when().get(partners);
        first.then().statusCode(200).body("items", hasSize(2)).body("nextCursor", notNullValue())
                .header("Link", containsString("rel=\"next\""));
        reader().queryParam("limit", 2).queryParam("cursor", (String) first.path("nextCursor")).when().get(partners)
                .then().statusCode(200).body("items", hasSize(1)).body("nextCursor", nullValue());
        refused(reader().queryParam("limit", 501).when().get(partners), 400, "limit");
        reader().queryParam("category", "GRETA").when().get(partners)
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].name", equalTo("GRETA Midi-Pyrénées"));
    }

    @Test
    void servesThePartnerCategoriesWithFrenchLabels() {
        reader().when().get("/api/v1/reference/partner-categories")
                .then().statusCode(200).header("ETag", notNullValue())
                .body("code", equalTo(Arrays.stream(PartnerCategory.values()).map(Enum::name).toList()))
                .body("find { it.code == 'EPLE_LYCEE' }.label",
                        equalTo("Lycée / établissement public local d'enseignement (EPLE)"))
                .body("find { it.code == 'DIRECCTE_DREETS' }.grouping", equalTo("PUBLIC_AUTHORITY"))
                .body("find { it.code == 'UNIVERSITY' }.grouping", equalTo("HIGHER_EDUCATION"));
        given().when().get("/api/v1/reference/partner-categories").then().statusCode(401);
    }

    /** The table partners' categories refer to holds exactly the code list's codes, in its order. */
    @Test
    void thePartnerCategoryTableHoldsTheCodeList() throws Exception {
        List<String> codes = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement()
                     .executeQuery("select code from partner_category order by position")) {
            while (rows.next()) {
                codes.add(rows.getString(1));
            }
        }
        assertEquals(Arrays.stream(PartnerCategory.values()).map(Enum::name).toList(), codes);
    }

    /** POST of {@code body} to the campus's partners by the national role. */
    private static Response add(UUID campus, String body) {
        return national().body(body).when().post("/api/v1/campuses/" + campus + "/partners");
    }

    /** DELETE of a partner by the national role: its departure, on {@code leftOn} if given. */
    private static Response leave(String partner, String ifMatch, String leftOn) {
        RequestSpecification request = national().header("If-Match", ifMatch);
        return (leftOn == null ? request : request.queryParam("leftOn", leftOn)).when().delete(partner);
    }
}
