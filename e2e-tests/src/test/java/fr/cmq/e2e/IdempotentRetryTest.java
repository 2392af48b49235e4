package fr.cmq.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Safe retries through the whole platform (issue 10, point 4): a POST whose answer the client never reads, because
 * its connection broke or because the service died between the commit and the answer, retried with the same
 * Idempotency-Key, leaves exactly one record and one event on the topic; and every service's POST, through the
 * gateway, replays its first answer, refuses another body (422) and an invalid key (400).
 */
class IdempotentRetryTest extends EndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRetryAfterTheServiceWasKilledBetweenCommitAndAnswerLeavesOneCampusAndOneEvent() throws Exception {
        String designation = "Campus du service tué " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String body = campus(designation);

        try (Socket connection = sendWithoutReading("/api/v1/campuses", key, body)) {
            awaitKeptAnswer("labelling", key); // committed, with the campus and its event, in one transaction
            ProcessHandle labelling = serviceProcess("labelling-service");
            labelling.destroyForcibly(); // SIGKILL: the client reads nothing from this request
            labelling.onExit().get(30, TimeUnit.SECONDS);
            System.out.printf("[idempotency] labelling-service (pid %d) killed after the commit; connection closed "
                    + "unread%n", labelling.pid());
        }
        long restart = System.nanoTime();
        platform.service("labelling").start();
        platform.service("labelling").awaitReady(Duration.ofSeconds(180));
        System.out.printf("[idempotency] labelling-service restarted in %.1f s%n", (System.nanoTime() - restart) / 1e9);

        Response retry = post("/api/v1/campuses", key, body);
        retry.then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("designation", equalTo(designation));
        String id = retry.path("id");
        assertEquals(platform.gatewayUrl() + "/api/v1/campuses/" + id, retry.header("Location"));

