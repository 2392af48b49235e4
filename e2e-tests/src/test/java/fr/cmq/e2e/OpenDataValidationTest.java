package fr.cmq.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The open-data publication checked as data.gouv.fr's validator would: the served CSV against the served Table Schema
 * with the frictionless reference implementation (npm {@code tableschema}), over the 77 campuses of Annexe 4 and a
 * campus of this test's own (invented values) with a profile, partners and a budget; 0 errors, no amount, no actor.
 * The repository's example file is checked against the repository's schema the same way.
 */
class OpenDataValidationTest extends EndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCRIPT = Path.of("src", "test", "resources", "node", "tableschema-validate.js")
            .toAbsolutePath();

    @Test
    void theServedCsvValidatesAgainstTheServedSchema() throws Exception {
        String designation = "Campus d'essai « open data », \"guillemets\" (valeurs inventées) " + UUID.randomUUID();
        String campus = registerCampus(designation, "MATERIALS", "84", "LYON");
        String regional = platform.tokens().regional("e2e-auvergne-rhone-alpes", "84");
        Await.status(() -> given().auth().oauth2(regional).contentType(ContentType.JSON).body(GIP_PROFILE)
                .put("/api/v1/campuses/" + campus + "/profile").statusCode(), 201);
        given().auth().oauth2(regional).contentType(ContentType.JSON).body("""
                {"name":"Entreprise (test)","category":"COMPANY","companySize":"SME","sector":"PRIVATE",
                 "trainingRole":"BOTH","membershipBasis":"CONVENTION","inGovernance":false}""")
                .post("/api/v1/campuses/" + campus + "/partners").then().statusCode(201);
        Await.status(() -> given().auth().oauth2(regional).contentType(ContentType.JSON).body("""
                {"holder":"CAMPUS","uses":[{"use":"ACTIONS","amountCents":4321000}],
                 "contributions":[{"funderName":"Rectorat (test)","funderType":"RECTORAT","amountCents":1234500,"nature":"CASH","modality":"EX_ANTE","status":"GRANTED"},
                 {"funderName":"Région (test)","funderType":"REGION","amountCents":3086500,"nature":"CASH","modality":"EX_ANTE","status":"GRANTED"}]}""")
                .put("/api/v1/campuses/" + campus + "/budgets/" + LocalDate.now().getYear()).statusCode(), 201);
        Await.until(Duration.ofSeconds(60), Duration.ofMillis(100), () -> given().get("/api/v1/open-data/campuses.csv")
                .then().statusCode(200).extract().asString(), csv -> csv.lines().count() >= 79
                && csv.lines().anyMatch(l -> l.startsWith(campus) && l.contains("28.6")));

        Path schema = Path.of("target", "open-data-served-schema.json").toAbsolutePath();
        Path csv = Path.of("target", "open-data-served.csv").toAbsolutePath();
        Files.write(schema, given().get("/api/v1/open-data/schema.json").then().statusCode(200).extract().asByteArray());
        Files.write(csv, given().get("/api/v1/open-data/campuses.csv").then().statusCode(200).extract().asByteArray());

        JsonNode result = validate(schema, csv);
        assertTrue(result.get("schemaValid").asBoolean(), result.toString());
        assertEquals(0, result.get("errors").size(), result.get("errors").toString());
        assertTrue(result.get("rows").asInt() >= 78, result.toString());

        String text = Files.readString(csv, StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(text.lines().findFirst().orElseThrow().split(","));
        assertFalse(header.stream().anyMatch(c -> c.endsWith("Cents")), "no amount column: " + header);
        assertFalse(text.contains("1234500") || text.contains("3086500") || text.contains("4321000"), "no amount");
        assertFalse(text.contains("e2e-national") || text.contains("e2e-auvergne-rhone-alpes"), "no actor");
        assertFalse(text.contains("Entreprise (test)") || text.contains("Rectorat (test)"), "no partner or funder name");
    }

    @Test
    void theRepositorysExampleValidatesAgainstTheRepositorysSchema() throws Exception {
        Path folder = Path.of("..", "open-data").toAbsolutePath().normalize();
        JsonNode result = validate(folder.resolve("schema.json"), folder.resolve("exemple-valide.csv"));
        assertTrue(result.get("schemaValid").asBoolean(), result.toString());
        assertEquals(0, result.get("errors").size(), result.get("errors").toString());
        assertTrue(result.get("rows").asInt() > 0);
    }

    private static JsonNode validate(Path schema, Path csv) throws Exception {
        return JSON.readTree(NodeTool.node(SCRIPT, schema.toString(), csv.toString()));
    }
}
