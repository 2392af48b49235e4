package fr.cmq.gateway;

import fr.cmq.events.EventSource;
import fr.cmq.events.Topics;
import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 in the gateway: the source of every fact, from the events' envelopes (and the contract's legacy rule for
 * events published without one), shown in the table (column, filter, CSV), the campus detail and the page (badges);
 * demonstration data (EXAMPLE, SYNTHETIC) left out of the summary and the open data unless includeDemoData=true; the
 * summary's 2017 report column (Tableau 4: 10 / 17 / 46 of 73 known; Tableau 2: 77 campuses).
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
@QuarkusTestResource(StandInServices.class)
class SourcesTest {

    static final int YEAR = LocalDate.now().getYear();
    static final String Q = "test sources";
    static final UUID DECLARED = UUID.randomUUID();
    static final UUID EXAMPLE = UUID.randomUUID();
    static final UUID SYNTHETIC = UUID.randomUUID();
    static final UUID LEGACY = UUID.randomUUID();
    static final UUID EXAMPLE_PARTNER = UUID.randomUUID();
    static final EventSource REGIONAL = new EventSource(EventSource.DECLARED, null, "REGIONAL", "76", null, null);
    static final EventSource AN_EXAMPLE = new EventSource(EventSource.EXAMPLE, "examples/toulouse-example.sh", null,
            null, null, null);
    static final EventSource GENERATED = new EventSource(EventSource.SYNTHETIC, "load test", null, null, null, null);

    static boolean published;

    @BeforeEach
    void publishCampusesOfEachSource() throws Exception {
        if (published) {
            return;
        }
        published = true;
        campus(DECLARED, "Campus déclaré", "ASSOCIATION", REGIONAL);
        campus(EXAMPLE, "Campus exemple", "GIP", AN_EXAMPLE);
        Events.publish(Topics.MONITORING, EXAMPLE, "PartnerAdded", 2, """
                {"partner":{"id":"%s","name":"Partenaire fictif"},"summary":{"totalActive":1,
                 "matrix":{"publicInitial":0,"publicContinuing":0,"privateInitial":1,"privateContinuing":0},
                 "flags":{"noHigherEducation":true,"noResearchLab":true,"noGreta":true,"noAfpa":true,"noOpca":true,
                          "noDireccteCorrespondent":true,"governanceWithoutEple":true,"governanceWithoutEpscp":true}}}"""
                .formatted(EXAMPLE_PARTNER), AN_EXAMPLE);
        Events.publish(Topics.FUNDING, EXAMPLE, "BudgetDeclared", 1, """
                {"campusId":"%s","year":%d,"kind":"FORECAST","totalResourcesCents":10000000,
                 "sharesByFunderType":[{"funderType":"REGION","amountCents":10000000,"percent":100.0}],
                 "sharesByModality":[{"modality":"EX_POST","amountCents":10000000,"percent":100.0}],
                 "nonRectoratPercent":100.0}""".formatted(EXAMPLE, YEAR), AN_EXAMPLE);
        campus(SYNTHETIC, "Campus synthétique", "GIP", GENERATED);
        // events as the services published them before issue 13: no source in the envelope; the register's
        // data.source (the old text) makes the campus REPORT_2017 "Annexe 4", the profile is DECLARED
        Instant now = Instant.now();
        Events.publishRaw(Topics.LABELLING, LEGACY, """
                {"eventId":"%s","type":"CampusRegistered","campusId":"%s","occurredAt":"%s","version":1,"actor":"test",
                 "data":{"designation":"Campus du rapport (%s)","familyCode":"MATERIALS","regionCode":"84",
                         "academyCodes":["LYON"],"communicationNames":[],
                         "source":"Annexe 4, rapport IGAS/IGEN/IGAENR 2017"}}"""
                .formatted(UUID.randomUUID(), LEGACY, now, Q));
        Events.publishRaw(Topics.MONITORING, LEGACY, """
                {"eventId":"%s","type":"ProfileChanged","campusId":"%s","occurredAt":"%s","version":1,"actor":"test",
                 "data":{"campusId":"%s","legalForm":"SUPPORT_ESTABLISHMENT",
                         "supportEstablishment":{"name":"Lycée (test)","type":"LYCEE","role":"CARRIER"},
                         "directorPost":{"exists":true}}}""".formatted(UUID.randomUUID(), LEGACY, now, LEGACY));
        for (UUID campus : List.of(DECLARED, EXAMPLE, SYNTHETIC, LEGACY)) {
            Events.awaitValue(() -> detail(campus), "row.legalForm", campus == LEGACY ? "SUPPORT_ESTABLISHMENT"
                    : campus == DECLARED ? "ASSOCIATION" : "GIP");
        }
        Events.awaitValue(() -> detail(EXAMPLE), "row.forecastBudgetCents", "10000000");
        Events.awaitValue(() -> detail(EXAMPLE), "row.activePartners", "1");
    }

