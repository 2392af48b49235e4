package fr.cmq.labelling;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.events.Topics;
import fr.cmq.testing.KafkaEvents;
import fr.cmq.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Small helpers shared by the labelling tests. */
final class Api {

    private Api() {
    }

    static String registerCampus(String designation, String region, String academy) {
        return given().auth().oauth2(TestTokens.national()).contentType(ContentType.JSON)
                .body(Map.of("designation", designation, "familyCode", "MOBILITY_AERONAUTICS_TRANSPORT",
                        "regionCode", region, "academyCodes", List.of(academy)))
                .when().post("/api/v1/campuses").then().statusCode(201).extract().path("id");
    }

    static String etag(String campusId) {
        return given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/campuses/" + campusId)
                .then().statusCode(200).extract().header("ETag");
    }

    /** A campus's label as a reader reads it. */
    static ValidatableResponse label(String campusId) {
        return given().auth().oauth2(TestTokens.reader()).when().get("/api/v1/campuses/" + campusId + "/label").then();
    }

    /** A first application under {@code call}, submitted by the national role; its id. */
    static String submit(String campusId, String call) {
        return apply(TestTokens.national(), campusId, Map.of("callCode", call, "kind", "INITIAL"))
                .statusCode(201).extract().path("id");
    }

    /** POST /api/v1/campuses/{campusId}/applications as {@code token}. */
    static ValidatableResponse apply(String token, String campusId, Object body) {
        return post(token, "/api/v1/campuses/" + campusId + "/applications", body, null);
    }

    /** POST /api/v1/applications/{applicationId}/opinion as {@code token}. */
    static ValidatableResponse opinion(String token, String applicationId, Object body) {
        return post(token, "/api/v1/applications/" + applicationId + "/opinion", body, null);
    }

    /** POST /api/v1/applications/{applicationId}/decision as {@code token}. */
    static ValidatableResponse decide(String token, String applicationId, Object body) {
        return post(token, "/api/v1/applications/" + applicationId + "/decision", body, null);
    }

    /** POST /api/v1/campuses/{campusId}/label/withdrawal as {@code token}, with If-Match unless null. */
    static ValidatableResponse withdraw(String token, String campusId, String ifMatch, Object body) {
        return post(token, "/api/v1/campuses/" + campusId + "/label/withdrawal", body, ifMatch);
    }

    private static ValidatableResponse post(String token, String path, Object body, String ifMatch) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post(path).then();
    }

    /** The events of one campus on cmq.labelling.events, oldest first, once {@code count} of them are there. */
    static List<JsonNode> events(String campusId, int count) {
        return KafkaEvents.events(Topics.LABELLING, UUID.fromString(campusId), count);
    }

    /** The Kafka records of one campus on cmq.labelling.events, oldest first, once {@code count} of them are there. */
    static List<ConsumerRecord<String, String>> records(String campusId, int count) {
        return KafkaEvents.records(Topics.LABELLING, UUID.fromString(campusId), count);
    }
}
