package fr.cmq.common.outbox;

import fr.cmq.common.testing.TestDatabases;
import fr.cmq.infra.KafkaBroker;
import io.opentelemetry.api.OpenTelemetry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two relays on one outbox (two replicas of a service), against a real PostgreSQL and a real Kafka broker: while events
 * of many campuses are written, both relays run, one batch at a time under the service's advisory lock, and every
 * campus's events reach the topic in their order; the relay holding the lock is then killed in the middle of a batch
 * (its records acknowledged by Kafka, its transaction not committed: its database session is terminated, as when its
 * process dies), the other takes over, and no event is lost: after dropping the records published twice (same
 * eventId), each campus's versions are 1, 2, 3... without a gap.
 */
class OutboxRelayFailoverTest {

    private static final String TOPIC = "cmq.labelling.events";
    private static final int CAMPUSES = 40;
    private static Path folder;
    private static KafkaBroker kafka;
    private static String jdbcUrl;

    @BeforeAll
    static void startInfrastructure() throws Exception {
        folder = Files.createTempDirectory("cmq-relay-failover-");
        kafka = KafkaBroker.start(folder.resolve("kafka"), 0);
        jdbcUrl = TestDatabases.create("outbox_relay_failover");
        try (Connection connection = TestDatabases.connect(jdbcUrl); Statement sql = connection.createStatement()) {
            sql.execute(resource("db/outbox/V0_1__event_outbox.sql"));
            sql.execute(resource("db/outbox/R__outbox_trace_context.sql"));
        }
    }

