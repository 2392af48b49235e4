package fr.cmq.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Steering by results in the national table, across the services (issue 11, point 6): a campus without target
 * carries NO_TARGETS and leaves that filter once monitoring has one (real Kafka between them), and the Annexe 3
 * budget theme the dashboard computes equals the funding service's own Annexe 3 shares of the same budget.
 */
class SteeringDashboardTest extends EndToEndTest {

    /** Guyane: no other test writes budgets there, so the funding summary of the region is this campus's budget. */
    private static final String GUYANE = "03";

    @Test
    void aCampusWithoutTargetLeavesTheNoTargetsFilterOnceOneIsSet() throws Exception {
        String words = "Cibles " + UUID.randomUUID().toString().substring(0, 8);
        String campus = registerCampus(words + " (test e2e)", "MATERIALS", "76", "TOULOUSE");
        List<String> flagged = Await.until(Duration.ofSeconds(30), Duration.ofMillis(100),
                () -> inFilter(words, "NO_TARGETS"), ids -> ids.contains(campus));
        assertEquals(List.of(campus), flagged, "a new campus has no target: it carries NO_TARGETS");

        int lastCompleteYear = LocalDate.now(ZoneId.of("Europe/Paris")).getYear() - 1;
        Await.status(() -> given().auth().oauth2(national).contentType(ContentType.JSON).body("{\"value\": 160.0}")
                .put("/api/v1/campuses/" + campus + "/indicators/PRESSURE_RATE/targets/" + lastCompleteYear)
                .statusCode(), 201);
        long set = System.nanoTime();
        List<String> after = Await.until(Duration.ofSeconds(30), Duration.ofMillis(50),
                () -> inFilter(words, "NO_TARGETS"), List::isEmpty);
        System.out.printf("[e2e] target set -> out of the NO_TARGETS filter: %d ms%n", (System.nanoTime() - set) / 1_000_000);
        assertEquals(List.of(), after, "one target set: the campus leaves the NO_TARGETS filter");
        JsonPath row = given().auth().oauth2(reader).get("/api/v1/dashboard/campuses/" + campus).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(1, row.getInt("row.steering.indicatorsWithTarget"));
        assertEquals(List.of("NO_RECENT_VALUES"), row.getList("row.warningFlags"));
        String csv = given().auth().oauth2(reader).queryParam("q", words).queryParam("flag", "NO_TARGETS")
                .queryParam("format", "csv").get("/api/v1/dashboard/campuses").then().statusCode(200).extract().asString();
        assertFalse(csv.contains(campus), csv);
        assertEquals(List.of(campus), inFilter(words, "NO_RECENT_VALUES"));
    }

    @Test
    void theAnnex3BudgetSharesOfTheDashboardAreTheFundingServicesOwn() throws Exception {
        int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear() - 2;
        String campus = registerCampus("Budget annexe 3 " + UUID.randomUUID() + " (test e2e)", "MATERIALS", GUYANE,
                "GUYANE");
        Await.status(() -> given().auth().oauth2(national).contentType(ContentType.JSON).body("""
                {"holder":"CAMPUS","uses":[{"use":"ACTIONS","amountCents":5000000}],
                 "contributions":[
                  {"funderName":"Rectorat de Guyane","funderType":"RECTORAT","amountCents":2000000,"nature":"CASH","modality":"EX_ANTE","status":"GRANTED"},
                  {"funderName":"Collectivité territoriale","funderType":"REGION","amountCents":1500000,"nature":"CASH","modality":"EX_ANTE","status":"GRANTED"},
                  {"funderName":"Entreprise","funderType":"COMPANY","amountCents":1000000,"nature":"IN_KIND","modality":"EX_POST","status":"PLANNED"},
                  {"funderName":"Branche","funderType":"PROFESSIONAL_BRANCH","amountCents":333333,"nature":"CASH","modality":"EX_POST","status":"PLANNED"},
                  {"funderName":"FSE","funderType":"EU_FUNDS","amountCents":700000,"nature":"CASH","modality":"EX_POST","status":"REQUESTED"},
                  {"funderName":"Formations","funderType":"OWN_RESOURCES","amountCents":466667,"nature":"CASH","modality":"EX_POST","status":"PLANNED"}]}""")
                .put("/api/v1/campuses/" + campus + "/budgets/" + year).statusCode(), 201);

        JsonPath funding = given().auth().oauth2(reader).queryParam("year", year).queryParam("region", GUYANE)
                .get("/api/v1/funding/summary").then().statusCode(200).extract().jsonPath();
        assertEquals(1, funding.getInt("campusesWithBudget"), "the region's only budget of the year is this campus's");
        JsonPath budget = given().auth().oauth2(reader).queryParam("kind", "FORECAST")
                .get("/api/v1/campuses/" + campus + "/budgets/" + year).then().statusCode(200).extract().jsonPath();

        JsonPath dashboard = Await.until(Duration.ofSeconds(30), Duration.ofMillis(50),
                () -> given().auth().oauth2(reader).queryParam("year", year)
                        .get("/api/v1/dashboard/campuses/" + campus).jsonPath(),
                read -> read.get("row.budgetTheme") != null);
        Map<String, Object> theme = dashboard.getMap("row.budgetTheme");
        System.out.printf("[e2e] Annexe 3 budget theme: dashboard %s, funding %s%n", theme.get("shares"),
                funding.getList("byAnnex3Bucket"));
        assertEquals(funding.getList("byAnnex3Bucket.bucket"), dashboard.getList("row.budgetTheme.shares.bucket"));
        assertEquals(funding.getList("byAnnex3Bucket.amountCents"), dashboard.getList("row.budgetTheme.shares.amountCents"));
        assertEquals(decimals(funding.getList("byAnnex3Bucket.percent")),
                decimals(dashboard.getList("row.budgetTheme.shares.percent")), "the same Annexe 3 shares");
        assertEquals(new BigDecimal("100.0"), decimals(dashboard.getList("row.budgetTheme.shares.percent")).stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals(budget.getLong("totalResourcesCents"), dashboard.getLong("row.budgetTheme.totalResourcesCents"));
        assertEquals(new BigDecimal(budget.getString("coverageRatioPercent")),
                new BigDecimal(dashboard.getString("row.budgetTheme.coverageRatioPercent")));
        assertEquals(new BigDecimal("120.0"), new BigDecimal(dashboard.getString("row.budgetTheme.coverageRatioPercent")));
        assertTrue(dashboard.getList("budgetThemes.shares").contains(dashboard.getList("row.budgetTheme.shares")));
    }

    /** The campuses matching the words that carry the flag, through the table's filter. */
    private static List<String> inFilter(String words, String flag) {
        return given().auth().oauth2(reader).queryParam("q", words).queryParam("flag", flag)
                .get("/api/v1/dashboard/campuses").then().statusCode(200).extract().jsonPath()
                .getList("items.campusId", String.class);
    }

    private static List<BigDecimal> decimals(List<Object> values) {
        return values.stream().map(v -> v == null ? null : new BigDecimal(v.toString())).toList();
    }
}
