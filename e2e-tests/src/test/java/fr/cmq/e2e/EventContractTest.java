package fr.cmq.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The AsyncAPI document the gateway serves is valid for the reference parser, and every event really read
 * from the three topics matches its message there: the value against the message's payload schema, the
 * CloudEvents headers against the envelope.
 */
class EventContractTest extends EndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode asyncApi;
    private static Path served;

    @BeforeAll
    static void readTheServedDocument() throws Exception {
        asyncApi = JSON.readTree(given().when().get("/asyncapi").then().statusCode(200)
                .contentType(ContentType.JSON).extract().asString());
        served = Path.of("target", "asyncapi-served.json").toAbsolutePath();
        Files.writeString(served, asyncApi.toPrettyString(), StandardCharsets.UTF_8);
    }

    @Test
    void theServedDocumentIsValidAsyncApi3() throws Exception {
        Path script = Path.of("src", "test", "resources", "node", "asyncapi-parse.js").toAbsolutePath();
        JsonNode result = JSON.readTree(NodeTool.node(script, served.toString()));
        List<String> errors = new ArrayList<>();
        long warnings = 0;
        for (JsonNode diagnostic : result.path("diagnostics")) {
            if (diagnostic.path("severity").asInt() == 0) {
                errors.add(diagnostic.path("code").asText() + " at " + diagnostic.path("path") + ": "
                        + diagnostic.path("message").asText());
            } else if (diagnostic.path("severity").asInt() == 1) {
                warnings++;
            }
        }
        System.out.printf("[asyncapi] @asyncapi/parser on the served /asyncapi: %d errors, %d warnings%n",
                errors.size(), warnings);
        assertTrue(result.path("parsed").asBoolean(), "the parser could not read the document: " + errors);
        assertTrue(errors.isEmpty(), "AsyncAPI errors: " + errors);
        assertEquals("3.0.0", asyncApi.path("asyncapi").asText());
    }

    @Test
    void everyEventOnTheTopicsMatchesItsMessageInTheDocument() throws Exception {
        writeOneOfEachKind();
        Map<String, JsonSchema> schemas = new HashMap<>();
        Map<String, Integer> checked = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (ConsumerRecord<String, String> record : readAllTopics()) {
            JsonNode value = JSON.readTree(record.value());
            String type = value.path("type").asText();
            JsonSchema schema = schemas.computeIfAbsent(type, EventContractTest::schemaOfMessage);
            Set<ValidationMessage> errors = schema.validate(value);
            if (!errors.isEmpty() && failures.size() < 10) {
                failures.add(record.topic() + " " + type + ": " + errors);
            }
            Map<String, String> headers = headers(record);
            String expected = "{ce_specversion=1.0, ce_id=" + value.path("eventId").asText()
                    + ", ce_subject=" + value.path("campusId").asText() + ", content-type=application/json}";
            String actual = "{ce_specversion=" + headers.get("ce_specversion") + ", ce_id=" + headers.get("ce_id")
                    + ", ce_subject=" + headers.get("ce_subject") + ", content-type=" + headers.get("content-type") + "}";
            if (!expected.equals(actual) || !headers.getOrDefault("ce_type", "").endsWith("." + type)
                    || !headers.containsKey("ce_time")
                    || !Instant.parse(headers.get("ce_time")).equals(Instant.parse(value.path("occurredAt").asText()))
                    || !headers.getOrDefault("ce_source", "").startsWith("/cmq/")) {
                failures.add(record.topic() + " " + type + " headers " + headers);
            }
            assertEquals(value.path("campusId").asText(), record.key(), "the record key is the campus id");
            checked.merge(record.topic() + " " + type, 1, Integer::sum);
        }
        System.out.printf("[asyncapi] events read from Kafka and checked against the served document: %s%n", checked);
        assertTrue(failures.isEmpty(), "events that do not match the document: " + failures);
        for (String type : List.of("CampusRegistered", "ProfileChanged", "LegalFormChanged", "PartnerAdded",
                "BudgetDeclared", "DirectorFundingDeclared")) {
            assertTrue(checked.keySet().stream().anyMatch(k -> k.endsWith(" " + type)), type + " was read and checked");
        }
    }

    /** A schema that is the served document itself, entered at the message's payload (its $refs resolve in it). */
    private static JsonSchema schemaOfMessage(String type) {
        assertTrue(asyncApi.path("components").path("messages").has(type), type + " is a message of the document");
        ObjectNode schema = asyncApi.deepCopy();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$ref", "#/components/messages/" + type + "/payload");
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema, config);
    }

    private static void writeOneOfEachKind() throws Exception {
        String id = registerCampus("Campus du contrat d'événements " + UUID.randomUUID(), "MATERIALS", "32", "LILLE");
        Await.status(() -> given().auth().oauth2(national).contentType(ContentType.JSON).body(GIP_PROFILE)
                .put("/api/v1/campuses/" + id + "/profile").statusCode(), 201);
        given().auth().oauth2(national).contentType(ContentType.JSON).body("""
                {"name":"Lycée des métiers","category":"EPLE_LYCEE","sector":"PUBLIC","trainingRole":"INITIAL",
                 "membershipBasis":"CONVENTION","inGovernance":true}""")
                .post("/api/v1/campuses/" + id + "/partners").then().statusCode(201);
        int year = LocalDate.now().getYear();
        Await.status(() -> given().auth().oauth2(national).contentType(ContentType.JSON).body("""
                {"holder":"CAMPUS","uses":[{"use":"OPERATIONAL_DIRECTOR","amountCents":5000000}],
                 "contributions":[{"funderName":"Région","funderType":"REGION","amountCents":5000000,"nature":"CASH",
                 "modality":"EX_ANTE","status":"GRANTED"}]}""")
                .put("/api/v1/campuses/" + id + "/budgets/" + year).statusCode(), 201);
        given().auth().oauth2(national).contentType(ContentType.JSON).body("""
                {"totalCostCents":6000000,"shares":[{"funderName":"Rectorat","funderType":"RECTORAT","percent":50},
                 {"funderName":"Région","funderType":"REGION","percent":50}]}""")
                .put("/api/v1/campuses/" + id + "/director-funding/" + year).then().statusCode(201);
    }

    /** Every record of the three topics, read from the beginning until each partition's end as it was after the writes. */
    private static List<ConsumerRecord<String, String>> readAllTopics() throws InterruptedException {
        Thread.sleep(2_000); // the relays publish after commit
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafka().bootstrapServers());
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of("cmq.labelling.events", "cmq.monitoring.events", "cmq.funding.events")) {
                consumer.partitionsFor(topic, Duration.ofSeconds(10))
                        .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.currentTimeMillis() + 30_000;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))
                    && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
