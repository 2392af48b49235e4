package fr.cmq.funding;

import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * The platform's conditional requests (RFC 9110) on every funding resource that has an ETag: a read answers 304 to
 * If-None-Match naming the current tag (weak comparison, lists, *); a replacement needs If-Match (428 without) naming
 * the current tag (strong comparison: a weak tag is stale, 412; lists; *).
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class ConditionalRequestsTest extends FundingTestSupport {

    /** Every way of naming the current tag "1" in If-None-Match gives 304; another tag gives the body. */
    private static void revalidates(String path) {
        for (String tag : List.of("\"1\"", "W/\"1\"", "\"7\", W/\"1\"", "*")) {
            given().auth().oauth2(TestTokens.reader()).header("If-None-Match", tag).when().get(path)
                    .then().statusCode(304).header("ETag", "\"1\"");
        }
        given().auth().oauth2(TestTokens.reader()).header("If-None-Match", "\"7\"").when().get(path)
                .then().statusCode(200).header("ETag", "\"1\"");
    }

    /** Replacing {@code path} (at version 1): 428 without If-Match, 412 stale or weak, then lists and * succeed. */
    private static void replacesOnlyTheCurrentVersion(String path, String body) {
        put(path, body, null).then().statusCode(428).body("errors[0].field", equalTo("If-Match"));
        put(path, body, "\"7\"").then().statusCode(412).body("errors[0].field", equalTo("If-Match"));
        put(path, body, "W/\"1\"").then().statusCode(412);
        put(path, body, "\"7\", \"1\"").then().statusCode(200).header("ETag", "\"2\"");
        put(path, body, "*").then().statusCode(200).header("ETag", "\"3\"");
        put(path, body, "\"2\"").then().statusCode(412);
    }

    private static io.restassured.response.Response put(String path, String body, String ifMatch) {
        var request = jsonAs(TestTokens.national()).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put(path);
    }

    /**
     * A campus's record for a year: If-Match before it exists is 412, the first PUT creates it (ETag "1"), then it
     * revalidates and is replaced only by its current version.
     */
    private void yearlyRecord(String resource, String body) throws Exception {
        UUID campus = knownCampus("Conditional " + resource, "27");
        String path = "/api/v1/campuses/" + campus + "/" + resource + "/2026";
        put(path, body, "\"1\"").then().statusCode(412); // nothing to match yet
        put(path, body, null).then().statusCode(201).header("ETag", "\"1\"");
        revalidates(path);
        replacesOnlyTheCurrentVersion(path, body);
    }

    @Test
    void budgets() throws Exception {
        yearlyRecord("budgets", AEROCAMPUS_BUDGET);
    }

    @Test
    void directorFunding() throws Exception {
        yearlyRecord("director-funding", TOULOUSE_DIRECTOR);
    }

    @Test
    void envelopesMoveToANewVersionWithEachAllocation() throws Exception {
        UUID campus = knownCampus("Conditional envelope", "27");
        String id = jsonAs(TestTokens.national()).body("""
                        {"funderName": "Région", "funderType": "REGION", "totalCents": 1000, "startYear": 2024,
                         "endYear": 2026, "modality": "EX_ANTE", "campusIds": ["%s"]}""".formatted(campus))
                .when().post("/api/v1/funding-envelopes").then().statusCode(201).header("ETag", "\"1\"")
                .extract().path("id");
        String path = "/api/v1/funding-envelopes/" + id;
        revalidates(path);
        jsonAs(TestTokens.national())
                .body("{\"campusId\": \"" + campus + "\", \"year\": 2025, \"amountCents\": 100}")
                .when().post(path + "/allocations").then().statusCode(201).header("ETag", "\"2\"");
        given().auth().oauth2(TestTokens.reader()).header("If-None-Match", "W/\"1\"").when().get(path)
                .then().statusCode(200).header("ETag", "\"2\"");
    }
}
