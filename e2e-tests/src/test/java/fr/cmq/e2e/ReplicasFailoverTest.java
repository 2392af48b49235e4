package fr.cmq.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cmq.local.ServiceProcess;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scale out (issue 12, point 4): two replicas of labelling-service and two gateways on the same PostgreSQL and Kafka.
 * A rebuild of the national table started on one gateway is followed by the other (one consumer group). Many campuses are registered and changed (merge-patch) concurrently, the writes spread over both gateways (gateway n
 * forwards to labelling replica n); in the middle of the burst one labelling replica and one gateway are killed with
 * SIGKILL. The client does what any client does with a request that got no answer: it sends it again to the surviving
 * gateway (a POST with its Idempotency-Key; a PATCH after reading the campus, unless it was applied). Then, on the topic,
 * every campus's events are in order (versions 1, 2, 3... after dropping records published twice), and the national
 * table, read through the surviving gateway, holds every campus in its last state.
 */
class ReplicasFailoverTest extends EndToEndTest {

    private static final int CAMPUSES = 48;
    private static final int PATCHES = 4;
    private static final int THREADS = 12;
    private static final Duration TABLE_WAIT = Duration.ofSeconds(180);

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String tag = "replique" + UUID.randomUUID().toString().substring(0, 8);
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger retried = new AtomicInteger();
    private final Map<Integer, Integer> firstAnswers = new ConcurrentHashMap<>();
    private final CountDownLatch killPoint = new CountDownLatch(1);
    private volatile boolean killed;
    private List<String> gateways;

    @Test
    void everyCampusEventsStayInOrderAndTheTableIsCompleteAfterALabellingReplicaAndAGatewayWereKilled()
            throws Exception {
        ServiceProcess labelling2 = platform.startReplica("labelling", 0);
        ServiceProcess gateway2 = platform.startReplica("gateway", 0,
                Map.of("CMQ_GATEWAY_SERVICES_LABELLING_URL", labelling2.url()));
        gateways = List.of(platform.gatewayUrl(), gateway2.url());

        // A rebuild of the national table started on one gateway is followed by the other: both read the topics again
        // in the new generation's consumer group, sharing its partitions.
        Reply rebuild = send(gateways.get(0), "POST", "/api/v1/dashboard/rebuild", null, null, null);
        assertEquals(202, rebuild.status(), rebuild.body());
        long generation = json.readTree(rebuild.body()).path("generation").asLong();
        String group = "gateway-dashboard-g" + generation;
        int members = Await.until(Duration.ofSeconds(60), Duration.ofMillis(500), () -> groupMembers(group), m -> m == 2);
        System.out.printf("[replicas] rebuild (generation %d) on %s: group %s has %d members%n", generation,
                platform.gatewayUrl(), group, members);
        assertEquals(2, members, "both gateways read the topics again under " + group);
        System.out.printf("[replicas] labelling %s and %s (%s), gateways %s and %s (%s, forwarding to %s)%n",
                platform.service("labelling").url(), labelling2.url(), labelling2.name(), platform.gatewayUrl(),
                gateway2.url(), gateway2.name(), labelling2.name());

        int writes = CAMPUSES * (1 + PATCHES);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long started = System.nanoTime();
        List<Future<Campus>> futures = new ArrayList<>();
        for (int i = 0; i < CAMPUSES; i++) {
            int n = i;
            futures.add(pool.submit(() -> writeCampus(n, writes)));
        }
        killPoint.await();
        long labellingPid = platform.kill(labelling2.name());
        long gatewayPid = platform.kill(gateway2.name());
        killed = true;
        long killedAt = System.nanoTime();
        System.out.printf("[replicas] SIGKILL to %s (pid %d) and %s (pid %d) after %d of %d writes acknowledged%n",
                labelling2.name(), labellingPid, gateway2.name(), gatewayPid, acknowledged.get(), writes);
        Map<String, Campus> campuses = new LinkedHashMap<>();
        for (Future<Campus> future : futures) {
            Campus campus = future.get();
            campuses.put(campus.id(), campus);
        }
        pool.shutdown();
        System.out.printf("[replicas] %d writes acknowledged in %d ms (%d sent again after the kill); first answers %s%n",
                acknowledged.get(), (System.nanoTime() - started) / 1_000_000, retried.get(), new TreeMap<>(firstAnswers));
        assertEquals(writes, acknowledged.get(), "every write was acknowledged in the end");

        // The surviving replica's relay empties the shared outbox (the killed one's batch included).
        long unsent = Await.until(Duration.ofSeconds(60), Duration.ofMillis(100), ReplicasFailoverTest::unsentEvents,
                n -> n == 0);
        System.out.printf("[replicas] labelling's outbox empty %d ms after the kill%n",
                (System.nanoTime() - killedAt) / 1_000_000);
        assertEquals(0, unsent, "labelling's outbox emptied by the surviving replica");

        // On the topic: each campus's events once each, in order, without gap.
        Map<String, List<Long>> versions = new HashMap<>();
        Map<String, List<String>> types = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int records = 0;
        int duplicates = 0;
        for (ConsumerRecord<String, String> record : labellingRecords()) {
            if (!campuses.containsKey(record.key())) {
                continue;
            }
            records++;
            JsonNode event = json.readTree(record.value());
            if (!seen.add(event.path("eventId").asText())) {
                duplicates++;
                continue;
            }
            versions.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(event.path("version").asLong());
            types.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(event.path("type").asText());
        }
        System.out.printf("[replicas] %d records of these campuses on cmq.labelling.events, %d published twice%n",
                records, duplicates);
        List<String> outOfOrder = new ArrayList<>();
        for (String campus : campuses.keySet()) {
            List<Long> list = versions.getOrDefault(campus, List.of());
            List<Long> expected = new ArrayList<>();
            for (long v = 1; v <= 1 + PATCHES; v++) {
                expected.add(v);
            }
            if (!list.equals(expected) || !types.get(campus).get(0).equals("CampusRegistered")) {
                outOfOrder.add(campus + " " + list + " " + types.get(campus));
            }
        }
        assertEquals(List.of(), outOfOrder, "campuses whose events are not 1.." + (1 + PATCHES) + " in order");

        // The national table, through the surviving gateway: every campus, in its last state.
        List<String> missing = Await.until(TABLE_WAIT, Duration.ofSeconds(1), () -> notInTable(campuses), List::isEmpty);
        System.out.printf("[replicas] table complete through the surviving gateway %d ms after the kill%n",
                (System.nanoTime() - killedAt) / 1_000_000);
        assertEquals(List.of(), missing, "campuses missing from the table or not in their last state");
    }

