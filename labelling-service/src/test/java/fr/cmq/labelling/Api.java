package fr.cmq.labelling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cmq.testing.RealInfrastructure;
import fr.cmq.testing.TestTokens;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Small helpers shared by the labelling tests. */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

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

    /** The events of one campus on cmq.labelling.events, waiting until {@code count} of them are there. */
    static List<JsonNode> events(String campusId, int count) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records(campusId, count)) {
            events.add(JSON.readTree(record.value()));
        }
        return events;
    }

    /** The Kafka records of one campus on cmq.labelling.events, waiting until {@code count} of them are there. */
    static List<ConsumerRecord<String, String>> records(String campusId, int count) {
        Map<String, Object> config = Map.of("bootstrap.servers", RealInfrastructure.get().kafka().bootstrapServers(),
                "group.id", "test-" + UUID.randomUUID(), "auto.offset.reset", "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("cmq.labelling.events"));
            long deadline = System.currentTimeMillis() + 30_000;
            while (records.size() < count && System.currentTimeMillis() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(300))) {
                    if (record.key().equals(campusId)) {
                        records.add(record);
                    }
                }
            }
        }
        if (records.size() < count) {
            throw new AssertionError("Expected " + count + " events for " + campusId + ", saw " + records.size());
        }
        return records;
    }
}
