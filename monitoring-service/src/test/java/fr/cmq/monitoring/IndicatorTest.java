package fr.cmq.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.common.time.DrivenClock;
import fr.cmq.events.EventContract;
import fr.cmq.events.monitoring.IndicatorValueChange;
import fr.cmq.testing.KnownCampuses;
import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static fr.cmq.monitoring.MonitoringTestSupport.PROBLEM;
import static fr.cmq.monitoring.MonitoringTestSupport.national;
import static fr.cmq.monitoring.MonitoringTestSupport.reader;
import static fr.cmq.monitoring.MonitoringTestSupport.refused;
import static fr.cmq.monitoring.MonitoringTestSupport.regional;
import static fr.cmq.monitoring.MonitoringTestSupport.types;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A campus's indicator targets and values over real HTTP, PostgreSQL and Kafka: rates from their counts, gap to target
 * and trend, the rules (nothing stored), region scoping, CSV and the events with the campus's steering state.
 * Today is 15 March 2018 in France: the last complete year is 2017, years run from 2013 to 2023.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class IndicatorTest {

    static final String SOURCE = "\"source\": \"DOCUMENT\"";

    @Inject
    CampusDirectory directory;
    @Inject
    DrivenClock clock;

    @BeforeEach
    void inMarch2018() {
        clock.set(LocalDate.of(2018, 3, 15));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static String indicator(UUID campus, String code) {
        return "/api/v1/campuses/" + campus + "/indicators/" + code;
    }

    /** The acceptance example: 45 applicants for 30 places reads 150 %, computed, and the event carries it. */
    @Test
    void aRateGivenAs45ApplicantsFor30PlacesReads150PercentAndItsEventCarriesIt() throws Exception {
        UUID campus = KnownCampuses.register(directory, "Aéronautique", "84");
        national().body("{\"numerator\": 45, \"denominator\": 30, \"source\": \"CAMPUS_REPORT\", "
                        + "\"sourceReference\": \"Bilan annuel 2017\"}")
                .when().put(indicator(campus, "PRESSURE_RATE") + "/values/2017")
                .then().statusCode(201).header("ETag", "\"1\"")
                .body("value", equalTo(150.0f)).body("numerator", equalTo(45)).body("denominator", equalTo(30))
                .body("source", equalTo("CAMPUS_REPORT")).body("declaredAt", startsWith(today()))
                .body("declaredBy", equalTo("test-national")).body("target", nullValue());

        JsonPath served = reader().when().get("/api/v1/campuses/" + campus + "/indicators").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(150.0f, served.getFloat("find { it.code == 'PRESSURE_RATE' }.values[0].value"));
        assertNull(served.get("find { it.code == 'PRESSURE_RATE' }.values[0].declaredBy"),
                "who declared it is for the national role only");

        List<JsonNode> events = MonitoringTestSupport.events(campus, 1);
        assertEquals(List.of("IndicatorValueDeclared"), types(events));
        IndicatorValueChange change = EventContract.payload(events.get(0).get("data"), IndicatorValueChange.class);
        assertEquals(new BigDecimal("150.0"), change.value());
        assertEquals(45L, change.numerator());
        assertEquals("PERCENT", change.unit());
        assertEquals(2017, change.steering().lastCompleteYear());
        assertEquals(0, change.steering().indicatorsWithTarget());
        assertEquals(1, change.steering().indicatorsWithRecentValue());
        assertEquals("PRESSURE_RATE", change.steering().headlines().get(0).indicator());
        assertEquals(new BigDecimal("150.0"), change.steering().headlines().get(0).value());
        assertEquals(2017, change.steering().headlines().get(0).year());
    }

    @Test
    void targetsAndValuesReadWithTheirGapAndTrendAndReplacementsNeedIfMatch() throws Exception {
        UUID campus = KnownCampuses.register(directory, "Mécanique connectée", "84");
        String mobility = indicator(campus, "MOBILITY_RATE");
        national().body("{\"value\": 12.5}").when().put(mobility + "/targets/2017")
                .then().statusCode(201).header("ETag", "\"1\"").body("target", equalTo(12.5f))
                .body("year", equalTo(2017)).body("breakdown.establishment", nullValue());
        national().body("{\"value\": 8.0, " + SOURCE + "}").when().put(mobility + "/values/2016")
                .then().statusCode(201);
        national().body("{\"numerator\": 11, \"denominator\": 100, \"source\": \"SURVEY_IVA\"}")
                .when().put(mobility + "/values/2017")
                .then().statusCode(201).body("value", equalTo(11.0f)).body("target", equalTo(12.5f))
                .body("gapToTarget", equalTo(-1.5f)).body("trend", equalTo("UP"));

        // Replacing: If-Match missing 428, stale 412, current 200 with a new version; the same again changes nothing
        refusedStatus(national().body("{\"value\": 13.0}").when().put(mobility + "/targets/2017"), 428);
        refusedStatus(national().header("If-Match", "\"7\"").body("{\"value\": 13.0}")
                .when().put(mobility + "/targets/2017"), 412);
        national().header("If-Match", "\"1\"").body("{\"value\": 13.0}").when().put(mobility + "/targets/2017")
                .then().statusCode(200).header("ETag", "\"2\"").body("target", equalTo(13.0f));
        national().header("If-Match", "\"2\"").body("{\"value\": 13}").when().put(mobility + "/targets/2017")
                .then().statusCode(200).header("ETag", "\"2\"");
        // creating with an If-Match: the target does not exist yet
        refusedStatus(national().header("If-Match", "\"1\"").body("{\"value\": 13.0}")
                .when().put(mobility + "/targets/2018"), 412);

        JsonPath served = national().when().get("/api/v1/campuses/" + campus + "/indicators").then()
                .statusCode(200).extract().jsonPath();
        String values = "find { it.code == 'MOBILITY_RATE' }.values";
        assertEquals(List.of(2016, 2017), served.getList(values + ".year"));
        assertEquals(-2.0f, served.getFloat(values + "[1].gapToTarget"));
        assertEquals("UP", served.getString(values + "[1].trend"));
        assertNull(served.get(values + "[0].trend"));
        assertEquals("test-national", served.getString(values + "[1].declaredBy"));
        assertEquals(1, served.getList("find { it.code == 'MOBILITY_RATE' }.targets").size());
        assertEquals(21, served.getList("").size(), "every indicator of the catalogue");

        List<JsonNode> events = MonitoringTestSupport.events(campus, 4);
        assertEquals(List.of("IndicatorTargetSet", "IndicatorValueDeclared", "IndicatorValueDeclared",
                "IndicatorTargetSet"), types(events), "the unchanged PUT published nothing");
        assertEquals(1, events.get(3).at("/data/steering/indicatorsWithTarget").asInt());
        assertEquals("13.0", events.get(3).at("/data/target").decimalValue().toPlainString());
    }

    @Test
    void breakdownsAreQueryParametersAndTheEmploymentRateNeedsItsHorizon() throws Exception {
        UUID campus = KnownCampuses.register(directory, "Industries de la mer", "84");
        String employment = indicator(campus, "SUSTAINABLE_EMPLOYMENT_RATE");
        national().body("{\"numerator\": 33, \"denominator\": 40, \"source\": \"SURVEY_INSERJEUNES\"}")
                .when().put(employment + "/values/2017?horizon=M6")
                .then().statusCode(201).body("value", equalTo(82.5f)).body("breakdown.horizon", equalTo("M6"));
        national().body("{\"value\": 70.0, " + SOURCE + "}")
                .when().put(employment + "/values/2017?horizon=y2&establishment=0310044A&pathwayStatus=APPRENTICE"
                        + "&level=IV")
                .then().statusCode(201).body("breakdown.horizon", equalTo("Y2"))
                .body("breakdown.establishment", equalTo("0310044A")).body("breakdown.level", equalTo("IV"));
        national().body("{\"value\": 85.0}").when().put(employment + "/targets/2017?horizon=M6")
                .then().statusCode(201);

        JsonPath served = reader().when().get("/api/v1/campuses/" + campus + "/indicators").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, served.getList("find { it.code == 'SUSTAINABLE_EMPLOYMENT_RATE' }.values").size());

        List<JsonNode> events = MonitoringTestSupport.events(campus, 3);
        JsonNode headline = events.get(2).at("/data/steering/headlines/1");
        assertEquals("SUSTAINABLE_EMPLOYMENT_RATE", headline.get("indicator").asText());
        assertEquals("M6", headline.get("horizon").asText());
        assertEquals("82.5", headline.get("value").decimalValue().toPlainString());
        assertEquals("85.0", headline.get("target").decimalValue().toPlainString());
        assertEquals("-2.5", headline.get("gapToTarget").decimalValue().toPlainString());
    }

    @Test
    void everyRuleIsAProblemNamingTheFieldAndNothingIsStored() throws Exception {
        UUID campus = KnownCampuses.register(directory, "Energies campus", "84");
        String body = "{\"value\": 10, " + SOURCE + "}";
        given().auth().oauth2(TestTokens.national()).contentType(ContentType.JSON).body(body)
                .when().put(indicator(campus, "UNKNOWN_RATE") + "/values/2017")
                .then().statusCode(404).contentType(PROBLEM);
        refused(national().body(body).when().put(indicator(campus, "PRESSURE_RATE") + "/values/2017?horizon=M6"),
                400, "horizon");
        refused(national().body(body).when().put(indicator(campus, "LEARNERS") + "/values/2017?level=VI"),
                400, "level");
        refused(national().body(body).when().put(indicator(campus, "LEARNERS") + "/values/2017?establishment=123"),
                400, "establishment");
        refused(national().body(body).when().put(indicator(campus, "SUSTAINABLE_EMPLOYMENT_RATE") + "/values/2017"),
                400, "horizon");
        refused(national().body("{\"value\": 100.1, " + SOURCE + "}")
                .when().put(indicator(campus, "MOBILITY_RATE") + "/values/2017"), 400, "value");
        refused(national().body("{\"value\": -1}").when().put(indicator(campus, "PRESSURE_RATE") + "/targets/2017"),
                400, "value");
        refused(national().body("{\"value\": 12.5, " + SOURCE + "}")
                .when().put(indicator(campus, "MIXED_CLASSES") + "/values/2017"), 400, "value");
        refused(national().body("{\"numerator\": 3, \"denominator\": 0, " + SOURCE + "}")
                .when().put(indicator(campus, "PRESSURE_RATE") + "/values/2017"), 400, "denominator");
        refused(national().body("{\"numerator\": 45, \"denominator\": 30, " + SOURCE + "}")
                .when().put(indicator(campus, "MOBILITY_RATE") + "/values/2017"), 422, "numerator");
        refused(national().body("{\"numerator\": 4, " + SOURCE + "}")
                .when().put(indicator(campus, "MOBILITY_RATE") + "/values/2017"), 400, "denominator");
        refused(national().body("{\"value\": 150.0, \"numerator\": 45, \"denominator\": 30, " + SOURCE + "}")
                .when().put(indicator(campus, "PRESSURE_RATE") + "/values/2017"), 400, "value");
        refused(national().body("{\"numerator\": 4, \"denominator\": 5, " + SOURCE + "}")
                .when().put(indicator(campus, "MIXED_CLASSES") + "/values/2017"), 400, "numerator");
        refused(national().body(body).when().put(indicator(campus, "PRESSURE_RATE") + "/values/2012"), 400, "year");
        refused(national().body(body).when().put(indicator(campus, "PRESSURE_RATE") + "/values/2024"), 400, "year");
        refused(national().body("{\"value\": 10}").when().put(indicator(campus, "PRESSURE_RATE") + "/values/2017"),
                400, "source");
        refused(national().body("{\"value\": 10, \"source\": \"ACTION_PLAN\"}")
                .when().put(indicator(campus, "PRESSURE_RATE") + "/values/2017"), 400, "source");
        refused(national().body(body).when().put(indicator(campus, "ACTION_PLAN_COMPLETION") + "/values/2017"),
                422, "value");
        refused(national().body(body).when().put(indicator(campus, "BUDGET_SHARE_REGION") + "/values/2017"),
                422, "value");
        refused(national().body("{\"value\": 10, \"colour\": 1, " + SOURCE + "}")
                .when().put(indicator(campus, "PRESSURE_RATE") + "/values/2017"), 400, "colour");
        given().auth().oauth2(TestTokens.national()).contentType(ContentType.JSON).body(body)
                .when().put(indicator(UUID.randomUUID(), "PRESSURE_RATE") + "/values/2017")
                .then().statusCode(404).contentType(PROBLEM);

        JsonPath served = reader().when().get("/api/v1/campuses/" + campus + "/indicators").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(), served.getList("values.flatten()"), "nothing stored");
        assertEquals(List.of(), served.getList("targets.flatten()"), "nothing stored");
        // a valid write afterwards is the campus's first event: none of the refused ones published anything
        national().body(body).when().put(indicator(campus, "COMMUNICATION_ACTIONS") + "/values/2017")
                .then().statusCode(201);
        assertEquals(List.of("IndicatorValueDeclared"), types(MonitoringTestSupport.events(campus, 1)));
    }

    @Test
    void regionalTokensWriteOnlyTheirRegionsCampusesAndReadersNever() throws Exception {
        UUID occitanie = KnownCampuses.register(directory, "Aéronautique et spatial", "76");
        String pressure = indicator(occitanie, "PRESSURE_RATE");
        regional("76").body("{\"value\": 120.0}").when().put(pressure + "/targets/2018").then().statusCode(201);
        // another region: 403, decided before the body (even an invalid one) is read
        given().auth().oauth2(TestTokens.regional("84")).contentType(ContentType.JSON).body("{\"value\": \"x\"}")
                .when().put(pressure + "/targets/2019").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.regional("84")).contentType(ContentType.JSON)
                .body("{\"value\": 10, " + SOURCE + "}").when().put(pressure + "/values/2017")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.reader()).contentType(ContentType.JSON)
                .body("{\"value\": 10, " + SOURCE + "}").when().put(pressure + "/values/2017")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"value\": 10}").when().put(pressure + "/targets/2017")
                .then().statusCode(401);
        // every role reads
        regional("84").when().get("/api/v1/campuses/" + occitanie + "/indicators").then().statusCode(200)
                .body("find { it.code == 'PRESSURE_RATE' }.targets.size()", equalTo(1));
        assertEquals(List.of("IndicatorTargetSet"), types(MonitoringTestSupport.events(occitanie, 1)));
    }

    @Test
    void theIndicatorsExportAsCsvWithoutWhoDeclaredThem() throws Exception {
        UUID campus = KnownCampuses.register(directory, "Plasti campus", "84");
        national().body("{\"numerator\": 45, \"denominator\": 30, " + SOURCE + "}")
                .when().put(indicator(campus, "PRESSURE_RATE") + "/values/2017").then().statusCode(201);
        national().body("{\"value\": 160.0}").when().put(indicator(campus, "PRESSURE_RATE") + "/targets/2018")
                .then().statusCode(201);
        String csv = reader().when().get("/api/v1/campuses/" + campus + "/indicators?format=csv").then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals("indicator,label,theme,unit,year,establishment,pathwayStatus,level,horizon,target,value,numerator,"
                + "denominator,gapToTarget,trend,source,sourceReference,declaredAt", lines[0]);
        assertEquals(3, lines.length, "a value of 2017 and a target of 2018");
        assertTrue(lines[1].startsWith("PRESSURE_RATE,Taux de pression,ATTRACTIVENESS,PERCENT,2017,,,,,,150.0,45,30,,,"
                + "DOCUMENT,,"
                + today()), lines[1]);
        assertTrue(lines[2].startsWith("PRESSURE_RATE,Taux de pression,ATTRACTIVENESS,PERCENT,2018,,,,,160.0,,"),
                lines[2]);
        assertTrue(!csv.contains("test-national"), "who declared is never exported");
        given().auth().oauth2(TestTokens.reader()).accept("text/csv")
                .when().get("/api/v1/campuses/" + campus + "/indicators").then().statusCode(200)
                .contentType(containsString("text/csv"));
    }

    /** The date of the driven clock's instant (UTC, as answers write instants): 2018-03-15 but near midnight. */
    private String today() {
        return clock.now().toString().substring(0, 10);
    }

    private static void refusedStatus(io.restassured.response.Response answer, int status) {
        answer.then().statusCode(status).contentType(PROBLEM);
    }
}