        assertEquals(1, count("select count(*) from labelling.campus where designation = ?", designation),
                "one campus in the register");
        assertOneEvent("cmq.labelling.events", id, "CampusRegistered");
    }

    @Test
    void aRetryAfterABrokenConnectionGivesTheFirstAnswerAndWritesNothingMore() throws Exception {
        String campus = registerCampus("Campus de la connexion rompue " + UUID.randomUUID(), "MATERIALS", "76",
                "TOULOUSE");
        String key = UUID.randomUUID().toString();
        String partner = partner("Lycée de la connexion rompue");
        String path = "/api/v1/campuses/" + campus + "/partners";
        // Until monitoring learnt the campus (from the register's events) the POST is refused (404) and keeps
        // nothing; the first accepted one is sent on a connection closed before its answer is read.
        Await.status(() -> post(path, UUID.randomUUID().toString(), partner("Sonde " + UUID.randomUUID()))
                .statusCode(), 201);

        try (Socket ignored = sendWithoutReading(path, key, partner)) {
            awaitKeptAnswer("monitoring", key);
        } // closed unread: the client saw no answer

        Response retry = post(path, key, partner);
        retry.then().statusCode(201).header("Idempotent-Replayed", "true");
        String partnerId = retry.path("id");
        assertEquals(1, count("select count(*) from monitoring.partner where campus_id = cast(? as uuid) "
                + "and name = 'Lycée de la connexion rompue'", campus), "one partner");
        List<JsonNode> added = events("cmq.monitoring.events", campus).stream()
                .filter(e -> e.path("type").asText().equals("PartnerAdded")).toList();
        assertEquals(2, added.size(), "the probe's and this one's, once: " + added);
        assertTrue(added.stream().anyMatch(e -> e.toString().contains(partnerId)));
    }

    @Test
    void everyServiceReplaysItsFirstAnswerThroughTheGatewayAndRefusesAnotherBodyOrAnInvalidKey() throws Exception {
        String designation = "Campus rejoué par la passerelle " + UUID.randomUUID();
        String campusKey = UUID.randomUUID().toString();
        Response registered = post("/api/v1/campuses", campusKey, campus(designation));
        registered.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        String campus = registered.path("id");
        assertReplayed(registered, post("/api/v1/campuses", campusKey, campus(designation)));
        post("/api/v1/campuses", campusKey, campus(designation + " bis")).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("Idempotency-Key"));
        post("/api/v1/campuses", "k".repeat(256), campus(designation)).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("Idempotency-Key"));
        assertEquals(1, count("select count(*) from labelling.campus where designation like ?", designation + "%"));

        String partnerKey = UUID.randomUUID().toString();
        String path = "/api/v1/campuses/" + campus + "/partners";
        Await.status(() -> post(path, partnerKey, partner("Lycée rejoué")).statusCode(), 201);
        Response replayedPartner = post(path, partnerKey, partner("Lycée rejoué"));
        replayedPartner.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertNotNull(replayedPartner.header("ETag"));
        assertEquals(1, count("select count(*) from monitoring.partner where campus_id = cast(? as uuid)", campus));

        String envelopeKey = UUID.randomUUID().toString();
        String envelope = """
                {"funderName":"Région rejouée","funderType":"REGION","totalCents":1000000,"startYear":%d,
                 "endYear":%d,"modality":"EX_ANTE","campusIds":["%s"]}""".formatted(
                java.time.LocalDate.now().getYear(), java.time.LocalDate.now().getYear(), campus);
        Await.status(() -> post("/api/v1/funding-envelopes", envelopeKey, envelope).statusCode(), 201);
        Response replayedEnvelope = post("/api/v1/funding-envelopes", envelopeKey, envelope);
        replayedEnvelope.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(1, count("select count(*) from funding.funding_envelope where funder_name = 'Région rejouée' "
                + "and id = cast(? as uuid)", replayedEnvelope.<String>path("id")));
        assertEquals(1, events("cmq.funding.events", campus).stream()
                .filter(e -> e.path("type").asText().equals("EnvelopeCreated")).count());

        given().get("/openapi").then().statusCode(200)
                .body("paths.'/api/v1/campuses'.post.parameters.name", hasItem("Idempotency-Key"))
                .body("paths.'/api/v1/funding-envelopes'.post.parameters.name", hasItem("Idempotency-Key"));
    }

    private static void assertReplayed(Response first, Response again) {
        again.then().statusCode(first.statusCode()).header("Idempotent-Replayed", "true");
        assertArrayEquals(first.asByteArray(), again.asByteArray(), "the first answer's body, byte for byte");
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(first.header("ETag"), again.header("ETag"));
    }

    private static Response post(String path, String key, String body) {
        return given().auth().oauth2(national).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).post(path);
    }

    private static String campus(String designation) {
        return """
                {"designation":"%s","familyCode":"MATERIALS","regionCode":"76","academyCodes":["TOULOUSE"]}"""
                .formatted(designation);
    }

    private static String partner(String name) {
        return """
                {"name":"%s","category":"EPLE_LYCEE","sector":"PUBLIC","trainingRole":"INITIAL",
                 "membershipBasis":"CONVENTION","inGovernance":true}""".formatted(name);
    }

    /** Sends the whole POST to the gateway on a connection of its own; the caller closes it without reading. */
    private static Socket sendWithoutReading(String path, String key, String body) throws Exception {
        URI gateway = URI.create(platform.gatewayUrl());
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\n"
                + "Host: " + gateway.getAuthority() + "\r\n"
                + "Authorization: Bearer " + national + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Idempotency-Key: \"" + key + "\"\r\n"
                + "Content-Length: " + content.length + "\r\n"
                + "\r\n";
        Socket socket = new Socket(gateway.getHost(), gateway.getPort());
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(content);
        out.flush();
        return socket;
    }

    /** Waits until the service's schema holds the answer kept for the key, i.e. until the write committed. */
    private static void awaitKeptAnswer(String schema, String key) throws Exception {
        long kept = Await.until(Duration.ofSeconds(30), Duration.ofMillis(20),
                () -> count("select count(*) from " + schema + ".idempotent_request where idempotency_key = ?", key),
                n -> n > 0);
        assertEquals(1, kept, "the write committed with its kept answer");
    }

    /** The child JVM of the platform that runs this module's quarkus-run.jar. */
    private static ProcessHandle serviceProcess(String module) {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().map(c -> c.contains(module + "/target/quarkus-app/quarkus-run.jar"))
                        .orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no running " + module));
    }

    private static long count(String sql, String parameter) {
        try (Connection connection = DriverManager.getConnection(platform.postgres().jdbcUrl(), "postgres", "");
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** Exactly one event of the campus on the topic: one eventId (a relay may deliver it twice after a crash). */
    private static void assertOneEvent(String topic, String campusId, String type) throws Exception {
        List<JsonNode> events = events(topic, campusId);
        Set<String> eventIds = new TreeSet<>();
        events.forEach(e -> eventIds.add(e.path("eventId").asText()));
        System.out.printf("[idempotency] %s records of campus %s: %d, distinct events: %d%n", topic, campusId,
                events.size(), eventIds.size());
        assertEquals(1, eventIds.size(), "one event: " + events);
        assertTrue(events.stream().allMatch(e -> e.path("type").asText().equals(type)), events.toString());
    }

    /**
     * The campus's records on the topic, from the beginning, once the relays had time to publish (at least one
     * record, then two more seconds for any further one).
     */
    private static List<JsonNode> events(String topic, String campusId) throws Exception {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafka().bootstrapServers());
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<JsonNode> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.currentTimeMillis() + 60_000;
            long quietUntil = Long.MAX_VALUE;
            while (System.currentTimeMillis() < Math.min(deadline, quietUntil)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    if (campusId.equals(record.key())) {
                        found.add(JSON.readTree(record.value()));
                    }
                }
                if (!found.isEmpty() && quietUntil == Long.MAX_VALUE) {
                    quietUntil = System.currentTimeMillis() + 2_000;
                }
            }
        }
        return found;
    }
}
