package fr.cmq.e2e;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The walking skeleton end to end: gateway -> labelling -> PostgreSQL -> outbox -> Kafka -> dashboard. */
class CampusFlowTest extends EndToEndTest {

    @Test
    void aCampusPostedThroughTheGatewayReachesTheNationalTable() throws Exception {
        String designation = "Aéronautique et spatial " + UUID.randomUUID();
        long posted = System.nanoTime();
        Response created = post(designation, "76", "TOULOUSE");
        created.then().statusCode(201)
                .header("Location", startsWith(platform.gatewayUrl() + "/api/v1/campuses/"));
        String id = created.path("id");

        awaitInDashboard(id, designation);
        System.out.printf("[e2e] POST-to-dashboard delay: %d ms%n", (System.nanoTime() - posted) / 1_000_000);

        given().auth().oauth2(platform.tokens().reader("e2e-reader")).when().get("/api/v1/dashboard/campuses/" + id)
                .then().statusCode(200)
                .body("row.designation", equalTo(designation))
                .body("row.regionCode", equalTo("76"))
                .body("row.academyCodes[0]", equalTo("TOULOUSE"));
        given().auth().oauth2(platform.tokens().reader("e2e-reader")).when().get(created.header("Location"))
                .then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void anEventWrittenWhileTheBrokerIsDownArrivesOnceWhenItIsBack() throws Exception {
        String designation = "Campus écrit sans broker " + UUID.randomUUID();
        platform.kafka().stop();
        String id;
        try {
            id = post(designation, "84", "GRENOBLE").then().statusCode(201).extract().path("id");
            Thread.sleep(3_000);
            given().auth().oauth2(national).when().get("/api/v1/dashboard/campuses/" + id)
                    .then().statusCode(404);
        } finally {
            platform.kafka().start();
        }
        awaitInDashboard(id, designation);
        long rows = given().auth().oauth2(national).queryParam("region", "84").queryParam("limit", 500)
                .when().get("/api/v1/dashboard/campuses").then().statusCode(200)
                .extract().jsonPath().getList("items.designation", String.class).stream()
                .filter(designation::equals).count();
        assertEquals(1, rows, "the campus is in the national table exactly once");
    }

    @Test
    void tokensAreCheckedWithProblemAnswers() {
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/campuses")
                .then().statusCode(401).contentType("application/problem+json");
        given().when().get("/api/v1/dashboard/campuses")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(platform.tokens().reader("e2e-reader")).contentType(ContentType.JSON)
                .body("{\"designation\":\"X\",\"familyCode\":\"MATERIALS\",\"regionCode\":\"76\",\"academyCodes\":[\"TOULOUSE\"]}")
                .when().post("/api/v1/campuses")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(platform.tokens().regional("e2e-ara", "84")).contentType(ContentType.JSON)
                .body("{\"designation\":\"X\",\"familyCode\":\"MATERIALS\",\"regionCode\":\"76\",\"academyCodes\":[\"TOULOUSE\"]}")
                .when().post("/api/v1/campuses")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aRouteToAStoppedServiceAnswers502AndTheHealthSaysSo() throws Exception {
        platform.service("funding").stop();
        try {
            given().auth().oauth2(national).when().get("/api/v1/campuses/" + UUID.randomUUID() + "/budgets")
                    .then().statusCode(502).contentType("application/problem+json")
                    .body("detail", containsString("funding"));
            given().when().get("/q/health/ready")
                    .then().statusCode(503).body("checks.find { it.name == 'services' }.data.funding", startsWith("DOWN"));
        } finally {
            platform.service("funding").start();
            platform.service("funding").awaitReady(Duration.ofSeconds(120));
        }
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    private static Response post(String designation, String region, String academy) {
        return postCampus(platform.gatewayUrl(), designation, "MOBILITY_AERONAUTICS_TRANSPORT", region, academy);
    }

    private static void awaitInDashboard(String id, String designation) throws InterruptedException {
        boolean arrived = Await.until(Duration.ofSeconds(60), Duration.ofMillis(50), () -> {
            Response response = given().auth().oauth2(national).when().get("/api/v1/dashboard/campuses/" + id);
            return response.statusCode() == 200 && designation.equals(response.path("row.designation"));
        }, Boolean::booleanValue);
        if (!arrived) {
            throw new AssertionError("campus " + id + " did not reach the national table within 60 s");
        }
    }
}
