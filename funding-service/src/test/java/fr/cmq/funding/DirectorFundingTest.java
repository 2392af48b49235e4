package fr.cmq.funding;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class DirectorFundingTest extends FundingTestSupport {

    private static String path(UUID campus, int year) {
        return "/api/v1/campuses/" + campus + "/director-funding/" + year;
    }

    @Test
    void toulouseDirectorPostReadsSeventyFivePercentBeyondTheRectorat() throws Exception {
        UUID campus = knownCampus("Aéronautique et spatial", "76");
        jsonAs(TestTokens.regional("76")).body(TOULOUSE_DIRECTOR)
                .when().put(path(campus, 2017))
                .then().statusCode(201).header("ETag", "\"1\"")
                .body("shares.funderType", contains("COMPANY", "RECTORAT", "REGION", "PROFESSIONAL_BRANCH"))
                .body("shares.percent", contains(dec("30.0"), dec("25.0"), dec("25.0"), dec("20.0")))
                // 80 000.01 EUR split by largest remainder: the extra cent goes to the first largest remainder.
                .body("shares.amountCents", contains(2400001, 2000000, 2000000, 1600000))
                .body("rectoratPercent", equalTo(dec("25.0")))
                .body("nonRectoratPercent", equalTo(dec("75.0")))
                .body("employerName", equalTo("Airbus"));
        given().auth().oauth2(TestTokens.reader()).when().get(path(campus, 2017))
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("nonRectoratPercent", equalTo(dec("75.0")));
        given().auth().oauth2(TestTokens.reader()).header("If-None-Match", "\"1\"").when().get(path(campus, 2017))
                .then().statusCode(304);

        // Replaced (If-Match "1") by a post fully paid by the rectorat, as in all the campuses visited [7].
        String rectoratOnly = """
                {"totalCostCents": 6000000, "shares": [
                  {"funderName": "Rectorat de Toulouse", "funderType": "RECTORAT", "percent": 100}]}""";
        jsonAs(TestTokens.national()).body(rectoratOnly)
                .when().put(path(campus, 2017)).then().statusCode(428);
        jsonAs(TestTokens.national()).body(rectoratOnly)
                .header("If-Match", "\"1\"")
                .when().put(path(campus, 2017))
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("nonRectoratPercent", equalTo(dec("0.0")))
                .body("updatedBy", equalTo("test-national"));
        jsonAs(TestTokens.regional("76")).body(TOULOUSE_DIRECTOR)
                .header("If-Match", "\"1\"")
                .when().put(path(campus, 2017)).then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.reader()).when().get(path(campus, 2017))
                .then().statusCode(200).body("totalCostCents", equalTo(6000000))
                .body("shares.funderType", contains("RECTORAT"));

        // The trail of accepted writes; who wrote each, for national tokens only.
        given().auth().oauth2(TestTokens.national()).when().get("/api/v1/campuses/" + campus + "/funding-history")
                .then().statusCode(200)
                .body("eventType", contains("DirectorFundingDeclared", "DirectorFundingUpdated"))
                .body("actor", contains("test-regional-76", "test-national"))
                .body("eventVersion", contains(1, 2))
                .body("at", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.notNullValue()));
        for (String other : List.of(TestTokens.reader(), TestTokens.regional("76"), TestTokens.regional("84"))) {
            given().auth().oauth2(other).when().get("/api/v1/campuses/" + campus + "/funding-history")
                    .then().statusCode(200)
                    .body("eventType", contains("DirectorFundingDeclared", "DirectorFundingUpdated"))
                    .body("eventVersion", contains(1, 2))
                    .body("findAll { it.containsKey('actor') }", org.hamcrest.Matchers.empty());
        }
        given().auth().oauth2(TestTokens.national()).when()
                .get("/api/v1/campuses/" + UUID.randomUUID() + "/funding-history").then().statusCode(404);

        List<JsonNode> events = events(campus, 2);
        assertEquals("DirectorFundingDeclared", events.get(0).get("type").asText());
        assertEquals("75.0", events.get(0).at("/data/nonRectoratPercent").decimalValue().toPlainString());
        assertEquals("30.0", events.get(0).at("/data/shares/0/percent").decimalValue().toPlainString());
        assertEquals("DirectorFundingUpdated", events.get(1).get("type").asText());
        assertEquals("0.0", events.get(1).at("/data/nonRectoratPercent").decimalValue().toPlainString());
    }

    @Test
    void sharesMustAddToExactlyOneHundred() throws Exception {
        UUID campus = knownCampus("Aéronautique", "84");
        jsonAs(TestTokens.national())
                .body(TOULOUSE_DIRECTOR.replace("\"percent\": 20", "\"percent\": 19.9"))
                .when().put(path(campus, 2026))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("shares"))
                .body("detail", equalTo("the shares add to 99.9 %, not 100 %"));
        jsonAs(TestTokens.national())
                .body(TOULOUSE_DIRECTOR.replace("\"percent\": 20", "\"percent\": 21"))
                .when().put(path(campus, 2026)).then().statusCode(422);
        invalid(campus, TOULOUSE_DIRECTOR.replace("\"percent\": 20", "\"percent\": 19.95"), "shares[3].percent");
        invalid(campus, TOULOUSE_DIRECTOR.replace("\"percent\": 20", "\"percent\": 0"), "shares[3].percent");
        invalid(campus, TOULOUSE_DIRECTOR.replace("\"percent\": 30", "\"percent\": 130"), "shares[0].percent");
        invalid(campus, TOULOUSE_DIRECTOR.replace("PROFESSIONAL_BRANCH", "TRADE_UNION"), "shares[3].funderType");
        invalid(campus, TOULOUSE_DIRECTOR.replace("8000001", "-5"), "totalCostCents");
        invalid(campus, TOULOUSE_DIRECTOR.replace("8000001", "80000.5"), "totalCostCents");
        invalid(campus, TOULOUSE_DIRECTOR.replace("8000001", "100000000001"), "totalCostCents");
        invalid(campus, "{\"totalCostCents\": 1, \"shares\": []}", "shares");
        jsonAs(TestTokens.national()).body(TOULOUSE_DIRECTOR)
                .when().put(path(campus, 2012)).then().statusCode(400).body("errors[0].field", equalTo("year"));
        // Shares of 33.3 + 33.3 + 33.4 add up exactly (no floating point).
        jsonAs(TestTokens.national()).body("""
                        {"totalCostCents": 100, "shares": [
                          {"funderName": "A", "funderType": "COMPANY", "percent": 33.3},
                          {"funderName": "B", "funderType": "REGION", "percent": 33.3},
                          {"funderName": "C", "funderType": "RECTORAT", "percent": 33.4}]}""")
                .when().put(path(campus, 2026))
                .then().statusCode(201)
                .body("shares.amountCents", contains(33, 33, 34))
                .body("nonRectoratPercent", equalTo(dec("66.6")));
    }

    @Test
    void scopedByRoleAndRegionAndUnknownCampusIsNotFound() throws Exception {
        UUID campus = knownCampus("Aéronautique et spatial", "76");
        jsonAs(TestTokens.reader()).body(TOULOUSE_DIRECTOR)
                .when().put(path(campus, 2026)).then().statusCode(403).contentType("application/problem+json");
        jsonAs(TestTokens.regional("11")).body(TOULOUSE_DIRECTOR)
                .when().put(path(campus, 2026)).then().statusCode(403)
                .body("detail", startsWith("A regional token of region 11"));
        // Decided before the body is validated: shares adding to 99.9 from another region are 403, not 422.
        jsonAs(TestTokens.regional("11"))
                .body(TOULOUSE_DIRECTOR.replace("\"percent\": 20", "\"percent\": 19.9"))
                .when().put(path(campus, 2026)).then().statusCode(403);
        given().auth().oauth2(TestTokens.reader()).when().get(path(campus, 2026)).then().statusCode(404);
        UUID unknown = UUID.randomUUID();
        jsonAs(TestTokens.national()).body(TOULOUSE_DIRECTOR)
                .when().put(path(unknown, 2026)).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.reader()).when().get(path(unknown, 2026)).then().statusCode(404);
    }

    private static void invalid(UUID campus, String body, String field) {
        jsonAs(TestTokens.national()).body(body)
                .when().put(path(campus, 2026))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
