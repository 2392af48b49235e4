package fr.cmq.funding;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.common.time.CmqClock;
import fr.cmq.common.time.DrivenClock;
import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class BudgetTest extends FundingTestSupport {

    @Inject
    DrivenClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static String path(UUID campus, int year) {
        return "/api/v1/campuses/" + campus + "/budgets/" + year;
    }

    private static String oneContribution(String field, String value) {
        String contribution = """
                {"funderName": "Rectorat de Toulouse", "funderType": "RECTORAT", "amountCents": 5000000,
                 "nature": "STAFF", "modality": "EX_ANTE", "status": "PAID"}""";
        contribution = contribution.replaceFirst("\"" + field + "\": (\"[A-Za-zé_ ]*\"|[0-9]+)",
                "\"" + field + "\": " + value);
        return """
                {"holder": "SUPPORT_ESTABLISHMENT", "uses": [{"use": "OPERATIONAL_DIRECTOR", "amountCents": 5000000}],
                 "contributions": [%s]}""".formatted(contribution);
    }

    @Test
    void aerocampusForecastReadsTwentyAndEightyPercentAndIsPublished() throws Exception {
        UUID campus = knownCampus("Aérocampus", "75");
        jsonAs(TestTokens.regional("75")).body(AEROCAMPUS_BUDGET)
                .when().put(path(campus, 2026))
                .then().statusCode(201).header("ETag", "\"1\"").header("Location", startsWith("http"))
                .body("kind", equalTo("FORECAST"))
                .body("holder", equalTo("CAMPUS"))
                .body("totalResourcesCents", equalTo(1000000000))
                .body("totalUsesCents", equalTo(1000000000))
                .body("balanceCents", equalTo(0))
                .body("coverageRatioPercent", equalTo(dec("100.0")))
                .body("sharesByFunderType.funderType", contains("REGION", "OWN_RESOURCES"))
                .body("sharesByFunderType.percent", contains(dec("20.0"), dec("80.0")))
                .body("sharesByFunderType.amountCents", contains(200000000, 800000000))
                .body("sharesByModality.modality", contains("EX_ANTE"))
                .body("sharesByModality.percent", contains(dec("100.0")))
                .body("nonRectoratPercent", equalTo(dec("100.0")))
                .body("contributions", hasSize(2))
                .body("version", equalTo(1))
                .body("updatedBy", nullValue());

        given().auth().oauth2(TestTokens.reader()).when().get(path(campus, 2026))
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("sharesByFunderType.percent", contains(dec("20.0"), dec("80.0")))
                .body("updatedBy", nullValue());
        given().auth().oauth2(TestTokens.national()).when().get(path(campus, 2026))
                .then().statusCode(200).body("updatedBy", equalTo("test-regional-75"));
        given().auth().oauth2(TestTokens.reader()).header("If-None-Match", "\"1\"").when().get(path(campus, 2026))
                .then().statusCode(304);

        JsonNode event = events(campus, 1).get(0);
        assertEquals("BudgetDeclared", event.get("type").asText());
        assertEquals("test-regional-75", event.get("actor").asText());
        assertEquals(2026, event.at("/data/year").asInt());
        assertEquals("FORECAST", event.at("/data/kind").asText());
        assertEquals(1_000_000_000L, event.at("/data/totalResourcesCents").asLong());
        assertEquals("20.0", event.at("/data/sharesByFunderType/0/percent").decimalValue().toPlainString());
        assertEquals("80.0", event.at("/data/sharesByFunderType/1/percent").decimalValue().toPlainString());
    }

    @Test
    void replacingNeedsTheCurrentETagAndAStaleOneKeepsTheOtherWritersBudget() throws Exception {
        UUID campus = knownCampus("Aéronautique et spatial", "76");
        // If-Match on a budget that does not exist yet: 412, nothing created.
        jsonAs(TestTokens.national()).body(AEROCAMPUS_BUDGET)
                .header("If-Match", "\"1\"")
                .when().put(path(campus, 2025)).then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.reader()).when().get(path(campus, 2025)).then().statusCode(404);
        jsonAs(TestTokens.national()).body(AEROCAMPUS_BUDGET)
                .when().put(path(campus, 2025)).then().statusCode(201);

        // Without If-Match: 428; the budget stays at version 1.
        jsonAs(TestTokens.national()).body(oneContribution("x", "0"))
                .when().put(path(campus, 2025))
                .then().statusCode(428).contentType("application/problem+json")
                .body("errors[0].field", equalTo("If-Match"));

        // A first writer replaces it with If-Match "1": version 2, only the rectorat.
        jsonAs(TestTokens.regional("76")).header("If-Match", "\"1\"")
                .body(oneContribution("x", "0"))
                .when().put(path(campus, 2025))
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("sharesByFunderType.funderType", contains("RECTORAT"))
                .body("sharesByFunderType.percent", contains(dec("100.0")))
                .body("nonRectoratPercent", equalTo(dec("0.0")));

        // A second writer who read version 1 is refused; the first writer's budget is kept.
        jsonAs(TestTokens.national()).header("If-Match", "\"1\"")
                .body(AEROCAMPUS_BUDGET)
                .when().put(path(campus, 2025))
                .then().statusCode(412).contentType("application/problem+json")
                .body("status", equalTo(412));
        given().auth().oauth2(TestTokens.reader()).when().get(path(campus, 2025))
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("holder", equalTo("SUPPORT_ESTABLISHMENT"))
                .body("totalResourcesCents", equalTo(5000000));

        List<JsonNode> events = events(campus, 2);
        assertEquals(List.of("BudgetDeclared", "BudgetUpdated"),
                events.stream().map(e -> e.get("type").asText()).toList());
        assertEquals(2, events.get(1).get("version").asLong());
        assertEquals(5_000_000L, events.get(1).at("/data/totalResourcesCents").asLong());
    }

    @Test
    void concurrentWritersWithTheSameETagOneWinsTheOthersGet412() throws Exception {
        UUID campus = knownCampus("Aéronautique", "84");
        jsonAs(TestTokens.national()).body(AEROCAMPUS_BUDGET)
                .when().put(path(campus, 2026)).then().statusCode(201);
        String token = TestTokens.national();
        List<Integer> statuses = concurrently(8, 4, i -> jsonAs(token)
                .header("If-Match", "\"1\"").body(oneContribution("x", "0"))
                .when().put(path(campus, 2026)).then().extract().statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
        given().auth().oauth2(TestTokens.reader()).when().get(path(campus, 2026))
                .then().statusCode(200).header("ETag", "\"2\"");
    }

    @Test
    void forecastAndExecutedBothExistForAYearAndAreListed() throws Exception {
        UUID campus = knownCampus("Forêt-Bois", "75");
        jsonAs(TestTokens.national()).body(AEROCAMPUS_BUDGET)
                .when().put(path(campus, 2024)).then().statusCode(201);
        jsonAs(TestTokens.national()).body(oneContribution("x", "0"))
                .queryParam("kind", "EXECUTED")
                .when().put(path(campus, 2024)).then().statusCode(201).body("kind", equalTo("EXECUTED"))
                .body("coverageRatioPercent", equalTo(dec("100.0")));
        jsonAs(TestTokens.national()).body(oneContribution("x", "0"))
                .when().put(path(campus, 2023)).then().statusCode(201);

        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/campuses/" + campus + "/budgets")
                .then().statusCode(200)
                .body("year", contains(2023, 2024, 2024))
                .body("kind", contains("FORECAST", "FORECAST", "EXECUTED"));
        given().auth().oauth2(TestTokens.reader()).queryParam("kind", "EXECUTED")
                .when().get("/api/v1/campuses/" + campus + "/budgets")
                .then().statusCode(200).body("kind", contains("EXECUTED"));
        given().auth().oauth2(TestTokens.reader()).queryParam("kind", "EXECUTED").when().get(path(campus, 2024))
                .then().statusCode(200).body("totalResourcesCents", equalTo(5000000));
        given().auth().oauth2(TestTokens.reader()).queryParam("kind", "EXECUTED").when().get(path(campus, 2023))
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.reader()).queryParam("kind", "PLANNED").when().get(path(campus, 2023))
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
    }

    @Test
    void seventySevenContributionsOfOneCentAddUpExactly() throws Exception {
        UUID campus = knownCampus("Energies et efficacité énergétique", "28");
        String[] types = {"RECTORAT", "REGION", "COMPANY"};
        String contributions = IntStream.range(0, 77).mapToObj(i -> """
                {"funderName": "Funder %d", "funderType": "%s", "amountCents": 1, "nature": "CASH",
                 "modality": "%s", "status": "PLANNED"}""".formatted(i, types[i % 3], i < 7 ? "EX_POST" : "EX_ANTE"))
                .collect(Collectors.joining(","));
        String body = """
                {"holder": "CAMPUS", "uses": [{"use": "COMMUNICATION", "amountCents": 77}], "contributions": [%s]}"""
                .formatted(contributions);
        jsonAs(TestTokens.national()).body(body)
                .when().put(path(campus, 2026))
                .then().statusCode(201)
                .body("contributions", hasSize(77))
                .body("totalResourcesCents", equalTo(77))
                .body("coverageRatioPercent", equalTo(dec("100.0")))
                // 26, 26 and 25 cents of 77: 33.77 / 33.77 / 32.47 % rounded by largest remainder to one decimal.
                .body("sharesByFunderType.funderType", contains("RECTORAT", "REGION", "COMPANY"))
                .body("sharesByFunderType.amountCents", contains(26, 26, 25))
                .body("sharesByFunderType.percent", contains(dec("33.8"), dec("33.7"), dec("32.5")))
                .body("nonRectoratPercent", equalTo(dec("66.2")))
                // 70 ex-ante and 7 ex-post cents: 90.9 / 9.1 %.
                .body("sharesByModality.modality", contains("EX_ANTE", "EX_POST"))
                .body("sharesByModality.percent", contains(dec("90.9"), dec("9.1")));
    }

    @Test
    void refusesInvalidInputNamingTheFieldAndStoresNothing() throws Exception {
        UUID campus = knownCampus("Bois", "44");
        int tooLate = clock.year() + 6;
        expect400(path(campus, 2026), oneContribution("amountCents", "-1"), "contributions[0].amountCents");
        expect400(path(campus, 2026), oneContribution("amountCents", "12.5"), "contributions[0].amountCents");
        expect400(path(campus, 2026), oneContribution("amountCents", "100.0"), "contributions[0].amountCents");
        expect400(path(campus, 2026), oneContribution("amountCents", "\"100\""), "contributions[0].amountCents");
        expect400(path(campus, 2026), oneContribution("amountCents", "100000000001"), "contributions[0].amountCents");
        expect400(path(campus, 2026), oneContribution("funderType", "\"BANK\""), "contributions[0].funderType");
        expect400(path(campus, 2026), oneContribution("nature", "\"LOAN\""), "contributions[0].nature");
        expect400(path(campus, 2026), oneContribution("modality", "\"DURING\""), "contributions[0].modality");
        expect400(path(campus, 2026), oneContribution("status", "\"LOST\""), "contributions[0].status");
        expect400(path(campus, 2026), oneContribution("funderName", "\"\""), "contributions[0].funderName");
        expect400(path(campus, 2026), oneContribution("x", "0").replace("\"holder\"", "\"colour\": 1, \"holder\""),
                "colour");
        expect400(path(campus, 2026), oneContribution("x", "0").replace("SUPPORT_ESTABLISHMENT", "NOBODY"), "holder");
        expect400(path(campus, 2026), oneContribution("x", "0").replace("\"uses\": [",
                "\"uses\": [{\"use\": \"OPERATIONAL_DIRECTOR\", \"amountCents\": 1}, "), "uses[1].use");
        // Each amount within the bound, but 2 x 600 000 000 EUR is above it.
        expect400(path(campus, 2026), AEROCAMPUS_BUDGET.replace("200000000", "60000000000")
                .replace("800000000", "60000000000"), "contributions");
        expect400(path(campus, 2012), oneContribution("x", "0"), "year");
        expect400(path(campus, tooLate), oneContribution("x", "0"), "year");
        jsonAs(TestTokens.national()).body(oneContribution("x", "0"))
                .queryParam("kind", "BUDGETED").when().put(path(campus, 2026))
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        jsonAs(TestTokens.national()).body("{\"holder\": ")
                .when().put(path(campus, 2026)).then().statusCode(400).contentType("application/problem+json");

        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/campuses/" + campus + "/budgets")
                .then().statusCode(200).body("$", hasSize(0));
        jsonAs(TestTokens.national())
                .body(oneContribution("amountCents", "100000000000"))
                .when().put(path(campus, clock.year() + 5)).then().statusCode(201);
        jsonAs(TestTokens.national()).body(oneContribution("x", "0"))
                .when().put(path(campus, 2013)).then().statusCode(201);
    }

    @Test
    void theYearBoundsFollowTheDateInFrance() throws Exception {
        UUID campus = knownCampus("Mer", "53");
        // 1 January 2030, 00:30 in Paris: still 2029 in UTC. The last year accepted is 2030 + 5.
        ZonedDateTime newYearInParis = ZonedDateTime.of(2030, 1, 1, 0, 30, 0, 0, CmqClock.FRANCE);
        clock.reset();
        clock.advance(Duration.between(Instant.now(), newYearInParis.toInstant()));
        jsonAs(TestTokens.national()).body(oneContribution("x", "0"))
                .when().put(path(campus, 2035)).then().statusCode(201);
        jsonAs(TestTokens.national()).body(oneContribution("x", "0"))
                .when().put(path(campus, 2036))
                .then().statusCode(400).body("errors[0].field", equalTo("year"))
                .body("errors[0].message", equalTo("must be between 2013 and 2035"));
        given().auth().oauth2(TestTokens.reader()).queryParam("year", 2035).when().get("/api/v1/funding/summary")
                .then().statusCode(200);
    }

    @Test
    void unknownCampusIsNotFound() {
        UUID unknown = UUID.randomUUID();
        jsonAs(TestTokens.national()).body(AEROCAMPUS_BUDGET)
                .when().put(path(unknown, 2026))
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", startsWith("Campus " + unknown));
        given().auth().oauth2(TestTokens.reader()).when().get(path(unknown, 2026)).then().statusCode(404);
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/campuses/" + unknown + "/budgets")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void writesAreScopedByRoleAndRegion() throws Exception {
        UUID campus = knownCampus("Aéronautique et spatial", "76");
        given().contentType(ContentType.JSON).body(AEROCAMPUS_BUDGET).when().put(path(campus, 2026))
                .then().statusCode(401).contentType("application/problem+json");
        jsonAs(TestTokens.reader()).body(AEROCAMPUS_BUDGET)
                .when().put(path(campus, 2026))
                .then().statusCode(403).contentType("application/problem+json");
        jsonAs(TestTokens.regional("32")).body(AEROCAMPUS_BUDGET)
                .when().put(path(campus, 2026))
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", startsWith("A regional token of region 32"));
        // Who may write is decided before what is written is validated: an invalid body from another region is 403.
        jsonAs(TestTokens.regional("32"))
                .body(oneContribution("amountCents", "-1"))
                .when().put(path(campus, 2026))
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.reader()).when().get(path(campus, 2026)).then().statusCode(404);
        jsonAs(TestTokens.regional("76")).body(AEROCAMPUS_BUDGET)
                .when().put(path(campus, 2026)).then().statusCode(201);
        given().auth().oauth2(TestTokens.regional("32")).when().get(path(campus, 2026)).then().statusCode(200);
    }

    @Test
    void servesFunderTypesWithFrenchLabels() {
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/reference/funder-types")
                .then().statusCode(200).body("$", hasSize(11))
                .body("code", contains("RECTORAT", "REGION", "SUPPORT_ESTABLISHMENT", "COMPANY", "PROFESSIONAL_BRANCH",
                        "MEMBERSHIP_FEES", "OTHER_LOCAL_AUTHORITY", "OTHER_STATE", "EU_FUNDS", "OWN_RESOURCES", "OTHER"))
                .body("find { it.code == 'REGION' }.label", equalTo("Conseil régional"))
                .body("find { it.code == 'PROFESSIONAL_BRANCH' }.annex3Bucket", equalTo("COMPANY_PARTNERS"));
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/reference/funding-modalities")
                .then().statusCode(200).body("code", contains("EX_ANTE", "EX_POST"));
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/reference/contribution-natures")
                .then().statusCode(200).body("find { it.code == 'IN_KIND' }.label", equalTo("En nature"));
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/reference/contribution-statuses")
                .then().statusCode(200).body("code", contains("PLANNED", "REQUESTED", "GRANTED", "PAID"));
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/reference/budget-uses")
                .then().statusCode(200).body("$", hasSize(6));
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/reference/budget-holders")
                .then().statusCode(200).body("code", hasItem("SUPPORT_ESTABLISHMENT"));
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/reference/budget-kinds")
                .then().statusCode(200).body("code", contains("FORECAST", "EXECUTED"));
        given().when().get("/api/v1/reference/funder-types").then().statusCode(401);
    }

    private static void expect400(String path, String body, String field) {
        jsonAs(TestTokens.national()).body(body)
                .when().put(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
