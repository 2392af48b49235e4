package fr.cmq.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cmq.common.events.EventEnvelope;
import fr.cmq.common.time.CmqClock;
import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The national table as of a date and a campus's history (issue 13, part 3), from events whose occurredAt place them
 * in the past (the services stamp their events with their clock; the gateway keeps what they say): a campus
 * registered three days ago with a forecast budget changed today, another registered today. The funding and
 * monitoring events are published before the register's, so the versions are also right when events arrive late.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
@QuarkusTestResource(StandInServices.class)
class HistoryAndAsOfTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int YEAR = LocalDate.now(CmqClock.FRANCE).getYear();
    static final UUID OLD = UUID.randomUUID();
    static final UUID OLDER = UUID.randomUUID();
    static final UUID NEW = UUID.randomUUID();
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    static final Instant THREE_DAYS_AGO = NOW.minus(Duration.ofDays(3));
    static final String YESTERDAY = LocalDate.now(CmqClock.FRANCE).minusDays(1).toString();
    static final String SEARCH = "historique test";
    static boolean published;

    @BeforeEach
    void publish() throws Exception {
        if (published) {
            return;
        }
        published = true;
        // funding and monitoring first: the register event arrives after them
        send("cmq.funding.events", OLD, "BudgetDeclared", 1, THREE_DAYS_AGO.plusSeconds(120), budget(OLD, 10000000));
        send("cmq.funding.events", OLD, "BudgetUpdated", 2, NOW, budget(OLD, 12000000));
        send("cmq.monitoring.events", OLD, "ProfileChanged", 1, THREE_DAYS_AGO.plusSeconds(60), """
                {"campusId":"%s","legalForm":"ASSOCIATION","supportEstablishment":{"name":"Lycée (test)","type":"LYCEE",
                 "role":"CARRIER"},"directorPost":{"exists":true,"fte":1.0},"version":1}""".formatted(OLD));
        send("cmq.labelling.events", OLD, "CampusRegistered", 1, THREE_DAYS_AGO, register(OLD, "Ancien campus (historique test)"));
        send("cmq.labelling.events", OLDER, "CampusRegistered", 1, THREE_DAYS_AGO,
                register(OLDER, "Autre ancien campus (historique test)"));
        send("cmq.funding.events", OLDER, "BudgetDeclared", 1, THREE_DAYS_AGO.plusSeconds(10), budget(OLDER, 5000000));
        send("cmq.labelling.events", NEW, "CampusRegistered", 1, NOW, register(NEW, "Nouveau campus (historique test)"));
        Events.awaitValue(() -> detail(OLD, null), "row.forecastBudgetCents", "12000000");
        Events.awaitValue(() -> detail(OLD, null), "row.legalForm", "ASSOCIATION");
        Events.awaitValue(() -> detail(NEW, null), "row.designation", "Nouveau campus (historique test)");
        Events.awaitValue(() -> detail(OLDER, null), "row.forecastBudgetCents", "5000000");
    }

    @Test
    void theTableAsOfYesterdayLacksTodaysCampusAndShowsTheBudgetBeforeTodaysChange() {
        JsonPath today = given().auth().oauth2(TestTokens.reader()).queryParam("q", SEARCH)
                .get("/api/v1/dashboard/campuses").then().statusCode(200).extract().jsonPath();
        assertEquals(3, today.getList("items").size());
        given().auth().oauth2(TestTokens.reader()).queryParam("q", SEARCH).queryParam("asOf", YESTERDAY)
                .get("/api/v1/dashboard/campuses").then().statusCode(200)
                .header("ETag", notNullValue()).header("X-Data-Freshness", notNullValue())
                .body("items.campusId", not(hasItem(NEW.toString())))
                .body("items.size()", equalTo(2))
                .body("items.find { it.campusId == '%s' }.forecastBudgetCents".formatted(OLD), equalTo(10000000))
                .body("items.find { it.campusId == '%s' }.legalForm".formatted(OLD), equalTo("ASSOCIATION"))
                // unchanged since: today's row as it is
                .body("items.find { it.campusId == '%s' }.forecastBudgetCents".formatted(OLDER), equalTo(5000000))
                .body("items.find { it.campusId == '%s' }.updatedAt".formatted(OLDER),
                        equalTo(THREE_DAYS_AGO.plusSeconds(10).toString()))
                .body("items.find { it.campusId == '%s' }.updatedAt".formatted(OLD),
                        equalTo(THREE_DAYS_AGO.plusSeconds(120).toString()));
        // as of three days ago, before the profile and the budget: the register only
        given().auth().oauth2(TestTokens.reader()).queryParam("q", SEARCH)
                .queryParam("asOf", THREE_DAYS_AGO.plusSeconds(30).toString())
                .get("/api/v1/dashboard/campuses").then().statusCode(200)
                .body("items.find { it.campusId == '%s' }.legalForm".formatted(OLD), nullValue())
                .body("items.find { it.campusId == '%s' }.missing".formatted(OLD),
                        equalTo(List.of("LEGAL_FORM", "PARTNERS", "FORECAST_BUDGET")))
                .body("items.find { it.campusId == '%s' }.missing".formatted(OLDER), equalTo(List.of("LEGAL_FORM", "PARTNERS")));
        // the CSV, the summary and the detail likewise
        String csv = given().auth().oauth2(TestTokens.reader()).queryParam("q", SEARCH).queryParam("asOf", YESTERDAY)
                .queryParam("format", "csv").get("/api/v1/dashboard/campuses").then().statusCode(200)
                .extract().asString();
        assertEquals(3, csv.strip().split("\n").length, csv);
        given().auth().oauth2(TestTokens.reader()).queryParam("q", SEARCH).queryParam("asOf", YESTERDAY)
                .get("/api/v1/dashboard/summary").then().statusCode(200)
                .body("campuses", equalTo(2)).body("forecastBudgetCents", equalTo(15000000));
        given().auth().oauth2(TestTokens.reader()).queryParam("asOf", YESTERDAY)
                .get("/api/v1/dashboard/campuses/" + OLD).then().statusCode(200)
                .body("row.forecastBudgetCents", equalTo(10000000))
                .body("budgets[0].totalResourcesCents", equalTo(10000000));
        given().auth().oauth2(TestTokens.reader()).queryParam("asOf", YESTERDAY)
                .get("/api/v1/dashboard/campuses/" + NEW).then().statusCode(404);
    }

    @Test
    void aCursorRemembersItsAsOf() {
        JsonPath first = given().auth().oauth2(TestTokens.reader()).queryParam("q", SEARCH).queryParam("asOf", YESTERDAY)
                .queryParam("limit", 1).get("/api/v1/dashboard/campuses").then().statusCode(200).extract().jsonPath();
        String cursor = first.getString("nextCursor");
        given().auth().oauth2(TestTokens.reader()).queryParam("q", SEARCH).queryParam("asOf", YESTERDAY)
                .queryParam("limit", 1).queryParam("cursor", cursor).get("/api/v1/dashboard/campuses")
                .then().statusCode(200).body("items.size()", equalTo(1)).body("nextCursor", nullValue())
                .body("items[0].campusId", not(equalTo(first.getString("items[0].campusId"))));
        given().auth().oauth2(TestTokens.reader()).queryParam("q", SEARCH).queryParam("limit", 1)
                .queryParam("cursor", cursor).get("/api/v1/dashboard/campuses")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().auth().oauth2(TestTokens.reader()).queryParam("q", SEARCH).queryParam("limit", 1)
                .queryParam("asOf", LocalDate.parse(YESTERDAY).minusDays(1).toString())
                .queryParam("cursor", cursor).get("/api/v1/dashboard/campuses")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        String todays = given().auth().oauth2(TestTokens.reader()).queryParam("q", SEARCH).queryParam("limit", 1)
                .get("/api/v1/dashboard/campuses").then().statusCode(200).extract().jsonPath().getString("nextCursor");
        given().auth().oauth2(TestTokens.reader()).queryParam("q", SEARCH).queryParam("limit", 1)
                .queryParam("asOf", YESTERDAY).queryParam("cursor", todays).get("/api/v1/dashboard/campuses")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void anInvalidOrFutureAsOfIsAProblemNamingIt() {
        for (String asOf : List.of("2026-13-01", "hier", LocalDate.now(CmqClock.FRANCE).plusDays(1).toString(),
                Instant.now().plus(Duration.ofHours(2)).toString())) {
            for (String path : List.of("/api/v1/dashboard/campuses", "/api/v1/dashboard/summary",
                    "/api/v1/dashboard/campuses/" + OLD)) {
                given().auth().oauth2(TestTokens.reader()).queryParam("asOf", asOf).get(path).then().statusCode(400)
                        .contentType("application/problem+json").body("errors[0].field", equalTo("asOf"));
            }
        }
    }

    @Test
    void theHistoryListsEachServicesChangesInOrderWithTheActorForNationalCallersOnly() {
        JsonPath national = given().auth().oauth2(TestTokens.national())
                .get("/api/v1/dashboard/campuses/" + OLD + "/history").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("CampusRegistered", "ProfileChanged", "BudgetDeclared", "BudgetUpdated"),
                national.getList("items.eventType"));
        assertEquals(List.of("labelling", "monitoring", "funding", "funding"), national.getList("items.service"));
        assertEquals(List.of("historian", "historian", "historian", "historian"), national.getList("items.actor"));
        assertEquals(Map.of("kind", "DECLARED"), national.getMap("items[0].source"));
        assertEquals(Map.of("field", "legalForm", "newValue", "ASSOCIATION"),
                withoutNulls(national.getMap("items[1].changes.find { it.field == 'legalForm' }")));
        assertEquals(YEAR, national.getInt("items[3].year"));
        assertEquals(Map.of("field", "forecastBudgetCents", "oldValue", 10000000, "newValue", 12000000),
                national.getMap("items[3].changes.find { it.field == 'forecastBudgetCents' }"));
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/dashboard/campuses/" + OLD + "/history")
                .then().statusCode(200).body("items.size()", equalTo(4)).body("items[0]", not(hasKey("actor")))
                .body(not(containsString("historian")));
        given().auth().oauth2(TestTokens.regional("76")).get("/api/v1/dashboard/campuses/" + OLD + "/history")
                .then().statusCode(200).body(not(containsString("historian")));
        // paged
        String cursor = given().auth().oauth2(TestTokens.national()).queryParam("limit", 3)
                .get("/api/v1/dashboard/campuses/" + OLD + "/history").then().statusCode(200)
                .body("items.size()", equalTo(3)).extract().jsonPath().getString("nextCursor");
        given().auth().oauth2(TestTokens.national()).queryParam("limit", 3).queryParam("cursor", cursor)
                .get("/api/v1/dashboard/campuses/" + OLD + "/history").then().statusCode(200)
                .body("items.eventType", equalTo(List.of("BudgetUpdated"))).body("nextCursor", nullValue());
        given().auth().oauth2(TestTokens.national()).get("/api/v1/dashboard/campuses/" + UUID.randomUUID() + "/history")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void thePageShowsTheTableAsOfADateAndTheCampusHistory() {
        String table = given().queryParam("q", SEARCH).queryParam("asOf", YESTERDAY).get("/").then().statusCode(200)
                .extract().asString();
        assertTrue(table.contains("id=\"filtre-situation\" name=\"asOf\""), "the date picker");
        assertTrue(table.contains("value=\"" + YESTERDAY + "\""), "the date picker keeps the date");
        assertTrue(table.contains("Ancien campus (historique test)"));
        assertFalse(table.contains("Nouveau campus (historique test)"), "registered today");
        assertTrue(table.contains("situation au"));
        assertTrue(given().queryParam("q", SEARCH).get("/").asString().contains("Nouveau campus (historique test)"));
        String campus = given().get("/campus/" + OLD).then().statusCode(200).extract().asString();
        assertTrue(campus.contains("<h2 id=\"titre-historique\" class=\"fr-h4\">Historique</h2>"));
        assertTrue(campus.contains("BudgetUpdated"));
        assertTrue(campus.contains("Budget prévisionnel " + YEAR + " : 100"));
        assertTrue(campus.contains("Déclaré"));
        assertFalse(campus.contains("historian"), "no actor on the page");
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> map) {
        map.values().removeIf(v -> v == null);
        return map;
    }

    private static JsonPath detail(UUID campusId, String asOf) {
        var request = given().auth().oauth2(TestTokens.reader());
        if (asOf != null) {
            request = request.queryParam("asOf", asOf);
        }
        return request.get("/api/v1/dashboard/campuses/" + campusId).jsonPath();
    }

    private static void send(String topic, UUID campusId, String type, long version, Instant occurredAt, String json)
            throws Exception {
        Events.publish(topic, new EventEnvelope(UUID.randomUUID(), type, campusId, occurredAt, version, "historian",
                JSON.readTree(json)));
    }

    private static String register(UUID id, String designation) {
        return """
                {"id":"%s","designation":"%s","familyCode":"MATERIALS","regionCode":"76","academyCodes":["TOULOUSE"],
                 "communicationNames":[]}""".formatted(id, designation);
    }

    private static String budget(UUID campusId, long cents) {
        return """
                {"campusId":"%s","year":%d,"kind":"FORECAST","totalResourcesCents":%d,
                 "sharesByFunderType":[{"funderType":"RECTORAT","amountCents":%d,"percent":100.0}],
                 "nonRectoratPercent":0.0}""".formatted(campusId, YEAR, cents, cents);
    }
}
