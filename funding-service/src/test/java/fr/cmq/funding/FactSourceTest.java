package fr.cmq.funding;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.common.reference.SourceKind;
import fr.cmq.testing.KnownCampuses;
import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The source of budgets and director co-financings (issue 13), over real HTTP, PostgreSQL and Kafka. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class FactSourceTest extends FundingTestSupport {

    static String withSource(String body, String source) {
        return body.substring(0, body.lastIndexOf('}')) + ", \"source\": " + source + "}";
    }

    static String budget(UUID campus) {
        return "/api/v1/campuses/" + campus + "/budgets/2026";
    }

    static String director(UUID campus) {
        return "/api/v1/campuses/" + campus + "/director-funding/2026";
    }

    @Test
    void aBudgetWithoutSourceIsDeclaredByTheRegionAndItsEventSaysSo() throws Exception {
        UUID campus = knownCampus("Source déclarée (test)", "75");
        jsonAs(TestTokens.regional("75")).body(AEROCAMPUS_BUDGET).when().put(budget(campus)).then().statusCode(201)
                .body("source.kind", equalTo("DECLARED")).body("source.role", equalTo("REGIONAL"))
                .body("source.regionCode", equalTo("75")).body("source.fileName", nullValue());
        JsonNode event = events(campus, 1).get(0);
        assertEquals("BudgetDeclared", event.get("type").asText());
        assertEquals("DECLARED", event.get("source").get("kind").asText());
        assertEquals("REGIONAL", event.get("source").get("role").asText());
        assertEquals("75", event.get("source").get("regionCode").asText());
    }

    @Test
    void theReportsDirectorPostIsAFactOfTheReportCarriedByItsEvent() throws Exception {
        UUID campus = knownCampus("Aéronautique et spatial (test)", "76");
        jsonAs(TestTokens.regional("76")).body(withSource(TOULOUSE_DIRECTOR,
                "{\"kind\": \"REPORT_2017\", \"reference\": \"[112]\"}")).when().put(director(campus)).then()
                .statusCode(403).contentType("application/problem+json");
        jsonAs(TestTokens.national()).body(withSource(TOULOUSE_DIRECTOR, "{\"kind\": \"REPORT_2017\"}"))
                .when().put(director(campus)).then().statusCode(400).body("errors.field", contains("source.reference"));
        jsonAs(TestTokens.national()).body(withSource(TOULOUSE_DIRECTOR, "{\"kind\": \"IMPORTED\"}"))
                .when().put(director(campus)).then().statusCode(400).body("errors.field", contains("source.kind"));
        jsonAs(TestTokens.national()).body(withSource(TOULOUSE_DIRECTOR,
                "{\"kind\": \"REPORT_2017\", \"reference\": \"[112]\"}")).when().put(director(campus)).then()
                .statusCode(201).body("source.kind", equalTo("REPORT_2017")).body("source.reference", equalTo("[112]"));
        JsonNode event = events(campus, 1).get(0);
        assertEquals("REPORT_2017", event.get("source").get("kind").asText());
        assertEquals("[112]", event.get("source").get("reference").asText());
    }

    @Test
    void anExampleCampusTakesExampleBudgetsAndAnotherCampusRefusesThem() throws Exception {
        UUID example = KnownCampuses.register(directory, "Campus d'exemple (test)", "76", SourceKind.EXAMPLE);
        jsonAs(TestTokens.regional("76")).body(withSource(AEROCAMPUS_BUDGET,
                "{\"kind\": \"EXAMPLE\", \"reference\": \"examples/toulouse-example.sh\"}"))
                .when().put(budget(example)).then().statusCode(201).body("source.kind", equalTo("EXAMPLE"));
        JsonNode event = events(example, 1).get(0);
        assertEquals("EXAMPLE", event.get("source").get("kind").asText());
        assertEquals("examples/toulouse-example.sh", event.get("source").get("reference").asText());
        // without a source a fact of the example campus is an example too
        jsonAs(TestTokens.regional("76")).body(TOULOUSE_DIRECTOR).when().put(director(example)).then()
                .statusCode(201).body("source.kind", equalTo("EXAMPLE"));

        UUID real = knownCampus("Campus réel (test)", "76");
        jsonAs(TestTokens.regional("76")).body(withSource(AEROCAMPUS_BUDGET, "{\"kind\": \"EXAMPLE\"}"))
                .when().put(budget(real)).then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", contains("source.kind"));
        given().auth().oauth2(TestTokens.reader()).when().get(budget(real)).then().statusCode(404);
    }

    @Test
    void aSyntheticImportIsRefusedOnACampusThatIsNotSyntheticAndMarksASyntheticOne() throws Exception {
        UUID synthetic = KnownCampuses.register(directory, "Campus synthétique (test)", "75", SourceKind.SYNTHETIC);
        UUID real = knownCampus("Campus réel importé (test)", "75");
        String file = BudgetImportTest.budget(synthetic, 2026, "FORECAST", 100000000) + "\n"
                + BudgetImportTest.budget(real, 2026, "FORECAST", 100000000) + "\n";
        given().auth().oauth2(TestTokens.regional("75")).contentType("application/x-ndjson")
                .queryParam("source", "SYNTHETIC").queryParam("report", "always")
                .body(file.getBytes(StandardCharsets.UTF_8)).when().post(BudgetImportTest.PATH).then().statusCode(200)
                .body("created", equalTo(1)).body("rejected", equalTo(1))
                .body("results[1].errors[0].field", equalTo("source.kind"));
        given().auth().oauth2(TestTokens.reader()).when().get(budget(synthetic) + "?kind=FORECAST").then()
                .statusCode(200).body("source.kind", equalTo("SYNTHETIC"));
        assertEquals("SYNTHETIC", events(synthetic, 1).get(0).get("source").get("kind").asText());
    }
}
