package fr.cmq.funding;

import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The budget lines of a region's bulk import, over real HTTP, PostgreSQL and Kafka. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class BudgetImportTest extends FundingTestSupport {

    static final String PATH = "/api/v1/imports/regions/75/budgets";
    static final String NDJSON = "application/x-ndjson";

    static String budget(UUID campus, int year, String kind, long cents) {
        return "{\"record\":\"budget\",\"campusId\":\"" + campus + "\",\"year\":" + year + ",\"kind\":\"" + kind
                + "\",\"holder\":\"CAMPUS\",\"uses\":[{\"use\":\"ACTIONS\",\"amountCents\":" + cents + "}],"
                + "\"contributions\":[{\"funderName\":\"Région Nouvelle-Aquitaine\",\"funderType\":\"REGION\","
                + "\"amountCents\":" + cents + ",\"nature\":\"CASH\",\"modality\":\"EX_ANTE\",\"status\":\"GRANTED\"}]}";
    }

    static Response post(String token, String type, String body) {
        return given().auth().oauth2(token).contentType(type).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post(PATH);
    }

    @Test
    void goodBudgetsAreStoredWithTheirEventsBadOnesRejectedAndAReplayChangesNothing() throws Exception {
        UUID campus = knownCampus("Aérocampus", "75");
        UUID elsewhere = knownCampus("Ailleurs", "11");
        String file = String.join("\n",
                budget(campus, 2026, "FORECAST", 100000000),
                budget(campus, 2025, "EXECUTED", 90000000),
                budget(campus, 1999, "FORECAST", 1),
                budget(campus, 2026, "GUESS", 1),
                budget(campus, 2026, "FORECAST", -5).replace("\"year\":2026,", "\"year\":2024,"),
                budget(elsewhere, 2026, "FORECAST", 1),
                "{\"record\":\"budget\",\"campusId\":\"" + campus + "\",\"kind\":\"FORECAST\"}");
        post(TestTokens.regional("75"), NDJSON, file).then().statusCode(200)
                .body("created", equalTo(2)).body("rejected", equalTo(5))
                .body("results[0].id", equalTo(campus + "/2026/FORECAST"))
                .body("results[2].errors.field", contains("year"))
                .body("results[3].errors.field", contains("kind"))
                .body("results[4].errors.field", hasItems("contributions[0].amountCents", "uses[0].amountCents"))
                .body("results[5].errors.field", contains("campusId"))
                .body("results[6].errors.field", contains("year"));
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/campuses/" + campus + "/budgets/2026")
                .then().statusCode(200).body("totalResourcesCents", equalTo(100000000));
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/campuses/" + campus + "/budgets/2024")
                .then().statusCode(404);
        assertEquals(List.of("BudgetDeclared", "BudgetDeclared"),
                events(campus, 2).stream().map(e -> e.get("type").asText()).toList());

        post(TestTokens.national(), NDJSON, file).then().statusCode(200)
                .body("unchanged", equalTo(2)).body("created", equalTo(0)).body("updated", equalTo(0));
        post(TestTokens.national(), NDJSON, budget(campus, 2026, "FORECAST", 120000000)).then().statusCode(200)
                .body("results[0].outcome", equalTo("UPDATED"));
        assertEquals(List.of("BudgetDeclared", "BudgetDeclared", "BudgetUpdated"),
                events(campus, 3).stream().map(e -> e.get("type").asText()).toList());
    }

    @Test
    void csvBudgetsNumberTheirLines() throws Exception {
        UUID campus = knownCampus("CSV", "75");
        String csv = "record,campusId,year,kind,holder,uses[0].use,uses[0].amountCents,uses[1].use,uses[1].amountCents,"
                + "contributions[0].funderName,contributions[0].funderType,contributions[0].amountCents,"
                + "contributions[0].nature,contributions[0].modality,contributions[0].status\r\n"
                + "budget," + campus + ",2026,FORECAST,CAMPUS,ACTIONS,700,RUNNING_COSTS,300,Région,REGION,1000,CASH,"
                + "EX_ANTE,GRANTED\r\n"
                + "budget," + campus + ",2025,FORECAST,CAMPUS,ACTIONS,7.5,,,Région,REGION,1000,CASH,EX_ANTE,GRANTED\r\n";
        post(TestTokens.national(), "text/csv", csv).then().statusCode(200)
                .body("results.outcome", contains("CREATED", "REJECTED"))
                .body("results[1].errors[0].field", equalTo("uses[0].amountCents"));
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/campuses/" + campus + "/budgets/2026")
                .then().statusCode(200).body("totalUsesCents", equalTo(1000));
    }

    @Test
    void everyLineRefused400AndOtherRegions403BeforeTheBody() throws Exception {
        UUID campus = knownCampus("Refusé", "75");
        post(TestTokens.national(), NDJSON, budget(campus, 2026, "FORECAST", -1)).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItems("line 1: uses[0].amountCents"));
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/campuses/" + campus + "/budgets/2026")
                .then().statusCode(404);
        post(TestTokens.regional("11"), NDJSON, "{broken").then().statusCode(403);
    }
}
