package fr.cmq.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.common.time.DrivenClock;
import fr.cmq.events.EventContract;
import fr.cmq.events.monitoring.ActionChange;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static fr.cmq.monitoring.MonitoringTestSupport.PROBLEM;
import static fr.cmq.monitoring.MonitoringTestSupport.national;
import static fr.cmq.monitoring.MonitoringTestSupport.reader;
import static fr.cmq.monitoring.MonitoringTestSupport.refused;
import static fr.cmq.monitoring.MonitoringTestSupport.regional;
import static fr.cmq.monitoring.MonitoringTestSupport.types;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The annual action plan over real HTTP, PostgreSQL and Kafka: actions, the steering committee's scores, the plan's
 * completion (Annexe 3) as the steering indicator's value, the rules and region scoping. Today is 15 March 2018.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class ActionPlanTest {

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

    static String actions(UUID campus, int year) {
        return "/api/v1/campuses/" + campus + "/action-plans/" + year + "/actions";
    }

    static String action(String theme, String partners) {
        return "{\"title\": \"Action " + theme + "\", \"theme\": \"" + theme + "\", \"partnerIds\": " + partners
                + ", \"plannedBudgetCents\": 250000, \"status\": \"DONE\"}";
    }

    static String score(int score, String date) {
        return "{\"score\": " + score + ", \"committeeDate\": \"" + date + "\"}";
    }

    /** The acceptance example: four actions scored 25, 50, 100 and 125 read 75 %, the steering value of 2017. */
    @Test
    void fourActionsScored25_50_100And125Read75PercentAndAreTheSteeringValueOfTheYear() throws Exception {
        UUID campus = KnownCampuses.register(directory, "Aéronautique", "84");
        String airbus = national().body(PartnerTest.AIRBUS).when().post("/api/v1/campuses/" + campus + "/partners")
                .then().statusCode(201).extract().path("id");
        List<String> ids = new ArrayList<>();
        for (String theme : List.of("COMMUNICATION", "INTERNATIONAL", "PEDAGOGY", "PARTNERSHIP")) {
            io.restassured.response.Response added = national().body(action(theme, "[\"" + airbus + "\"]"))
                    .when().post(actions(campus, 2017));
            String id = added.then().statusCode(201).header("ETag", "\"1\"")
                    .body("theme", equalTo(theme)).body("partnerIds[0]", equalTo(airbus))
                    .body("score", nullValue()).extract().path("id");
            added.then().header("Location", endsWith("/api/v1/campuses/" + campus + "/action-plans/2017/actions/" + id));
            ids.add(id);
        }
        reader().when().get(actions(campus, 2017) + "/" + ids.get(0)).then().statusCode(200).header("ETag", "\"1\"")
                .body("title", equalTo("Action COMMUNICATION"));
        reader().when().get(actions(campus, 2016) + "/" + ids.get(0)).then().statusCode(404).contentType(PROBLEM);
        int[] scores = {25, 50, 100, 125};
        for (int i = 0; i < 4; i++) {
            national().header("If-Match", "\"1\"").body(score(scores[i], "2017-12-12"))
                    .when().put(actions(campus, 2017) + "/" + ids.get(i) + "/score")
                    .then().statusCode(200).header("ETag", "\"2\"").body("score", equalTo(scores[i]))
                    .body("committeeDate", equalTo("2017-12-12"));
        }

        reader().when().get(actions(campus, 2017)).then().statusCode(200)
                .body("completionPercent", equalTo(75.0f)).body("scoredActions", equalTo(4))
                .body("items.size()", equalTo(4)).body("plannedBudgetCents", equalTo(1000000));
        JsonPath indicators = reader().when().get("/api/v1/campuses/" + campus + "/indicators").then()
                .statusCode(200).extract().jsonPath();
        String steering = "find { it.code == 'ACTION_PLAN_COMPLETION' }.values[0]";
        assertEquals(2017, indicators.getInt(steering + ".year"));
        assertEquals(75.0f, indicators.getFloat(steering + ".value"));
        assertEquals("ACTION_PLAN", indicators.getString(steering + ".source"));
        // the steering value is computed, never declared
        refused(national().body("{\"value\": 80, \"source\": \"DOCUMENT\"}")
                .when().put("/api/v1/campuses/" + campus + "/indicators/ACTION_PLAN_COMPLETION/values/2017"),
                422, "value");
        // its target can be set, and the gap reads against the computed value
        national().body("{\"value\": 90.0}")
                .when().put("/api/v1/campuses/" + campus + "/indicators/ACTION_PLAN_COMPLETION/targets/2017")
                .then().statusCode(201);
        reader().when().get("/api/v1/campuses/" + campus + "/indicators").then().statusCode(200)
                .body("find { it.code == 'ACTION_PLAN_COMPLETION' }.values[0].gapToTarget", equalTo(-15.0f));

        List<JsonNode> events = MonitoringTestSupport.events(campus, 10);
        assertEquals(List.of("PartnerAdded", "ActionAdded", "ActionAdded", "ActionAdded", "ActionAdded", "ActionScored",
                "ActionScored", "ActionScored", "ActionScored", "IndicatorTargetSet"), types(events));
        ActionChange last = EventContract.payload(events.get(8).get("data"), ActionChange.class);
        assertEquals(new BigDecimal("75.0"), last.plan().completionPercent());
        assertEquals(4, last.plan().scoredActions());
        assertEquals(new BigDecimal("75.0"), last.steering().planCompletionPercent());
        assertEquals(1, last.steering().indicatorsWithRecentValue());
        assertEquals(125, last.action().score());
        ActionChange second = EventContract.payload(events.get(6).get("data"), ActionChange.class);
        assertEquals(new BigDecimal("37.5"), second.plan().completionPercent(), "25 and 50 scored so far");
    }

    @Test
    void theRulesOfActionsAndScoresAreProblemsAndNothingIsStored() throws Exception {
        UUID campus = KnownCampuses.register(directory, "Mer", "84");
        UUID other = KnownCampuses.register(directory, "Bois", "84");
        String elsewhere = national().body(PartnerTest.UIMM).when().post("/api/v1/campuses/" + other + "/partners")
                .then().statusCode(201).extract().path("id");
        String lycee = national().body(PartnerTest.LYCEE).when().post("/api/v1/campuses/" + campus + "/partners")
                .then().statusCode(201).extract().path("id");

        refused(national().body(action("COMMUNICATION", "[\"" + elsewhere + "\"]")).when().post(actions(campus, 2017)),
                422, "partnerIds[0]");
        refused(national().body(action("COMMUNICATION", "[\"" + lycee + "\", \"" + lycee + "\"]"))
                .when().post(actions(campus, 2017)), 400, "partnerIds[1]");
        refused(national().body(action("GOVERNANCE", "[]")).when().post(actions(campus, 2017)), 400, "theme");
        refused(national().body(action("MEANS", "[]")).when().post(actions(campus, 2012)), 400, "year");
        refused(national().body("{\"theme\": \"MEANS\", \"status\": \"PLANNED\"}").when().post(actions(campus, 2017)),
                400, "title");

        String id = national().body(action("MEANS", "[]")).when().post(actions(campus, 2017)).then().statusCode(201)
                .extract().path("id");
        String scoring = actions(campus, 2017) + "/" + id + "/score";
        refused(national().header("If-Match", "\"1\"").body(score(60, "2017-12-12")).when().put(scoring), 400,
                "score");
        refused(national().header("If-Match", "\"1\"").body(score(201, "2017-12-12")).when().put(scoring), 400,
                "score");
        refused(national().header("If-Match", "\"1\"").body(score(75, "2018-03-16")).when().put(scoring), 422,
                "committeeDate");
        refused(national().header("If-Match", "\"1\"").body(score(75, "2016-12-31")).when().put(scoring), 422,
                "committeeDate");
        national().body(score(75, "2018-01-20")).when().put(scoring).then().statusCode(428).contentType(PROBLEM);
        national().header("If-Match", "\"3\"").body(score(75, "2018-01-20")).when().put(scoring).then()
                .statusCode(412).contentType(PROBLEM);
        national().header("If-Match", "\"1\"").body(score(75, "2018-01-20"))
                .when().put(actions(campus, 2016) + "/" + id + "/score").then().statusCode(404).contentType(PROBLEM);
        national().header("If-Match", "\"1\"").body(score(75, "2018-01-20"))
                .when().put(actions(campus, 2017) + "/" + UUID.randomUUID() + "/score").then().statusCode(404);

        reader().when().get(actions(campus, 2017)).then().statusCode(200).body("items.size()", equalTo(1))
                .body("items[0].score", nullValue()).body("items[0].version", equalTo(1))
                .body("completionPercent", nullValue());
        // scored once; the same score and date again change nothing
        national().header("If-Match", "\"1\"").body(score(75, "2018-01-20")).when().put(scoring).then()
                .statusCode(200).header("ETag", "\"2\"");
        national().header("If-Match", "\"2\"").body(score(75, "2018-01-20")).when().put(scoring).then()
                .statusCode(200).header("ETag", "\"2\"");
        assertEquals(List.of("PartnerAdded", "ActionAdded", "ActionScored"),
                types(MonitoringTestSupport.events(campus, 3)));
    }

    @Test
    void regionalTokensWriteOnlyTheirRegionsPlansAndReadersNever() throws Exception {
        UUID campus = KnownCampuses.register(directory, "Tourisme pyrénéen", "76");
        String id = regional("76").body(action("CAMPUS_LIFE", "[]")).when().post(actions(campus, 2018))
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.regional("84")).contentType(ContentType.JSON).body("{\"title\": 3}")
                .when().post(actions(campus, 2018)).then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.regional("84")).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(score(50, "2018-03-01")).when().put(actions(campus, 2018) + "/" + id + "/score")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.reader()).contentType(ContentType.JSON).body(action("CAMPUS_LIFE", "[]"))
                .when().post(actions(campus, 2018)).then().statusCode(403);
        regional("84").when().get(actions(campus, 2018)).then().statusCode(200).body("items.size()", equalTo(1));
        assertEquals(List.of("ActionAdded"), types(MonitoringTestSupport.events(campus, 1)));
    }
}