    /** One campus: its id and the designation of its last acknowledged write. */
    private record Campus(String id, String designation) {
    }

    private record Reply(int status, String body, String etag) {
    }

    /** Registers campus n and changes it PATCHES times, one write after the other, each to one of the gateways. */
    private Campus writeCampus(int n, int writes) throws Exception {
        String key = UUID.randomUUID().toString();
        String designation = designation(n, 0);
        String body = json.writeValueAsString(Map.of("designation", designation, "familyCode", "MATERIALS",
                "regionCode", n % 2 == 0 ? "76" : "84", "academyCodes", List.of(n % 2 == 0 ? "TOULOUSE" : "GRENOBLE")));
        Reply registered = null;
        for (int attempt = 0; registered == null; attempt++) {
            Reply reply = send(gateway(n, 0, attempt), "POST", "/api/v1/campuses", body, key, null);
            answered(reply, attempt, writes);
            if (reply.status() == 201) {
                registered = reply;
                done(writes);
            } else if (reply.status() >= 400 && reply.status() < 500 && reply.status() != 409) {
                throw new AssertionError("registration refused: " + reply);
            }
        }
        String id = json.readTree(registered.body()).path("id").asText();
        String etag = registered.etag();
        for (int p = 1; p <= PATCHES; p++) {
            String wanted = designation(n, p);
            String patch = json.writeValueAsString(Map.of("designation", wanted));
            for (int attempt = 0; ; attempt++) {
                Reply reply = send(gateway(n, p, attempt), "PATCH", "/api/v1/campuses/" + id, patch, null, etag);
                answered(reply, attempt, writes);
                if (reply.status() == 200) {
                    etag = reply.etag();
                    done(writes);
                    break;
                }
                if (reply.status() >= 400 && reply.status() < 500 && reply.status() != 412) {
                    throw new AssertionError("patch refused: " + reply);
                }
                // No answer, or a stale If-Match: was it applied? Read the campus through the surviving gateway.
                Reply current = send(gateways.get(0), "GET", "/api/v1/campuses/" + id, null, null, null);
                if (current.status() == 200) {
                    etag = current.etag();
                    if (wanted.equals(json.readTree(current.body()).path("designation").asText())) {
                        done(writes); // applied before the connection broke
                        break;
                    }
                }
            }
        }
        return new Campus(id, designation(n, PATCHES));
    }