    private static void campus(UUID id, String name, String legalForm, EventSource source) throws Exception {
        Events.publish(Topics.LABELLING, id, "CampusRegistered", 1, """
                {"designation":"%s (%s)","familyCode":"MATERIALS","regionCode":"76","academyCodes":["TOULOUSE"],
                 "communicationNames":[]}""".formatted(name, Q), source);
        Events.publish(Topics.MONITORING, id, "ProfileChanged", 1, """
                {"campusId":"%s","legalForm":"%s","supportEstablishment":null,"directorPost":{"exists":false}}"""
                .formatted(id, legalForm), source);
    }

    private static JsonPath detail(UUID campus) {
        return given().auth().oauth2(TestTokens.reader()).get("/api/v1/dashboard/campuses/" + campus).jsonPath();
    }

    private static String row(UUID campus) {
        return "items.find { it.campusId == '%s' }".formatted(campus);
    }

    @Test
    void eachRowCarriesItsCampusSource() {
        given().auth().oauth2(TestTokens.reader()).queryParam("q", Q).get("/api/v1/dashboard/campuses")
                .then().statusCode(200)
                .body("items.size()", equalTo(4))
                .body(row(EXAMPLE) + ".source.kind", equalTo("EXAMPLE"))
                .body(row(EXAMPLE) + ".source.reference", equalTo("examples/toulouse-example.sh"))
                .body(row(SYNTHETIC) + ".source.kind", equalTo("SYNTHETIC"))
                .body(row(DECLARED) + ".source.kind", equalTo("DECLARED"))
                .body(row(DECLARED) + ".source.role", equalTo("REGIONAL"))
                .body(row(DECLARED) + ".source.regionCode", equalTo("76"))
                .body(row(LEGACY) + ".source.kind", equalTo("REPORT_2017"))
                .body(row(LEGACY) + ".source.reference", equalTo("Annexe 4"));
    }