    @AfterAll
    static void stopInfrastructure() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void twoRelaysPublishEachCampusInOrderAndTheSurvivorTakesOverFromAKilledOneWithoutLosingAnEvent() throws Exception {
        Writer writer = new Writer();
        Relay a = new Relay("a");
        Relay b = new Relay("b");
        a.start();
        b.start();

        // Phase 1: both relays run while events are written.
        writer.write(600);
        awaitAllSent();
        assertTrue(a.published.get() + b.published.get() >= 600);

        // Phase 2: relay a dies in the middle of its next batch, holding the lock: its records are acknowledged by
        // Kafka, its rows not yet marked sent. Meanwhile the other relay cannot take the lock (it stands by).
        a.dieInTheMiddleOfTheNextBatch = true;
        b.paused = true;               // so that the next batch is a's
        b.publishedBefore = b.published.get();
        writer.write(300);
        a.died.await();
        b.paused = false;
        int standbysBefore = b.standbys.get();
        while (b.standbys.get() == standbysBefore) {
            Thread.sleep(5); // the other relay polls, and is refused the lock while the dying one holds it
        }
        assertEquals(0, b.published.get() - publishedByBBefore(b), "nothing published by the other relay meanwhile");
        try (Connection other = connect()) {
            OutboxPublisher standby = new OutboxPublisher(null, 200, OpenTelemetry.noop().getTracer("test"));
            assertFalse(standby.publishBatch(other).active(), "a second relay publishes nothing while one holds the lock");
            other.rollback();
        }
        int inFlight = a.lastBatch.get();
        assertTrue(inFlight > 0);
        b.mark = System.nanoTime();
        a.kill();                      // its session ends: PostgreSQL rolls its batch back and frees the lock
                                       // (the survivor takes over at its next poll)
        writer.write(300);
        awaitAllSent();
        assertNull(b.failure.get());

        // On the topic: every event, each campus's in order (after dropping the ones published twice).
        List<ConsumerRecord<String, String>> records = readTopic(writer.events.size() + inFlight);
        Map<String, List<Long>> versions = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        for (ConsumerRecord<String, String> record : records) {
            String eventId = new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8);
            if (!seen.add(eventId)) {
                duplicates++;
                continue;
            }
            versions.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(writer.versionOf.get(eventId));
        }
        assertEquals(writer.events.keySet(), seen, "every event written was published");
        assertTrue(duplicates >= inFlight, "the killed relay's last batch was published again by the survivor: "
                + duplicates + " duplicates for " + inFlight);
        assertEquals(CAMPUSES, versions.size());
        versions.forEach((campus, list) -> {
            for (int i = 0; i < list.size(); i++) {
                assertEquals(i + 1, list.get(i), "campus " + campus + " in order, without gap: " + list);
            }
        });
        assertEquals(writer.events.size(), versions.values().stream().mapToInt(List::size).sum());
        System.out.printf("[relay-failover] %d events of %d campuses; relay a published %d before it was killed with a"
                + " batch of %d unmarked, relay b %d (standing by %d times; its first batch %.1f ms after the kill); %d"
                + " records on the topic, %d duplicates%n",
                writer.events.size(), CAMPUSES, a.published.get(), inFlight, b.published.get(), b.standbys.get(),
                (b.firstPublishedAfterMark - b.mark) / 1e6, records.size(), duplicates);
        b.stop();
    }

    /** Writes events as the outbox does: per campus, the next version, in its own transaction. */
    private static final class Writer {
        final Map<String, UUID> events = new LinkedHashMap<>();
        final Map<String, Long> versionOf = new LinkedHashMap<>();
        final UUID[] campuses = new UUID[CAMPUSES];
        final long[] lastVersion = new long[CAMPUSES];
        final Random random = new Random(12);

        Writer() {
            for (int i = 0; i < CAMPUSES; i++) {
                campuses[i] = UUID.randomUUID();
            }
        }

        void write(int count) throws SQLException {
            try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement("""
                    insert into outbox_event (event_id, topic, campus_id, type, version, payload, created_at)
                    values (?, ?, ?, 'CampusUpdated', ?, ?, ?)""")) {
                for (int n = 0; n < count; n++) {
                    int c = random.nextInt(CAMPUSES);
                    long version = ++lastVersion[c];
                    UUID eventId = UUID.randomUUID();
                    Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                    insert.setObject(1, eventId);
                    insert.setString(2, TOPIC);
                    insert.setObject(3, campuses[c]);
                    insert.setLong(4, version);
                    insert.setString(5, "{\"eventId\":\"" + eventId + "\",\"type\":\"CampusUpdated\",\"campusId\":\""
                            + campuses[c] + "\",\"occurredAt\":\"" + at + "\",\"version\":" + version + "}");
                    insert.setObject(6, java.sql.Timestamp.from(at));
                    insert.executeUpdate();
                    connection.commit();
                    events.put(eventId.toString(), campuses[c]);
                    versionOf.put(eventId.toString(), version);
                }
            }
        }
    }

    /** A relay as a replica runs it: its own connection and producer, one batch per transaction. */
    private static final class Relay implements Runnable {
        final String name;
        final AtomicInteger published = new AtomicInteger();
        final AtomicInteger lastBatch = new AtomicInteger();
        final AtomicInteger standbys = new AtomicInteger();
        volatile int publishedBefore;
        volatile long mark;
        volatile long firstPublishedAfterMark;
        final AtomicReference<Exception> failure = new AtomicReference<>();
        final CountDownLatch died = new CountDownLatch(1);
        volatile boolean dieInTheMiddleOfTheNextBatch;
        volatile boolean paused;
        volatile boolean running = true;
        private final Thread thread;
        private Connection connection;
        private int backendPid;
        private KafkaProducer<String, String> producer;

        Relay(String name) {
            this.name = name;
            this.thread = new Thread(this, "relay-" + name);
            this.thread.setDaemon(true);
        }

        void start() throws SQLException {
            connection = connect();
            try (Statement sql = connection.createStatement(); ResultSet pid = sql.executeQuery("select pg_backend_pid()")) {
                pid.next();
                backendPid = pid.getInt(1);
            }
            connection.commit();
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new StringSerializer());
            thread.start();
        }

        @Override
        public void run() {
            OutboxPublisher publisher = new OutboxPublisher(producer, 50, OpenTelemetry.noop().getTracer("test"));
            while (running) {
                try {
                    if (paused) {
                        Thread.sleep(5);
                        continue;
                    }
                    OutboxPublisher.BatchResult result = publisher.publishBatch(connection);
                    if (result.failure() != null) {
                        failure.set(result.failure());
                    }
                    if (!result.active()) {
                        standbys.incrementAndGet();
                    }
                    if (dieInTheMiddleOfTheNextBatch && result.published() > 0) {
                        // published and acknowledged, rows marked in the open transaction, lock held: dies here
                        lastBatch.set(result.published());
                        running = false;
                        died.countDown();
                        return;
                    }
                    connection.commit();
                    published.addAndGet(result.published());
                    if (mark > 0 && firstPublishedAfterMark == 0 && result.published() > 0) {
                        firstPublishedAfterMark = System.nanoTime();
                    }
                    if (result.published() == 0) {
                        Thread.sleep(10);
                    }
                } catch (Exception e) {
                    if (running) {
                        failure.set(e);
                    }
                    return;
                }
            }
        }

        /** Ends its database session from outside, as PostgreSQL does when the process holding it dies. */
        void kill() throws SQLException {
            try (Connection admin = connect(); Statement sql = admin.createStatement()) {
                sql.execute("select pg_terminate_backend(" + backendPid + ")");
                admin.commit();
            }
            producer.close(Duration.ZERO);
        }

        void stop() throws Exception {
            running = false;
            thread.join();
            connection.close();
            producer.close();
        }
    }

    private static int publishedByBBefore(Relay b) {
        return b.publishedBefore;
    }

    private static void awaitAllSent() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            try (Connection connection = connect(); Statement sql = connection.createStatement();
                 ResultSet unsent = sql.executeQuery("select count(*) from outbox_event where sent_at is null")) {
                unsent.next();
                if (unsent.getLong(1) == 0) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the outbox was not emptied");
            }
            Thread.sleep(20);
        }
    }

    private static List<ConsumerRecord<String, String>> readTopic(int atLeast) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        assertTrue(records.size() >= atLeast, records.size() + " records");
        // one campus's records are on one partition, in the order of the partition
        return records;
    }

    private static Connection connect() throws SQLException {
        Connection connection = TestDatabases.connect(jdbcUrl);
        connection.setAutoCommit(false);
        return connection;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = OutboxRelayFailoverTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
