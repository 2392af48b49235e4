package fr.cmq.labelling;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class CampusRegisterTest {

    private static final String TOULOUSE_AERO = """
            {"designation": "Aéronautique et spatial", "familyCode": "MOBILITY_AERONAUTICS_TRANSPORT",
             "regionCode": "76", "academyCodes": ["TOULOUSE"]}""";

    @Test
    void registersACampusAndPublishesCampusRegistered() throws Exception {
        String id = given().auth().oauth2(TestTokens.national()).contentType(ContentType.JSON).body(TOULOUSE_AERO)
                .when().post("/api/v1/campuses")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("designation", equalTo("Aéronautique et spatial"))
                .body("academyCodes", contains("TOULOUSE"))
                .body("version", equalTo(1))
                .extract().path("id");

        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/campuses/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("regionCode", equalTo("76"));

        JsonNode event = Api.events(id, 1).get(0);
        assertEquals("CampusRegistered", event.get("type").asText());
        assertEquals(1, event.get("version").asLong());
        assertEquals("test-national", event.get("actor").asText());
        assertEquals("Aéronautique et spatial", event.at("/data/designation").asText());
        assertTrue(event.hasNonNull("eventId") && event.hasNonNull("occurredAt"));
    }

    @Test
    void refusesUnknownCodesNamingTheFieldAndStoresNothing() {
        long before = count();
        given().auth().oauth2(TestTokens.national()).contentType(ContentType.JSON)
                .body("""
                        {"designation": "X", "familyCode": "NOPE", "regionCode": "99", "academyCodes": ["TOULOUSE"]}""")
                .when().post("/api/v1/campuses")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("regionCode"))
                .body("errors.field", hasItem("familyCode"));
        assertEquals(before, count());
    }

    @Test
    void refusesAnAcademyOfAnotherRegion() {
        given().auth().oauth2(TestTokens.national()).contentType(ContentType.JSON)
                .body("""
                        {"designation": "X", "familyCode": "MATERIALS", "regionCode": "76", "academyCodes": ["LYON"]}""")
                .when().post("/api/v1/campuses")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("academyCodes"));
    }

    @Test
    void refusesMissingFieldsUnknownFieldsAndMalformedJson() {
        given().auth().oauth2(TestTokens.national()).contentType(ContentType.JSON)
                .body("{\"familyCode\": \"MATERIALS\", \"regionCode\": \"76\", \"academyCodes\": []}")
                .when().post("/api/v1/campuses")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("designation"))
                .body("errors.field", hasItem("academyCodes"));
        given().auth().oauth2(TestTokens.national()).contentType(ContentType.JSON)
                .body(TOULOUSE_AERO.replace("{", "{\"colour\": \"blue\", "))
                .when().post("/api/v1/campuses")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("colour"));
        given().auth().oauth2(TestTokens.national()).contentType(ContentType.JSON).body("{\"designation\": ")
                .when().post("/api/v1/campuses")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void securityAnswersProblems() {
        given().contentType(ContentType.JSON).body(TOULOUSE_AERO).when().post("/api/v1/campuses")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        given().when().get("/api/v1/campuses")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2("not-a-token").when().get("/api/v1/campuses")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.reader()).contentType(ContentType.JSON).body(TOULOUSE_AERO)
                .when().post("/api/v1/campuses")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.regional("84")).contentType(ContentType.JSON).body(TOULOUSE_AERO)
                .when().post("/api/v1/campuses")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", startsWith("A regional token of region 84"));
        given().auth().oauth2(TestTokens.regional("84")).contentType(ContentType.JSON)
                .body("{\"regionCode\": \"76\", \"academyCodes\": []}")
                .when().post("/api/v1/campuses")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.regional("76")).contentType(ContentType.JSON).body(TOULOUSE_AERO)
                .when().post("/api/v1/campuses")
                .then().statusCode(201);
    }

    @Test
    void servesReferenceData() {
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/reference/regions")
                .then().statusCode(200).body("$", hasSize(18)).body("code", hasItem("76"));
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/reference/sector-families")
                .then().statusCode(200).body("$", hasSize(12)).body("[11].code", equalTo("PERSONAL_SERVICES"));
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/reference/academies?region=76")
                .then().statusCode(200).body("code", contains("MONTPELLIER", "TOULOUSE"));
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/reference/regions")
                .then().statusCode(200).body("find { it.code == '44' }.aliases", hasItem("Grand-Est"));
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/reference/label-statuses")
                .then().statusCode(200).body("code", hasItem("RENEWAL_DUE"))
                .body("find { it.code == 'LABELLED' }.label", equalTo("Labellisé"));
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/reference/opinion-outcomes")
                .then().statusCode(200).body("code", contains("FAVOURABLE", "UNFAVOURABLE", "FAVOURABLE_WITH_COMPLEMENTS"));
        for (String list : new String[]{"application-kinds", "application-parts", "issuing-bodies", "decision-outcomes"}) {
            given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/reference/" + list)
                    .then().statusCode(200).body("label", everyItem(notNullValue()));
        }
    }

    private long count() {
        return given().auth().oauth2(TestTokens.reader()).queryParam("limit", 500)
                .when().get("/api/v1/campuses").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }
}
