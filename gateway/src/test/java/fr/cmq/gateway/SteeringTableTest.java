package fr.cmq.gateway;

import fr.cmq.events.Topics;
import fr.cmq.events.funding.BudgetState;
import fr.cmq.events.funding.FundingEventTypes;
import fr.cmq.events.labelling.CampusState;
import fr.cmq.events.labelling.LabellingEventTypes;
import fr.cmq.events.monitoring.ActionChange;
import fr.cmq.events.monitoring.BreakdownState;
import fr.cmq.events.monitoring.HeadlineState;
import fr.cmq.events.monitoring.IndicatorTargetChange;
import fr.cmq.events.monitoring.IndicatorValueChange;
import fr.cmq.events.monitoring.MonitoringEventTypes;
import fr.cmq.events.monitoring.SteeringState;
import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Steering by results in the national table (issue 11, point 6 and 7), from monitoring's and funding's events as the
 * services publish them (the contract's records, real Kafka): the steering columns, NO_TARGETS and NO_RECENT_VALUES
 * and their filter (JSON and CSV), the headline distributions of the summary, the Annexe 3 budget theme computed
 * from the budget, and the pages (national panel, the campus's charts with their tables).
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
@QuarkusTestResource(StandInServices.class)
class SteeringTableTest {

    /** The last complete year on the gateway's clock (today in France). */
    static final int LAST = LocalDate.now(ZoneId.of("Europe/Paris")).getYear() - 1;
    static final UUID TARGETED = UUID.randomUUID();
    static final UUID RHONE = UUID.randomUUID();
    static final UUID ALPES = UUID.randomUUID();
    static final UUID LAST_YEARS_STATE = UUID.randomUUID();
    static final BreakdownState WHOLE = new BreakdownState(null, null, null, null);

    static boolean published;

    @BeforeEach
    void publishCampuses() throws Exception {
        if (published) {
            return;
        }
        published = true;
        register(TARGETED, "Cibles (test steering)", "76", "TOULOUSE");
        register(RHONE, "Rhône (test steering)", "84", "LYON");
        register(ALPES, "Alpes (test steering)", "84", "GRENOBLE");
        register(LAST_YEARS_STATE, "Année passée (test steering)", "84", "LYON");
        // two campuses of region 84 with a pressure rate, no target
        value(RHONE, 1, "PRESSURE_RATE", LAST, "120.0", steering(0, 1, null, headline("120.0", null)));
        value(ALPES, 1, "PRESSURE_RATE", LAST, "100.0", steering(0, 1, null, headline("100.0", null)));
        // a value of the last complete year whose event's state was computed the year before (the year has turned)
        Events.publish(Topics.MONITORING, LAST_YEARS_STATE, MonitoringEventTypes.INDICATOR_VALUE_DECLARED, 1,
                new IndicatorValueChange("MIXED_CLASSES", "COUNT", LAST, WHOLE, new BigDecimal("3"), null, null,
                        "CAMPUS_REPORT", null, new SteeringState(LAST - 1, 0, 0, null, headlines(null, null))));
        awaitRow(LAST_YEARS_STATE, "steering.indicatorsWithRecentValue", "1");
        awaitRow(ALPES, "steering.indicatorsWithRecentValue", "1");
        awaitRow(RHONE, "steering.indicatorsWithRecentValue", "1");
        awaitRow(TARGETED, "designation", "Cibles (test steering)");
    }

    @Test
    void aCampusWithoutTargetCarriesNoTargetsUntilOneIsSet() throws Exception {
        String reader = TestTokens.reader();
        given().auth().oauth2(reader).get("/api/v1/dashboard/campuses/" + TARGETED).then().statusCode(200)
                .body("row.warningFlags", equalTo(List.of("NO_TARGETS", "NO_RECENT_VALUES")))
                .body("row.steering.lastCompleteYear", equalTo(LAST))
                .body("row.steering.indicatorsWithTarget", equalTo(0))
                .body("row.steering.headlines.indicator",
                        equalTo(List.of("PRESSURE_RATE", "SUSTAINABLE_EMPLOYMENT_RATE", "MIXED_PATHWAY_LEARNERS")))
                .body("row.steering.headlines[1].horizon", equalTo("M6"));
        given().auth().oauth2(reader).queryParam("flag", "NO_TARGETS").queryParam("q", "test steering")
                .get("/api/v1/dashboard/campuses").then().statusCode(200)
                .body("items.campusId", hasItem(TARGETED.toString()));
        String csv = given().auth().oauth2(reader).queryParam("flag", "NO_TARGETS").queryParam("q", "test steering")
                .queryParam("format", "csv").get("/api/v1/dashboard/campuses").then().statusCode(200).extract().asString();
        assertTrue(csv.contains(TARGETED.toString()), csv);
        assertTrue(csv.split("\r\n")[0].contains(",indicatorsWithTarget,indicatorsWithRecentValue,planCompletionPercent,"
                + "PRESSURE_RATEYear,PRESSURE_RATEValue,PRESSURE_RATETarget,"), csv);

        // one target set: the campus leaves the filter (JSON and CSV); no value yet, so NO_RECENT_VALUES stays
        Events.publish(Topics.MONITORING, TARGETED, MonitoringEventTypes.INDICATOR_TARGET_SET, 1,
                new IndicatorTargetChange("PRESSURE_RATE", "PERCENT", LAST, WHOLE, new BigDecimal("160.0"),
                        steering(1, 0, null, headline(null, null))));
        awaitRow(TARGETED, "steering.indicatorsWithTarget", "1");
        given().auth().oauth2(reader).queryParam("flag", "NO_TARGETS").queryParam("q", "test steering")
                .get("/api/v1/dashboard/campuses").then().statusCode(200)
                .body("items.campusId", not(hasItem(TARGETED.toString())))
                .body("items.campusId", hasItem(RHONE.toString()));
        csv = given().auth().oauth2(reader).queryParam("flag", "NO_TARGETS").queryParam("q", "test steering")
                .queryParam("format", "csv").get("/api/v1/dashboard/campuses").then().statusCode(200).extract().asString();
        assertTrue(!csv.contains(TARGETED.toString()) && csv.contains(RHONE.toString()), csv);
        given().auth().oauth2(reader).queryParam("flag", "NO_RECENT_VALUES").queryParam("q", "test steering")
                .get("/api/v1/dashboard/campuses").then().statusCode(200)
                .body("items.campusId", equalTo(List.of(TARGETED.toString())));

        // its value (45 applicants for 30 places) and the plan scored: both flags gone, the headline against target
        value(TARGETED, 2, "PRESSURE_RATE", LAST, "150.0", steering(1, 1, null, headline("150.0", "160.0")));
        UUID action = UUID.randomUUID();
        Events.publish(Topics.MONITORING, TARGETED, MonitoringEventTypes.ACTION_SCORED, 3, new ActionChange(
                new ActionChange.Action(action, LAST, "Forum des métiers", "COMMUNICATION", List.of(), null, "DONE", 75,
                        LocalDate.of(LAST, 12, 12)),
                new ActionChange.Plan(LAST, 1, 1, new BigDecimal("75.0")),
                steering(1, 2, new BigDecimal("75.0"), headline("150.0", "160.0"))));
        awaitRow(TARGETED, "steering.planCompletionPercent", "75.0");
        JsonPath detail = given().auth().oauth2(reader).get("/api/v1/dashboard/campuses/" + TARGETED).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of(), detail.getList("row.warningFlags"));
        assertEquals(2, detail.getInt("row.steering.indicatorsWithRecentValue"));
        assertEquals(150.0f, detail.getFloat("row.steering.headlines[0].value"));
        assertEquals(-10.0f, detail.getFloat("row.steering.headlines[0].gapToTarget"));
        // the campus's series: the plan's completion as the steering value of its year, the pressure rate and target
        assertEquals(List.of("ACTION_PLAN_COMPLETION", "PRESSURE_RATE"), detail.getList("indicators.indicator"));
        assertEquals(75.0f, detail.getFloat("indicators[0].years[0].value"));
        assertEquals(Map.of("year", LAST, "value", 150.0f, "target", 160.0f), detail.getMap("indicators[1].years[0]"));
    }

    @Test
    void aStateOfAnEarlierYearReadsTheValuesOfTheLastCompleteYearFromThePoints() {
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/dashboard/campuses/" + LAST_YEARS_STATE).then()
                .statusCode(200)
                .body("row.steering.lastCompleteYear", equalTo(LAST))
                .body("row.steering.indicatorsWithRecentValue", equalTo(1))
                .body("row.warningFlags", equalTo(List.of("NO_TARGETS")));
    }

    @Test
    void theSummaryGivesTheHeadlineDistributionsNationallyAndPerRegion() throws Exception {
        UUID low = UUID.randomUUID();
        UUID middle = UUID.randomUUID();
        UUID high = UUID.randomUUID();
        UUID none = UUID.randomUUID();
        register(low, "Bas (test distribution)", "84", "LYON");
        register(middle, "Milieu (test distribution)", "84", "GRENOBLE");
        register(high, "Haut (test distribution)", "76", "TOULOUSE");
        register(none, "Sans valeur (test distribution)", "76", "TOULOUSE");
        value(low, 1, "PRESSURE_RATE", LAST, "100.0", steering(0, 1, null, headline("100.0", null)));
        value(middle, 1, "PRESSURE_RATE", LAST, "120.0", steering(0, 1, null, headline("120.0", null)));
        value(high, 1, "PRESSURE_RATE", LAST, "150.0", steering(1, 1, null, headline("150.0", "160.0")));
        Events.awaitValue(() -> given().auth().oauth2(TestTokens.reader()).queryParam("q", "test distribution")
                .get("/api/v1/dashboard/summary").jsonPath(), "steering.headlines[0].national.campuses", "3");
        awaitRow(none, "designation", "Sans valeur (test distribution)");
        given().auth().oauth2(TestTokens.reader()).queryParam("q", "test distribution").get("/api/v1/dashboard/summary")
                .then().statusCode(200)
                .body("campuses", equalTo(4))
                .body("steering.lastCompleteYear", equalTo(LAST))
                .body("steering.campusesWithTargets", equalTo(1))
                .body("steering.withTargetsPercent", equalTo(25.0f))
                .body("steering.headlines[0].indicator", equalTo("PRESSURE_RATE"))
                // 100, 120, 150: quartiles by linear interpolation between the closest ranks
                .body("steering.headlines[0].national.min", equalTo(100.0f))
                .body("steering.headlines[0].national.q1", equalTo(110.0f))
                .body("steering.headlines[0].national.median", equalTo(120.0f))
                .body("steering.headlines[0].national.q3", equalTo(135.0f))
                .body("steering.headlines[0].national.max", equalTo(150.0f))
                .body("steering.headlines[0].regions.'84'.median", equalTo(110.0f))
                .body("steering.headlines[0].regions.'84'.q1", equalTo(105.0f))
                .body("steering.headlines[0].regions.'76'.campuses", equalTo(1))
                .body("steering.headlines[0].withTarget", equalTo(1))
                .body("steering.headlines[0].atOrAboveTarget", equalTo(0))
                .body("steering.headlines[1].national.campuses", equalTo(0))
                .body("steering.headlines[1].national.median", nullValue());
        // the national page's panel shows the same figures, in French
        given().queryParam("q", "test distribution").get("/").then().statusCode(200)
                .body(containsString("<h2 id=\"pilotage-titre\" class=\"fr-h4\">Pilotage par les résultats des campus filtrés</h2>"))
                .body(containsString("<caption>Répartition — Taux de pression</caption>"))
                .body(containsString("<th scope=\"row\">France entière</th><td>3</td><td>100,0 %</td><td>110,0 %</td><td>120,0 %</td>"))
                .body(containsString("1 campus a au moins une cible sur 4 campus (25,0 %)."))
                .body(containsString("<option value=\"NO_TARGETS\">Aucune cible (aucun indicateur n&#39;a de cible)</option>"));
    }

    @Test
    void theBudgetThemeOfAnnex3IsComputedFromTheBudget() throws Exception {
        UUID campus = UUID.randomUUID();
        register(campus, "Budget annexe 3 (test annexe budget)", "84", "LYON");
        int year = LAST + 1;
        Events.publish(Topics.FUNDING, campus, FundingEventTypes.BUDGET_DECLARED, 1, new BudgetState(year, "FORECAST",
                "CAMPUS", null, List.of(new BudgetState.UseLine("ACTIONS", 8_000_000)), List.of(), 10_000_000,
                8_000_000, 2_000_000, new BigDecimal("125.0"), List.of(
                share("RECTORAT", 2_500_000, "25.0"), share("REGION", 1_000_000, "10.0"),
                share("COMPANY", 3_000_000, "30.0"), share("PROFESSIONAL_BRANCH", 500_000, "5.0"),
                share("EU_FUNDS", 1_000_000, "10.0"), share("OWN_RESOURCES", 2_000_000, "20.0")), List.of(),
                new BigDecimal("75.0")));
        awaitRow(campus, "budgetTheme.coverageRatioPercent", "125.0");
        JsonPath detail = given().auth().oauth2(TestTokens.reader()).queryParam("year", year)
                .get("/api/v1/dashboard/campuses/" + campus).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("RECTORAT", "REGION", "COMPANY_PARTNERS", "OTHER"), detail.getList("row.budgetTheme.shares.bucket"));
        assertEquals(List.of(25.0f, 10.0f, 35.0f, 30.0f), detail.getList("row.budgetTheme.shares.percent"));
        assertEquals(List.of(2_500_000, 1_000_000, 3_500_000, 3_000_000), detail.getList("row.budgetTheme.shares.amountCents"));
        assertEquals(10_000_000, detail.getInt("row.budgetTheme.totalResourcesCents"));
        assertEquals(detail.getList("row.budgetTheme.shares.percent"), detail.getList("budgetThemes[0].shares.percent"));
        String csv = given().auth().oauth2(TestTokens.reader()).queryParam("year", year)
                .queryParam("q", "test annexe budget").queryParam("format", "csv")
                .get("/api/v1/dashboard/campuses").then().statusCode(200).extract().asString();
        assertTrue(csv.contains(",125.0,25.0,10.0,35.0,30.0,"), csv);
        given().get("/campus/" + campus).then().statusCode(200)
                .body(containsString("<caption>Thème budget de l’annexe 3 — Budget prévisionnel " + year + "</caption>"))
                .body(containsString("<th scope=\"row\">Entreprises et branches professionnelles</th><td>35,0 %</td>"));
    }

    @Test
    void theCampusPageChartsItsIndicatorsAgainstTheirTargetsWithATable() throws Exception {
        UUID campus = UUID.randomUUID();
        register(campus, "Graphiques (test graph chart)", "84", "LYON");
        Events.publish(Topics.MONITORING, campus, MonitoringEventTypes.INDICATOR_TARGET_SET, 1,
                new IndicatorTargetChange("SUSTAINABLE_EMPLOYMENT_RATE", "PERCENT", LAST,
                        new BreakdownState(null, null, null, "M6"), new BigDecimal("70.0"), steering(1, 0, null,
                        headlines(null, null))));
        value(campus, 2, "SUSTAINABLE_EMPLOYMENT_RATE", LAST - 1, "60.0", new BreakdownState(null, null, null, "M6"),
                steering(1, 0, null, headlines(null, null)));
        value(campus, 3, "SUSTAINABLE_EMPLOYMENT_RATE", LAST, "65.5", new BreakdownState(null, null, null, "M6"),
                steering(1, 1, null, headlines(null, null)));
        awaitRow(campus, "steering.indicatorsWithRecentValue", "1");
        Events.await("the chart's two years", () -> given().get("/campus/" + campus).asString(),
                page -> page.contains("<th scope=\"row\">" + LAST + "</th><td>65,5 %</td><td>70,0 %</td><td>-4,5 points</td>"));
        given().get("/campus/" + campus).then().statusCode(200)
                .body(containsString("<h2 id=\"titre-pilotage\" class=\"fr-h4\">Pilotage par les résultats</h2>"))
                .body(containsString("Taux d&#39;emploi durable dans la filière — à 6 mois"))
                .body(containsString("role=\"img\" aria-labelledby=\"indicateur-1-titre indicateur-1-resume\""))
                .body(containsString("class=\"cmq-value-line\""))
                .body(containsString("class=\"cmq-target-dot\""))
                .body(containsString("Dernière valeur : 65,5 % en " + LAST + ", pour une cible de 70,0 % (écart -4,5 points)."))
                .body(containsString("<th scope=\"row\">" + (LAST - 1) + "</th><td>60,0 %</td><td>—</td><td>—</td>"));
    }

    private static void register(UUID id, String designation, String region, String academy) throws Exception {
        Events.publish(Topics.LABELLING, id, LabellingEventTypes.CAMPUS_REGISTERED, 1, new CampusState(designation,
                "MATERIALS", null, region, null, List.of(academy), null, List.of(), List.of(), null));
    }

    private static void value(UUID campus, long version, String indicator, int year, String value,
                              SteeringState steering) throws Exception {
        value(campus, version, indicator, year, value, WHOLE, steering);
    }

    private static void value(UUID campus, long version, String indicator, int year, String value,
                              BreakdownState breakdown, SteeringState steering) throws Exception {
        Events.publish(Topics.MONITORING, campus, MonitoringEventTypes.INDICATOR_VALUE_DECLARED, version,
                new IndicatorValueChange(indicator, "PERCENT", year, breakdown, new BigDecimal(value), null, null,
                        "CAMPUS_REPORT", null, steering));
    }

    private static SteeringState steering(int targets, int recent, BigDecimal completion, List<HeadlineState> headlines) {
        return new SteeringState(LAST, targets, recent, completion, headlines);
    }

    /** The three headlines, the pressure rate's value and target of the last complete year given. */
    private static List<HeadlineState> headline(String value, String target) {
        return headlines(value, target);
    }

    private static List<HeadlineState> headlines(String pressure, String target) {
        BigDecimal v = pressure == null ? null : new BigDecimal(pressure);
        BigDecimal t = target == null ? null : new BigDecimal(target);
        return List.of(new HeadlineState("PRESSURE_RATE", null, v == null ? null : LAST, v, t,
                        v == null || t == null ? null : v.subtract(t)),
                new HeadlineState("SUSTAINABLE_EMPLOYMENT_RATE", "M6", null, null, null, null),
                new HeadlineState("MIXED_PATHWAY_LEARNERS", null, null, null, null, null));
    }

    private static BudgetState.FunderTypeShare share(String type, long cents, String percent) {
        return new BudgetState.FunderTypeShare(type, cents, new BigDecimal(percent));
    }

    private static void awaitRow(UUID campus, String path, String expected) throws InterruptedException {
        Events.awaitValue(() -> given().auth().oauth2(TestTokens.reader()).get("/api/v1/dashboard/campuses/" + campus)
                .jsonPath(), "row." + path, expected);
    }
}
