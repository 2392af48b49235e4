package fr.cmq.funding;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.cmq.common.campus.CampusDirectory;
import fr.cmq.common.events.EventEnvelope;
import fr.cmq.events.Topics;
import fr.cmq.events.labelling.LabellingEventTypes;
import fr.cmq.testing.RealInfrastructure;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the funding tests share: campuses made known the way production learns them (a CampusRegistered
 * event on the register's topic), the funding events read back from the real broker, and JSON numbers
 * read as BigDecimal so that percentages are compared exactly.
 */
abstract class FundingTestSupport {

    /** Decimals read exactly as written (75.0 stays 75.0), as a consumer of the events would. */
    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    @Inject
    CampusDirectory directory;

    @BeforeAll
    static void exactNumbers() {
        RestAssured.config = RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    /** Publishes CampusRegistered for a new campus of {@code regionCode} and waits until this service knows it. */
    UUID knownCampus(String designation, String regionCode) throws Exception {
        UUID id = UUID.randomUUID();
        ObjectNode data = JSON.createObjectNode();
        data.put("designation", designation);
        data.put("regionCode", regionCode);
        EventEnvelope event = new EventEnvelope(UUID.randomUUID(), LabellingEventTypes.CAMPUS_REGISTERED, id,
                Instant.now(), 1, "test", data);
        Map<String, Object> config = Map.of("bootstrap.servers", RealInfrastructure.get().kafka().bootstrapServers(),
                "acks", "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.LABELLING, id.toString(),
                    JSON.writeValueAsString(event))).get();
        }
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            if (directory.find(id).isPresent()) {
                return id;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Campus " + id + " not learnt within 30 s");
    }

    /** The funding events of one campus, in order, once at least {@code count} of them are on the topic. */
    static List<JsonNode> events(UUID campusId, int count) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records(campusId, count)) {
            events.add(JSON.readTree(record.value()));
        }
        return events;
    }

    /** The Kafka records of one campus's funding events, in order, once at least {@code count} are on the topic. */
    static List<ConsumerRecord<String, String>> records(UUID campusId, int count) {
        Map<String, Object> config = Map.of("bootstrap.servers",
                RealInfrastructure.get().kafka().bootstrapServers(),
                "group.id", "test-" + UUID.randomUUID(), "auto.offset.reset", "earliest");
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.FUNDING));
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline && found.size() < count) {
                for (var record : consumer.poll(Duration.ofMillis(300))) {
                    if (campusId.toString().equals(record.key())) {
                        found.add(record);
                    }
                }
            }
        }
        if (found.size() < count) {
            throw new AssertionError("Only " + found.size() + " of " + count + " events for campus " + campusId
                    + " on " + Topics.FUNDING);
        }
        return found;
    }
}
