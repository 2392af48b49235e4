package fr.cmq.funding;

import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class SummaryTest extends FundingTestSupport {

    private static final String RECTORAT_ONLY = """
            {"holder": "SUPPORT_ESTABLISHMENT", "uses": [{"use": "OPERATIONAL_DIRECTOR", "amountCents": 6000000}],
             "contributions": [{"funderName": "Rectorat", "funderType": "RECTORAT", "amountCents": 5000000,
                "nature": "STAFF", "modality": "EX_POST", "status": "PAID"}]}""";

    private static void put(UUID campus, int year, String kind, String body) {
        jsonAs(TestTokens.national()).body(body).queryParam("kind", kind)
                .when().put("/api/v1/campuses/" + campus + "/budgets/" + year).then().statusCode(201);
    }

    @Test
    void summarisesTheYearsForecastBudgetsOfARegion() throws Exception {
        // Region 94 (Corse) is used by this test only, so its figures are exactly this test's.
        UUID aerocampus = knownCampus("Campus A", "94");
        UUID rectoratOnly = knownCampus("Campus B", "94");
        knownCampus("Campus C, no budget", "94");
        UUID executedOnly = knownCampus("Campus D, executed budget only", "94");
        put(aerocampus, 2026, "FORECAST", AEROCAMPUS_BUDGET);
        put(rectoratOnly, 2026, "FORECAST", RECTORAT_ONLY);
        put(executedOnly, 2026, "EXECUTED", AEROCAMPUS_BUDGET);
        put(rectoratOnly, 2025, "FORECAST", AEROCAMPUS_BUDGET);

        given().auth().oauth2(TestTokens.reader()).queryParam("year", 2026).queryParam("region", "94")
                .when().get("/api/v1/funding/summary")
                .then().statusCode(200)
                .body("year", equalTo(2026))
                .body("regionCode", equalTo("94"))
                .body("campuses", equalTo(4))
                .body("campusesWithBudget", equalTo(2))
                .body("campusesWithoutBudget", equalTo(2))
                .body("campusesFundedOnlyByRectorat", equalTo(1))
                .body("totalResourcesCents", equalTo(1005000000))
                .body("totalUsesCents", equalTo(1006000000))
                .body("coverageRatioPercent", equalTo(dec("99.9")))
                .body("byFunderType.funderType", contains("RECTORAT", "REGION", "OWN_RESOURCES"))
                .body("byFunderType.amountCents", contains(5000000, 200000000, 800000000))
                // 0.4975 / 19.9005 / 79.6020 %: the one tenth left over goes to the largest remainder (rectorat).
                .body("byFunderType.percent", contains(dec("0.5"), dec("19.9"), dec("79.6")))
                .body("byAnnex3Bucket.bucket", contains("RECTORAT", "REGION", "COMPANY_PARTNERS", "OTHER"))
                .body("byAnnex3Bucket.percent", contains(dec("0.5"), dec("19.9"), dec("0.0"), dec("79.6")))
                .body("byModality.modality", contains("EX_ANTE", "EX_POST"))
                .body("byModality.amountCents", contains(1000000000, 5000000))
                .body("byModality.percent", contains(dec("99.5"), dec("0.5")));

        given().auth().oauth2(TestTokens.national()).queryParam("year", 2013).queryParam("region", "94")
                .when().get("/api/v1/funding/summary")
                .then().statusCode(200)
                .body("campusesWithBudget", equalTo(0))
                .body("campusesWithoutBudget", equalTo(4))
                .body("totalResourcesCents", equalTo(0))
                .body("byModality.amountCents", contains(0, 0));
        // Without a region filter: the whole country, which includes (at least) the campuses above.
        var national = given().auth().oauth2(TestTokens.regional("11")).queryParam("year", 2026)
                .when().get("/api/v1/funding/summary")
                .then().statusCode(200).body("regionCode", nullValue()).extract().jsonPath();
        assertTrue(national.getLong("campusesWithBudget") >= 2);
        assertTrue(national.getLong("totalResourcesCents") >= 1_005_000_000L);
        assertTrue(national.getLong("campuses") >= 4);
    }

    @Test
    void needsAYearInRangeAndAToken() {
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/funding/summary")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("year"));
        given().auth().oauth2(TestTokens.reader()).queryParam("year", 2012).when().get("/api/v1/funding/summary")
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().queryParam("year", 2026).when().get("/api/v1/funding/summary")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
