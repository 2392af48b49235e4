package fr.cmq.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13's acceptance through the running platform (real HTTP, PostgreSQL and Kafka): every fact says where it comes
 * from, demonstration data stays out of the national figures, the summary puts the 2017 report next to today, the
 * table and a campus's detail read as of a past date, a campus's history lists the changes of the three services in
 * order, and {@code examples/toulouse-example.sh} leaves the 77 reference campuses as the report gave them.
 * Every value here is invented for the test and written on campuses the test registers (marked « test » in their
 * designation), never on a campus of Annexe 4.
 */
class SourcesAndHistoryFlowTest extends EndToEndTest {

    private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");
    private static final int YEAR = LocalDate.now(FRANCE).getYear();
    private static final Path PROJECT = Path.of(System.getProperty("cmq.project.dir", "..")).toAbsolutePath().normalize();

    @Test
    void anExampleValueShowsItsBadgeAndStaysOutOfEveryNationalFigure() throws Exception {
        String words = "Provenance " + UUID.randomUUID().toString().substring(0, 8);
        String declared = registerCampus(words + " déclaré (test)", "MATERIALS", "76", "TOULOUSE");
        String example = given().auth().oauth2(national).contentType(ContentType.JSON)
                .body(Map.of("designation", words + " exemple (test)", "familyCode", "MATERIALS", "regionCode", "76",
                        "academyCodes", List.of("TOULOUSE"),
                        "source", Map.of("kind", "EXAMPLE", "reference", "SourcesAndHistoryFlowTest")))
                .post("/api/v1/campuses").then().statusCode(201)
                .body("source.kind", equalTo("EXAMPLE")).extract().path("id");
        String regional = platform.tokens().regional("e2e-occitanie", "76");
        for (String campus : List.of(declared, example)) {
            Await.status(() -> given().auth().oauth2(regional).contentType(ContentType.JSON).body(GIP_PROFILE)
                    .put("/api/v1/campuses/" + campus + "/profile").statusCode(), 201);
        }
        // a value of a demonstration on the example campus; the same on the real campus is refused, naming the field
        String exampleBudget = budget(5_000_000, "\"source\":{\"kind\":\"EXAMPLE\",\"reference\":\"SourcesAndHistoryFlowTest\"},");
        Await.status(() -> given().auth().oauth2(regional).contentType(ContentType.JSON).body(exampleBudget)
                .put("/api/v1/campuses/" + example + "/budgets/" + YEAR).statusCode(), 201);
        Await.status(() -> given().auth().oauth2(regional).contentType(ContentType.JSON).body(exampleBudget)
                .put("/api/v1/campuses/" + declared + "/budgets/" + YEAR).statusCode(), 409);
        given().auth().oauth2(regional).contentType(ContentType.JSON).body(exampleBudget)
                .put("/api/v1/campuses/" + declared + "/budgets/" + YEAR).then().statusCode(409)
                .contentType("application/problem+json").body("errors[0].field", equalTo("source.kind"));

        JsonPath table = Await.until(Duration.ofSeconds(30), Duration.ofMillis(100),
                () -> given().auth().oauth2(reader).queryParam("q", words).get("/api/v1/dashboard/campuses").jsonPath(),
                t -> t.getList("items").size() == 2
                        && "GIP".equals(t.getString("items.find { it.campusId == '" + declared + "' }.legalForm"))
                        && t.get("items.find { it.campusId == '" + example + "' }.forecastBudgetCents") != null);
        assertEquals("EXAMPLE", table.getString("items.find { it.campusId == '" + example + "' }.source.kind"));
        assertEquals("DECLARED", table.getString("items.find { it.campusId == '" + declared + "' }.source.kind"));
        assertEquals("NATIONAL", table.getString("items.find { it.campusId == '" + declared + "' }.source.role"));
        given().auth().oauth2(reader).queryParam("q", words).queryParam("source", "EXAMPLE")
                .get("/api/v1/dashboard/campuses").then().statusCode(200).body("items.campusId", equalTo(List.of(example)));

        JsonPath detail = given().auth().oauth2(reader).get("/api/v1/dashboard/campuses/" + example).jsonPath();
        assertEquals("EXAMPLE", detail.getString("sources.find { it.part == 'BUDGET' }.source.kind"));
        assertEquals("SourcesAndHistoryFlowTest", detail.getString("sources.find { it.part == 'BUDGET' }.source.reference"));
        assertEquals("EXAMPLE", detail.getString("sources.find { it.part == 'PROFILE' }.source.kind"),
                "a value written without a source on an example campus is an example too");
        JsonPath declaredDetail = given().auth().oauth2(reader).get("/api/v1/dashboard/campuses/" + declared).jsonPath();
        assertEquals("DECLARED", declaredDetail.getString("sources.find { it.part == 'PROFILE' }.source.kind"));
        assertEquals("REGIONAL", declaredDetail.getString("sources.find { it.part == 'PROFILE' }.source.role"));
        assertEquals("76", declaredDetail.getString("sources.find { it.part == 'PROFILE' }.source.regionCode"));

        String csv = given().auth().oauth2(reader).queryParam("q", words).queryParam("format", "csv")
                .get("/api/v1/dashboard/campuses").then().statusCode(200).extract().asString();
        List<String> header = List.of(csv.lines().findFirst().orElseThrow().split(","));
        int sourceColumn = header.indexOf("source");
        assertTrue(sourceColumn >= 0, "the CSV has a source column: " + header);
        assertEquals("EXAMPLE", csv.lines().filter(l -> l.startsWith(example)).findFirst().orElseThrow()
                .split(",", -1)[sourceColumn]);

        // the summary counts the declared campus only, unless demonstration data is asked for
        given().auth().oauth2(reader).queryParam("q", words).get("/api/v1/dashboard/summary").then().statusCode(200)
                .body("campuses", equalTo(1)).body("demoDataIncluded", equalTo(false))
                .body("legalForms.find { it.code == 'GIP' }.count", equalTo(1))
                .body("forecastBudgetCents", equalTo(0));
        given().auth().oauth2(reader).queryParam("q", words).queryParam("includeDemoData", "true")
                .get("/api/v1/dashboard/summary").then().statusCode(200)
                .body("campuses", equalTo(2)).body("demoDataIncluded", equalTo(true))
                .body("legalForms.find { it.code == 'GIP' }.count", equalTo(2))
                .body("forecastBudgetCents", equalTo(5_000_000));

        // the page: the badge is the source's text (« Exemple (fictif) », « Déclaré »)
        String page = given().queryParam("q", words).get("/").then().statusCode(200).extract().asString();
        String exampleRow = rowOf(page, example);
        assertTrue(exampleRow.contains("Exemple (fictif)"), exampleRow);
        assertTrue(rowOf(page, declared).contains("Déclaré"), rowOf(page, declared));

        // the open-data publication has the declared campus and not the example
        String open = given().get("/api/v1/open-data/campuses.csv").then().statusCode(200).extract().asString();
        assertTrue(open.contains(declared), "the declared campus is published");
        assertFalse(open.contains(example), "the example campus is not published");
        assertTrue(given().queryParam("includeDemoData", "true").get("/api/v1/open-data/campuses.csv")
                .then().statusCode(200).extract().asString().contains(example), "unless asked for explicitly");
    }

