package fr.cmq.gateway;

import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
@QuarkusTestResource(StandInServices.class)
class ServiceProxyTest {

    @Test
    void forwardsMethodHeadersQueryAndBodyAndTheAnswer() {
        String token = TestTokens.national();
        given().auth().oauth2(token).header("X-Portal", "occitanie").contentType("application/json")
                .body("{\"name\":\"Airbus\"}")
                .urlEncodingEnabled(false).when().post("/api/v1/campuses/42/partners?dry=1&x=%C3%A9")
                .then().statusCode(207)
                .header("X-Stand-In", "echo")
                .body(containsString("method=POST"))
                .body(containsString("uri=/api/v1/campuses/42/partners?dry=1&x=%C3%A9"))
                .body(containsString("body={\"name\":\"Airbus\"}"))
                .body(containsString("authorization=Bearer " + token))
                .body(containsString("x-portal=occitanie"));
    }

    @Test
    void aStoppedServiceAnswers502Problem() {
        given().auth().oauth2(TestTokens.national()).when().get("/api/v1/campuses")
                .then().statusCode(502).contentType("application/problem+json")
                .body("status", equalTo(502)).body("detail", containsString("labelling"));
    }

    @Test
    void aSlowServiceAnswers504ProblemWithinTheTimeout() {
        given().auth().oauth2(TestTokens.national()).when().get("/api/v1/funding/summary")
                .then().time(lessThan(4_000L)).statusCode(504).contentType("application/problem+json")
                .body("status", equalTo(504));
    }

    @Test
    void refusesMissingOrInvalidTokensAndReaderWritesBeforeForwarding() {
        given().when().get("/api/v1/campuses/1/partners")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        given().auth().oauth2("garbage").when().get("/api/v1/campuses/1/partners")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.reader()).contentType("application/json").body("{}")
                .when().post("/api/v1/campuses/1/partners")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/campuses/1/partners")
                .then().statusCode(207);
        given().auth().oauth2(TestTokens.regional("76")).contentType("application/json").body("{}")
                .when().put("/api/v1/campuses/1/profile")
                .then().statusCode(207);
    }

    @Test
    void pathsOutsideTheRouteTableAreNotForwarded() {
        given().auth().oauth2(TestTokens.national()).when().get("/api/v1/nothing-here")
                .then().statusCode(404).header("X-Stand-In", not(equalTo("echo")));
    }
}
