package fr.cmq.gateway.opendata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cmq.gateway.Events;
import fr.cmq.gateway.StandInServices;
import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The open-data publication: public without a token, the default columns (no amount, no person), the CSV and JSON
 * alike, the served schema equal to the repository's {@code open-data/schema.json}, and the example file's header
 * equal to the schema's fields. The frictionless validation of the served CSV is e2e-tests' OpenDataValidationTest.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
@QuarkusTestResource(StandInServices.class)
class OpenDataTest {

    static final int YEAR = LocalDate.now().getYear();
    static final UUID CAMPUS = UUID.randomUUID();
    static final Path REPOSITORY = Path.of("..", "open-data");
    static boolean published;

    @BeforeEach
    void publishACampus() throws Exception {
        if (published) {
            return;
        }
        published = true;
        Events.publish("cmq.labelling.events", CAMPUS, "CampusRegistered", 1, """
                {"id":"%s","designation":"=Campus, « open data » (test)","familyCode":"MATERIALS","regionCode":"84",
                 "regionName":"Auvergne-Rhône-Alpes","familyLabel":"Matériaux, matériaux innovants",
                 "academyCodes":["LYON","GRENOBLE"],"communicationNames":[]}""".formatted(CAMPUS));
        Events.publish("cmq.monitoring.events", CAMPUS, "ProfileChanged", 1, """
                {"campusId":"%s","legalForm":"GIP","supportEstablishment":{"name":"Lycée (test)","type":"LYCEE",
                 "role":"CARRIER"},"directorPost":{"exists":true,"fte":1.0},"version":1}""".formatted(CAMPUS));
        Events.publish("cmq.funding.events", CAMPUS, "BudgetDeclared", 1, """
                {"campusId":"%s","year":%d,"kind":"FORECAST","totalResourcesCents":10000000,
                 "sharesByFunderType":[{"funderType":"RECTORAT","amountCents":2500000,"percent":25.0},
                                       {"funderType":"REGION","amountCents":7500000,"percent":75.0}],
                 "nonRectoratPercent":75.0}""".formatted(CAMPUS, YEAR));
        Events.awaitValue(() -> given().auth().oauth2(TestTokens.reader()).get("/api/v1/dashboard/campuses/" + CAMPUS)
                .jsonPath(), "row.forecastBudgetCents", "10000000");
    }

    @Test
    void theServedSchemaIsTheRepositorysAndItsExampleFollowsIt() throws Exception {
        String served = given().when().get("/api/v1/open-data/schema.json").then().statusCode(200)
                .contentType(startsWith("application/json")).extract().asString();
        ObjectMapper json = new ObjectMapper();
        Path target = Path.of("target", "open-data-schema.json");
        Files.writeString(target, json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(served)) + "\n");
        assertEquals(json.readTree(Files.readString(REPOSITORY.resolve("schema.json"))), json.readTree(served),
                "open-data/schema.json differs from the served schema: review " + target.toAbsolutePath()
                        + ", copy it to open-data/schema.json, bump the version and say what changed in the CHANGELOG");
        JsonNode schema = json.readTree(served);
        assertEquals("etalab-2.0", schema.at("/licenses/0/name").asText());
        assertEquals("campusId", schema.get("primaryKey").asText());
        List<String> fields = new ArrayList<>();
        schema.get("fields").forEach(f -> {
            fields.add(f.get("name").asText());
            for (String member : List.of("title", "description", "example", "type")) {
                assertTrue(f.hasNonNull(member), f.get("name") + " has a " + member);
            }
        });
        String example = Files.readAllLines(REPOSITORY.resolve("exemple-valide.csv")).get(0);
        assertEquals(String.join(",", fields), example, "the example's header is the schema's fields");
        assertTrue(Files.exists(REPOSITORY.resolve("README.md")));
        assertTrue(Files.readString(REPOSITORY.resolve("CHANGELOG.md")).contains(schema.get("version").asText()));
        assertTrue(schema.at("/fields").toString().contains("LABELLED (Labellisé)"), "codes come with their labels");
    }

    @Test
    void theCsvIsPublicAndHoldsNoAmountNorPerson() {
        String csv = given().when().get("/api/v1/open-data/campuses.csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).header("ETag", org.hamcrest.Matchers.notNullValue())
                .extract().asString();
        List<String> header = Arrays.asList(csv.lines().findFirst().orElseThrow().split(","));
        assertEquals(List.of(OpenDataConfig.DEFAULT.split(",")), header);
        assertFalse(header.stream().anyMatch(c -> c.endsWith("Cents") || c.toLowerCase().contains("actor")
                || c.toLowerCase().contains("name") && !c.equals("regionName")), header.toString());
        String line = csv.lines().filter(l -> l.startsWith(CAMPUS.toString())).findFirst().orElseThrow();
        assertEquals(CAMPUS + ",\"'=Campus, « open data » (test)\",MATERIALS,\"Matériaux, matériaux innovants\",84,"
                + "Auvergne-Rhône-Alpes,LYON|GRENOBLE,NOT_RECORDED,,GIP,LYCEE,,,,,," + YEAR + ",25.0,75.0,,,,,,,,,",
                line);
        assertFalse(csv.contains("10000000"), "no amount");
        assertFalse(csv.contains("Lycée (test)"), "no establishment name");
    }

    @Test
    void theJsonHasTheSameFieldsAndValues() {
        given().when().get("/api/v1/open-data/campuses.json").then().statusCode(200)
                .body("licence", equalTo("etalab-2.0"))
                .body("campuses.find { it.campusId == '%s' }.academyCodes".formatted(CAMPUS), equalTo("LYON|GRENOBLE"))
                .body("campuses.find { it.campusId == '%s' }.sharePercentREGION".formatted(CAMPUS), equalTo(75.0f))
                .body("campuses.find { it.campusId == '%s' }.forecastBudgetCents".formatted(CAMPUS),
                        org.hamcrest.Matchers.nullValue())
                .body("campuses[0].keySet()", equalTo(new java.util.LinkedHashSet<>(List.of(OpenDataConfig.DEFAULT.split(",")))));
        given().queryParam("year", "1999").when().get("/api/v1/open-data/campuses.csv").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("year"));
    }
}