    @Test
    void theSummaryPutsThe2017ReportNextToToday() {
        given().auth().oauth2(reader).get("/api/v1/dashboard/summary").then().statusCode(200)
                .body("report2017.legalForms.reference", equalTo("Tableau 4"))
                .body("report2017.legalForms.known", equalTo(73))
                .body("report2017.legalForms.shares.code", equalTo(List.of("ASSOCIATION", "GIP", "SUPPORT_ESTABLISHMENT")))
                .body("report2017.legalForms.shares.count", equalTo(List.of(10, 17, 46)));
        String page = given().get("/").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<th scope=\"col\">Rapport 2017</th>"), "the page's summary has the 2017 column");
    }

    @Test
    void theTableReadsAsOfAPastDateAndTheHistoryListsTheThreeServicesInOrder() throws Exception {
        String words = "Historique " + UUID.randomUUID().toString().substring(0, 8);
        String campus = registerCampus(words + " (test)", "MATERIALS", "76", "TOULOUSE");
        String regional = platform.tokens().regional("e2e-historian-occitanie", "76");
        Await.status(() -> given().auth().oauth2(regional).contentType(ContentType.JSON).body(GIP_PROFILE)
                .put("/api/v1/campuses/" + campus + "/profile").statusCode(), 201);
        Response first = Await.until(Duration.ofSeconds(30), Duration.ofMillis(100),
                () -> given().auth().oauth2(regional).contentType(ContentType.JSON).body(budget(10_000_000, ""))
                        .put("/api/v1/campuses/" + campus + "/budgets/" + YEAR), r -> r.statusCode() != 404);
        assertEquals(201, first.statusCode(), first.asString());
        awaitBudget(campus, 10_000_000);
        Thread.sleep(1_100);
        Instant between = Instant.now();
        Thread.sleep(1_100);
        given().auth().oauth2(regional).contentType(ContentType.JSON).header("If-Match", first.header("ETag"))
                .body(budget(15_000_000, "")).put("/api/v1/campuses/" + campus + "/budgets/" + YEAR)
                .then().statusCode(200);
        awaitBudget(campus, 15_000_000);

        String yesterday = LocalDate.now(FRANCE).minusDays(1).toString();
        given().auth().oauth2(reader).queryParam("q", words).queryParam("asOf", yesterday)
                .get("/api/v1/dashboard/campuses").then().statusCode(200).body("items.size()", equalTo(0));
        given().auth().oauth2(reader).queryParam("asOf", yesterday).get("/api/v1/dashboard/campuses/" + campus)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(reader).queryParam("q", words).queryParam("asOf", between.toString())
                .get("/api/v1/dashboard/campuses").then().statusCode(200)
                .body("items.campusId", equalTo(List.of(campus)))
                .body("items[0].forecastBudgetCents", equalTo(10_000_000));
        given().auth().oauth2(reader).queryParam("asOf", between.toString()).get("/api/v1/dashboard/campuses/" + campus)
                .then().statusCode(200).body("row.forecastBudgetCents", equalTo(10_000_000))
                .body("row.legalForm", equalTo("GIP"));
        String csv = given().auth().oauth2(reader).queryParam("q", words).queryParam("asOf", between.toString())
                .queryParam("format", "csv").get("/api/v1/dashboard/campuses").then().statusCode(200).extract().asString();
        assertTrue(csv.lines().anyMatch(l -> l.startsWith(campus) && l.contains(",10000000,")), csv);
        given().auth().oauth2(reader).queryParam("q", words).queryParam("asOf", between.toString())
                .get("/api/v1/dashboard/summary").then().statusCode(200)
                .body("campuses", equalTo(1)).body("forecastBudgetCents", equalTo(10_000_000));
        given().auth().oauth2(reader).queryParam("q", words).get("/api/v1/dashboard/summary").then().statusCode(200)
                .body("forecastBudgetCents", equalTo(15_000_000));

        JsonPath history = given().auth().oauth2(national).get("/api/v1/dashboard/campuses/" + campus + "/history")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("labelling", "monitoring", "funding", "funding"), history.getList("items.service"));
        List<String> at = history.getList("items.occurredAt");
        assertEquals(at.stream().sorted(Comparator.comparing(Instant::parse)).toList(), at, "in the order of the changes");
        assertEquals("e2e-historian-occitanie", history.getString("items[1].actor"));
        assertEquals("DECLARED", history.getString("items[3].source.kind"));
        assertEquals(10_000_000, history.getInt("items[3].changes.find { it.field == 'forecastBudgetCents' }.oldValue"));
        assertEquals(15_000_000, history.getInt("items[3].changes.find { it.field == 'forecastBudgetCents' }.newValue"));
        assertEquals("GIP", history.getString("items[1].changes.find { it.field == 'legalForm' }.newValue"));
        JsonPath readers = given().auth().oauth2(reader).get("/api/v1/dashboard/campuses/" + campus + "/history")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(history.getList("items.eventId"), readers.getList("items.eventId"));
        assertTrue(readers.getList("items.actor").stream().allMatch(Objects::isNull), "no actor for a reader");
    }

    /** The example script writes on a campus of its own, every value marked EXAMPLE; the 77 stay as they were. */
    @Test
    void theToulouseExampleLeavesTheReferenceCampusesAsTheReportGaveThem() throws Exception {
        List<Map<String, Object>> before = referenceRows();
        assertEquals(77, before.size());

        Path tokens = Files.createTempFile("cmq-e2e-tokens-", ".env");
        Path output = Files.createTempFile("cmq-e2e-toulouse-", ".log");
        String printed;
        try {
            Files.writeString(tokens, "READER_TOKEN=" + reader + "\nREGIONAL_76_TOKEN="
                    + platform.tokens().regional("e2e-example-occitanie", "76") + "\n");
            ProcessBuilder script = new ProcessBuilder("bash", "examples/toulouse-example.sh").directory(PROJECT.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            script.environment().put("G", platform.gatewayUrl());
            script.environment().put("TOKENS", tokens.toString());
            Process run = script.start();
            assertTrue(run.waitFor(120, TimeUnit.SECONDS), "the script ends");
            printed = Files.readString(output, StandardCharsets.UTF_8);
            assertEquals(0, run.exitValue(), printed);
            Matcher status = Pattern.compile("(?m)^(profile|partner \\S+|director funding|forecast budget) (\\d{3})$")
                    .matcher(printed);
            int writes = 0;
            while (status.find()) {
                writes++;
                assertTrue(status.group(2).startsWith("2"), status.group() + "\n" + printed);
            }
            assertEquals(9, writes, printed);
        } finally {
            Files.deleteIfExists(tokens);
            Files.deleteIfExists(output);
        }

        JsonPath own = given().auth().oauth2(reader).queryParam("q", "exemple aéronautique")
                .get("/api/v1/dashboard/campuses").then().statusCode(200).extract().jsonPath();
        assertEquals(1, own.getList("items").size());
        assertEquals("EXAMPLE", own.getString("items[0].source.kind"));
        String ownId = own.getString("items[0].campusId");
        assertTrue(printed.lines().anyMatch(l -> l.startsWith(ownId + ",")), "the script prints its CSV line: " + printed);
        JsonPath ownDetail = Await.until(Duration.ofSeconds(30), Duration.ofMillis(200),
                () -> given().auth().oauth2(reader).get("/api/v1/dashboard/campuses/" + ownId).jsonPath(),
                d -> d.getList("sources").size() >= 10);
        assertEquals(List.of("EXAMPLE"), ownDetail.getList("sources.source.kind").stream().distinct().toList(),
                "every part of the example campus is an example");

        List<Map<String, Object>> after = referenceRows();
        assertEquals(before, after, "the 77 reference campuses' rows are unchanged");
        for (Map<String, Object> row : after) {
            JsonPath d = given().auth().oauth2(reader).get("/api/v1/dashboard/campuses/" + row.get("campusId")).jsonPath();
            List<Object> kinds = new ArrayList<>(d.getList("sources.source.kind"));
            assertFalse(kinds.contains("EXAMPLE") || kinds.contains("SYNTHETIC"), row.get("designation") + ": " + kinds);
        }
        given().auth().oauth2(reader).queryParam("source", "EXAMPLE").queryParam("q", "Toulouse aéronautique spatial")
                .get("/api/v1/dashboard/campuses").then().statusCode(200)
                .body("items.findAll { it.source.kind != 'EXAMPLE' }.size()", equalTo(0));
    }

    /** The rows of the 77 campuses of Annexe 4 (source REPORT_2017), by id. */
    private static List<Map<String, Object>> referenceRows() {
        List<Map<String, Object>> rows = new ArrayList<>(given().auth().oauth2(reader).queryParam("source", "REPORT_2017")
                .queryParam("limit", 500).get("/api/v1/dashboard/campuses").then().statusCode(200).extract()
                .jsonPath().<Map<String, Object>>getList("items"));
        rows.sort(Comparator.comparing(r -> r.get("campusId").toString()));
        return rows;
    }

    /** A forecast budget of that total: one use and one regional contribution of the same amount. */
    private static String budget(long cents, String source) {
        return """
                {%s"holder":"CAMPUS","uses":[{"use":"ACTIONS","amountCents":%d}],
                 "contributions":[{"funderName":"Région (test)","funderType":"REGION","amountCents":%d,"nature":"CASH",
                  "modality":"EX_ANTE","status":"GRANTED"}]}""".formatted(source, cents, cents);
    }

    private static void awaitBudget(String campus, long cents) throws InterruptedException {
        Object read = Await.until(Duration.ofSeconds(30), Duration.ofMillis(50),
                () -> given().auth().oauth2(reader).get("/api/v1/dashboard/campuses/" + campus).jsonPath()
                        .get("row.forecastBudgetCents"), v -> v != null && ((Number) v).longValue() == cents);
        assertNotNull(read);
    }

    /** The page's table row of a campus (its HTML, from its link to the campus page to the row's end). */
    private static String rowOf(String page, String campus) {
        int link = page.indexOf("/campus/" + campus);
        assertTrue(link >= 0, "the page lists " + campus);
        int end = page.indexOf("</tr>", link);
        return page.substring(link, end);
    }

}
