package fr.cmq.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.events.Topics;
import fr.cmq.testing.KafkaEvents;
import fr.cmq.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/**
 * The monitoring tests' calls: the API with each role's token, its refusals, and what the service published
 * (platform-testing's {@code KnownCampuses} makes campuses known, its {@code KafkaEvents} reads the topic).
 */
final class MonitoringTestSupport {

    static final String PROBLEM = "application/problem+json";

    private MonitoringTestSupport() {
    }

    /**
     * The events the service published for one campus on its topic, in order, once at least {@code expected} have
     * arrived; any published within one more second are returned too, so a test sees extra events.
     */
    static List<JsonNode> events(UUID campusId, int expected) {
        return KafkaEvents.recordsAndAnyMore(Topics.MONITORING, campusId, expected).stream()
                .map(KafkaEvents::value).toList();
    }

    static List<String> types(List<JsonNode> events) {
        return events.stream().map(e -> e.get("type").asText()).toList();
    }

    /** A request with the national role's token and a JSON body. */
    static RequestSpecification national() {
        return given().auth().oauth2(TestTokens.national()).contentType(ContentType.JSON);
    }

    /** A request with the token of a regional portal of {@code regionCode} and a JSON body. */
    static RequestSpecification regional(String regionCode) {
        return given().auth().oauth2(TestTokens.regional(regionCode)).contentType(ContentType.JSON);
    }

    /** A request with the read-only role's token. */
    static RequestSpecification reader() {
        return given().auth().oauth2(TestTokens.reader());
    }

    /** Checks a refusal: {@code status} as problem+json, its first error naming {@code field}. */
    static ValidatableResponse refused(Response answer, int status, String field) {
        return answer.then().statusCode(status).contentType(PROBLEM).body("errors[0].field", equalTo(field));
    }

    /** Checks a refusal that may name several fields: {@code status} as problem+json, naming each of {@code fields}. */
    static ValidatableResponse refusedNaming(Response answer, int status, String... fields) {
        return answer.then().statusCode(status).contentType(PROBLEM).body("errors.field", hasItems(fields));
    }
}