    private String designation(int n, int version) {
        return "Campus " + tag + " n°" + n + " état " + version;
    }

    /** Write w of campus n goes to gateway (n + w) mod 2 until the kill; a retry, and everything after, to the first. */
    private String gateway(int n, int write, int attempt) {
        return attempt > 0 || killed ? gateways.get(0) : gateways.get((n + write) % 2);
    }

    /** A write acknowledged (or found applied); the kill comes once 40 % of them are. */
    private void done(int writes) {
        if (acknowledged.incrementAndGet() >= writes * 2 / 5) {
            killPoint.countDown();
        }
    }

    private void answered(Reply reply, int attempt, int writes) {
        if (attempt == 0) {
            firstAnswers.merge(reply.status(), 1, Integer::sum);
        } else {
            retried.incrementAndGet();
        }
        if (reply.status() <= 0 || reply.status() >= 500 || reply.status() == 409) {
            try {
                Thread.sleep(200); // the platform settles (a dead replica's connections, the key's lock)
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** An HTTP exchange; status 0 when no answer came (connection refused or cut). */
    private Reply send(String baseUrl, String method, String path, String body, String idempotencyKey, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + national)
                .header("Accept", "application/json");
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", method.equals("PATCH") ? "application/merge-patch+json" : "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(),
                    response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            return new Reply(0, e.toString(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(0, e.toString(), null);
        }
    }

    /** The rows of labelling's outbox not yet acknowledged by Kafka (-1 when the database does not answer). */
    private static long unsentEvents() {
        try (Connection connection = DriverManager.getConnection(platform.postgres().jdbcUrl(), "postgres", "");
             Statement sql = connection.createStatement();
             ResultSet count = sql.executeQuery("select count(*) from labelling.outbox_event where sent_at is null")) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }

    /** The members of a consumer group (both gateways once they followed a rebuild). */
    private static int groupMembers(String group) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", platform.kafka().bootstrapServers()))) {
            return admin.describeConsumerGroups(List.of(group)).all().get(10, TimeUnit.SECONDS).get(group)
                    .members().size();
        } catch (Exception e) {
            return -1;
        }
    }

    /** Every record of cmq.labelling.events, each partition in its order. */
    private static List<ConsumerRecord<String, String>> labellingRecords() {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafka().bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor("cmq.labelling.events").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /** The campuses the table (through the surviving gateway) does not show in their last state. */
    private List<String> notInTable(Map<String, Campus> campuses) {
        Map<String, String> shown = new HashMap<>();
        String cursor = null;
        try {
            do {
                String query = "?q=" + URLEncoder.encode(tag, StandardCharsets.UTF_8) + "&limit=500"
                        + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
                Reply reply = send(gateways.get(0), "GET", "/api/v1/dashboard/campuses" + query, null, null, null);
                if (reply.status() != 200) {
                    return List.of("the table answered " + reply.status());
                }
                JsonNode page = json.readTree(reply.body());
                page.path("items").forEach(row -> shown.put(row.path("campusId").asText(),
                        row.path("designation").asText()));
                cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
            } while (cursor != null);
        } catch (IOException e) {
            return List.of(e.toString());
        }
        List<String> missing = new ArrayList<>();
        campuses.values().forEach(c -> {
            if (!c.designation().equals(shown.get(c.id()))) {
                missing.add(c.id() + " shows " + shown.get(c.id()) + ", expected " + c.designation());
            }
        });
        return missing;
    }
}