    @Test
    void theTableFiltersBySourceKind() {
        String reader = TestTokens.reader();
        given().auth().oauth2(reader).queryParam("q", Q).queryParam("source", "EXAMPLE")
                .get("/api/v1/dashboard/campuses").then().statusCode(200)
                .body("items.campusId", equalTo(List.of(EXAMPLE.toString())));
        given().auth().oauth2(reader).queryParam("q", Q).queryParam("source", "EXAMPLE", "SYNTHETIC")
                .queryParam("sort", "designation").get("/api/v1/dashboard/campuses").then().statusCode(200)
                .body("items.campusId", equalTo(List.of(EXAMPLE.toString(), SYNTHETIC.toString())));
        given().auth().oauth2(reader).queryParam("q", Q).queryParam("source", "report_2017")
                .get("/api/v1/dashboard/campuses").then().statusCode(200)
                .body("items.campusId", equalTo(List.of(LEGACY.toString())));
        given().auth().oauth2(reader).queryParam("source", "DEMO").get("/api/v1/dashboard/campuses")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("source"));
        given().auth().oauth2(reader).queryParam("source", "EXAMPLE", "DEMO").get("/api/v1/dashboard/summary")
                .then().statusCode(400).body("errors[0].field", equalTo("source"));
    }

    @Test
    void theCsvHasTheSourceKind() {
        String csv = given().auth().oauth2(TestTokens.reader()).header("Accept", "text/csv").queryParam("q", Q)
                .get("/api/v1/dashboard/campuses").then().statusCode(200).extract().asString();
        List<String> lines = csv.lines().toList();
        assertTrue(lines.get(0).endsWith(",source"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(EXAMPLE.toString()) && l.endsWith(",EXAMPLE")), csv);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(LEGACY.toString()) && l.endsWith(",REPORT_2017")), csv);
    }

    @Test
    void theSummaryLeavesDemonstrationDataOutUnlessAsked() {
        String reader = TestTokens.reader();
        given().auth().oauth2(reader).queryParam("q", Q).get("/api/v1/dashboard/summary").then().statusCode(200)
                .body("campuses", equalTo(2))
                .body("demoDataIncluded", equalTo(false))
                .body("legalForms.find { it.code == 'ASSOCIATION' }.count", equalTo(1))
                .body("legalForms.find { it.code == 'GIP' }.count", equalTo(0))
                .body("legalForms.find { it.code == 'SUPPORT_ESTABLISHMENT' }.count", equalTo(1))
                .body("forecastBudgetCents", equalTo(0))
                .body("partners.totalActive", equalTo(0));
        given().auth().oauth2(reader).queryParam("q", Q).queryParam("includeDemoData", "true")
                .get("/api/v1/dashboard/summary").then().statusCode(200)
                .body("campuses", equalTo(4))
                .body("demoDataIncluded", equalTo(true))
                .body("legalForms.find { it.code == 'GIP' }.count", equalTo(2))
                .body("forecastBudgetCents", equalTo(10000000))
                .body("partners.totalActive", equalTo(1));
        // the source filter selects among what is counted: demonstration campuses count only when asked for
        given().auth().oauth2(reader).queryParam("q", Q).queryParam("source", "EXAMPLE")
                .get("/api/v1/dashboard/summary").then().statusCode(200).body("campuses", equalTo(0));
        given().auth().oauth2(reader).queryParam("includeDemoData", "yes").get("/api/v1/dashboard/summary")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("includeDemoData"));
    }

    @Test
    void theSummaryHasThe2017ReportsFigures() {
        given().auth().oauth2(TestTokens.reader()).queryParam("q", Q).get("/api/v1/dashboard/summary")
                .then().statusCode(200)
                .body("report2017.legalForms.reference", equalTo("Tableau 4"))
                .body("report2017.legalForms.campuses", equalTo(77))
                .body("report2017.legalForms.known", equalTo(73))
                .body("report2017.legalForms.shares.code", equalTo(List.of("ASSOCIATION", "GIP",
                        "SUPPORT_ESTABLISHMENT")))
                .body("report2017.legalForms.shares.count", equalTo(List.of(10, 17, 46)))
                .body("report2017.legalForms.shares.percent", equalTo(List.of(13.7f, 23.3f, 63.0f)))
                .body("report2017.legalForms.supportEstablishmentTypes.LYCEE", equalTo(33))
                .body("report2017.legalForms.supportEstablishmentTypes.IUT", equalTo(2))
                .body("report2017.legalForms.supportEstablishmentTypes.UNIVERSITY", equalTo(8))
                .body("report2017.legalForms.supportEstablishmentTypes.OTHER_EPSCP", equalTo(3))
                .body("report2017.calls.reference", equalTo("Tableau 2"))
                .body("report2017.calls.campuses", equalTo(77))
                .body("report2017.calls.lists.campuses", equalTo(List.of(14, 17, 6, 12, 2, 26)))
                .body("report2017.calls.lists[5].callDate", equalTo("2016-04-13"));
    }

    @Test
    void theDetailGivesTheSourceOfEachPart() {
        JsonPath example = detail(EXAMPLE);
        assertEquals("EXAMPLE", example.getString("row.source.kind"));
        for (String part : List.of("REGISTER", "PROFILE", "PARTNERS", "PARTNER", "BUDGET")) {
            assertEquals("EXAMPLE", example.getString("sources.find { it.part == '%s' }.source.kind".formatted(part)),
                    part);
        }
        assertEquals(EXAMPLE_PARTNER.toString(), example.getString("sources.find { it.part == 'PARTNER' }.partnerId"));
        assertEquals(YEAR, example.getInt("sources.find { it.part == 'BUDGET' }.year"));
        assertEquals("FORECAST", example.getString("sources.find { it.part == 'BUDGET' }.budgetKind"));
        JsonPath legacy = detail(LEGACY);
        assertEquals("REPORT_2017", legacy.getString("sources.find { it.part == 'REGISTER' }.source.kind"));
        assertEquals("Annexe 4", legacy.getString("sources.find { it.part == 'REGISTER' }.source.reference"));
        assertEquals("DECLARED", legacy.getString("sources.find { it.part == 'PROFILE' }.source.kind"));
        JsonPath declared = detail(DECLARED);
        assertEquals("76", declared.getString("sources.find { it.part == 'PROFILE' }.source.regionCode"));
    }

    @Test
    void theOpenDataLeavesDemonstrationDataOutUnlessAsked() {
        given().get("/api/v1/open-data/campuses.json").then().statusCode(200)
                .body("demoDataIncluded", equalTo(false))
                .body("campuses.campusId", hasItem(DECLARED.toString()))
                .body("campuses.campusId", hasItem(LEGACY.toString()))
                .body("campuses.campusId", not(hasItem(EXAMPLE.toString())))
                .body("campuses.campusId", not(hasItem(SYNTHETIC.toString())));
        given().queryParam("includeDemoData", "true").get("/api/v1/open-data/campuses.json").then().statusCode(200)
                .body("demoDataIncluded", equalTo(true))
                .body("campuses.campusId", hasItem(EXAMPLE.toString()))
                .body("campuses.campusId", hasItem(SYNTHETIC.toString()));
        String csv = given().get("/api/v1/open-data/campuses.csv").then().statusCode(200).extract().asString();
        assertTrue(csv.contains(DECLARED.toString()) && !csv.contains(EXAMPLE.toString())
                && !csv.contains(SYNTHETIC.toString()), csv);
        String withDemo = given().queryParam("includeDemoData", "true").get("/api/v1/open-data/campuses.csv").then()
                .statusCode(200).header("Content-Disposition", containsString("avec-demonstration")).extract()
                .asString();
        assertTrue(withDemo.contains(EXAMPLE.toString()), withDemo);
        given().queryParam("includeDemoData", "1").get("/api/v1/open-data/campuses.csv").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("includeDemoData"));
    }

    @Test
    void thePageShowsABadgePerRowAndTheReportsColumn() {
        String page = given().queryParam("q", Q).get("/").then().statusCode(200).extract().asString();
        assertTrue(page.contains("data-source=\"EXAMPLE\""), page);
        assertTrue(page.contains(">Exemple (fictif)</span>"), page);
        assertTrue(page.contains(">Données synthétiques</span>"), page);
        assertTrue(page.contains(">Rapport 2017</span><span class=\"fr-sr-only\"> (Annexe 4)</span>"), page);
        assertTrue(page.contains(">Déclaré</span><span class=\"fr-sr-only\"> (rôle régional, région 76)</span>"), page);
        // the summary's « Rapport 2017 » column: today's two counted campuses next to Tableau 4
        assertTrue(page.contains("<th scope=\"col\">Rapport 2017</th>"), page);
        assertTrue(page.contains("<th scope=\"row\">Association</th><td>1 campus (50,0 %)</td><td>10 campus (13,7 %)</td>"),
                page);
        assertTrue(page.contains("<td>46 campus (63,0 %)</td>"), page);
        assertTrue(page.contains("<td>33 campus</td>"), page);
        assertTrue(page.contains("4 campus —"), page); // the table lists the 4, demonstration ones included
        String filtered = given().queryParam("q", Q).queryParam("source", "EXAMPLE").get("/").then().statusCode(200)
                .extract().asString();
        assertTrue(filtered.contains("Campus exemple") && !filtered.contains("Campus déclaré"), filtered);
        String campus = given().get("/campus/" + EXAMPLE).then().statusCode(200).extract().asString();
        assertTrue(campus.contains("id=\"campus-demonstration\""), campus);
        assertTrue(campus.contains("Partenaire Partenaire fictif"), campus);
        assertTrue(campus.contains("<span class=\"fr-text--sm\">examples/toulouse-example.sh</span>"), campus);
        String report = given().get("/campus/" + LEGACY).then().statusCode(200).extract().asString();
        assertTrue(!report.contains("campus-demonstration") && report.contains(">Rapport 2017</span>"), report);
    }

    @Test
    void aLegacyEventWithoutSourceAndWithoutOldTextIsDeclared() throws Exception {
        UUID id = UUID.randomUUID();
        Events.publishRaw(Topics.LABELLING, id, """
                {"eventId":"%s","type":"CampusRegistered","campusId":"%s","occurredAt":"%s","version":1,"actor":"test",
                 "data":{"designation":"Campus ancien (test legacy sans source)","familyCode":"MATERIALS","regionCode":"84",
                         "academyCodes":["LYON"],"communicationNames":[]}}"""
                .formatted(UUID.randomUUID(), id, Instant.now()));
        Events.awaitValue(() -> detail(id), "row.source.kind", "DECLARED");
        JsonPath legacy = detail(id);
        assertNull(legacy.getString("row.source.reference"));
        assertNull(legacy.getString("row.source.role"));
    }
}
