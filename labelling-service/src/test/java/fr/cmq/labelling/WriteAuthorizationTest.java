package fr.cmq.labelling;

import fr.cmq.testing.RealInfrastructureResource;
import fr.cmq.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Who may write is decided before the body is read: a body that cannot even be bound (malformed JSON, a wrong type, an
 * unknown code) answers 401/403 to a caller who may not write there, and 404 for a target that does not exist; the
 * region's own writer gets the 400.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
class WriteAuthorizationTest {

    private static final String MALFORMED = "{\"designation\": ";
    private static final String WRONG_TYPE = "{\"callCode\": {\"nested\": true}, \"kind\": 42}";

    @Test
    void anOutsiderOfTheRegionGets403WhateverTheBody() {
        String campus = Api.registerCampus("Campus autorisation d'abord (test)", "76", "TOULOUSE");
        String etag = Api.etag(campus);
        for (String body : new String[]{MALFORMED, WRONG_TYPE, "{}"}) {
            write(TestTokens.regional("53")).header("If-Match", etag).contentType("application/merge-patch+json")
                    .body(body).when().patch("/api/v1/campuses/" + campus)
                    .then().statusCode(403).contentType(startsWith("application/problem+json"));
            write(TestTokens.regional("53")).body(body).when().post("/api/v1/campuses/" + campus + "/applications")
                    .then().statusCode(403).contentType(startsWith("application/problem+json"));
            write(TestTokens.reader()).body(body).when().post("/api/v1/campuses/" + campus + "/applications")
                    .then().statusCode(403);
            write(null).body(body).when().post("/api/v1/campuses/" + campus + "/applications")
                    .then().statusCode(401);
        }
        // the region's own writer is told what is wrong with the body
        write(TestTokens.regional("76")).body(MALFORMED).when().post("/api/v1/campuses/" + campus + "/applications")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/campuses/" + campus)
                .then().statusCode(200).header("ETag", equalTo(etag));
    }

    @Test
    void anApplicationOfAnotherRegionIsDecidedBeforeItsBody() {
        String campus = Api.registerCampus("Campus avis et décision (test)", "76", "TOULOUSE");
        String call = "CALL_2015";
        String application = Api.submit(campus, call);
        write(TestTokens.regional("53")).body(MALFORMED).when().post("/api/v1/applications/" + application + "/opinion")
                .then().statusCode(403);
        write(TestTokens.regional("53")).body(WRONG_TYPE).when().post("/api/v1/applications/" + application + "/decision")
                .then().statusCode(403);
    }

    @Test
    void aTargetThatDoesNotExistIs404BeforeItsBody() {
        write(TestTokens.regional("53")).body(MALFORMED).when()
                .post("/api/v1/campuses/" + UUID.randomUUID() + "/applications")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    private static RequestSpecification write(String token) {
        RequestSpecification request = given().contentType("application/json");
        return token == null ? request : request.auth().oauth2(token);
    }
}
