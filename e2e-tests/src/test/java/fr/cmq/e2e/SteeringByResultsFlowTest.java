package fr.cmq.e2e;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * Steering by results through the gateway (issue 11): the catalogue, a campus's rate from its counts, its action plan
 * scored into the steering value, its self-assessment reaching the labelling service's renewal rule.
 */
class SteeringByResultsFlowTest extends EndToEndTest {

    @Test
    void theGatewayRoutesTheCatalogueIndicatorsPlanAndSelfAssessmentToMonitoring() throws Exception {
        given().auth().oauth2(reader).when().get("/api/v1/reference/indicators").then().statusCode(200)
                .body("size()", equalTo(21)).body("[0].code", equalTo("PRESSURE_RATE"));

        String campus = registerCampus("Pilotage par les résultats " + UUID.randomUUID(),
                "MOBILITY_AERONAUTICS_TRANSPORT", "76", "TOULOUSE");
        String indicators = "/api/v1/campuses/" + campus + "/indicators";
        // monitoring learns the campus from the register's events
        Await.status(() -> given().auth().oauth2(national).contentType(ContentType.JSON)
                .body("{\"numerator\": 45, \"denominator\": 30, \"source\": \"CAMPUS_REPORT\"}")
                .when().put(indicators + "/PRESSURE_RATE/values/2017").statusCode(), 201);
        given().auth().oauth2(reader).when().get(indicators).then().statusCode(200)
                .body("find { it.code == 'PRESSURE_RATE' }.values[0].value", equalTo(150.0f));

        String plan = "/api/v1/campuses/" + campus + "/action-plans/2017/actions";
        for (int score : List.of(25, 50, 100, 125)) {
            String id = given().auth().oauth2(national).contentType(ContentType.JSON)
                    .body("{\"title\": \"Action " + score + "\", \"theme\": \"COMMUNICATION\", \"status\": \"DONE\"}")
                    .when().post(plan).then().statusCode(201).extract().path("id");
            given().auth().oauth2(national).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                    .body("{\"score\": " + score + ", \"committeeDate\": \"2017-12-12\"}")
                    .when().put(plan + "/" + id + "/score").then().statusCode(200);
        }
        given().auth().oauth2(reader).when().get(plan).then().statusCode(200)
                .body("completionPercent", equalTo(75.0f));
        given().auth().oauth2(reader).when().get(indicators).then().statusCode(200)
                .body("find { it.code == 'ACTION_PLAN_COMPLETION' }.values[0].value", equalTo(75.0f));

        given().auth().oauth2(national).contentType(ContentType.JSON)
                .body("{\"strengths\": [\"Attractivité\"], \"weaknesses\": [\"Mixité\"], \"actionsDecided\": "
                        + "[\"Cibles\"], \"indicatorCodes\": [\"PRESSURE_RATE\"]}")
                .when().put("/api/v1/campuses/" + campus + "/self-assessments/2017").then().statusCode(201);
        given().auth().oauth2(reader).when().get("/api/v1/campuses/" + campus + "/self-assessments").then()
                .statusCode(200).body("[0].year", equalTo(2017));
    }
}
