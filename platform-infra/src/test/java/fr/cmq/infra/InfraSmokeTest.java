package fr.cmq.infra;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InfraSmokeTest {

    @TempDir
    Path dir;

    @Test
    void postgresKeepsDataAcrossRestarts() throws Exception {
        Path data = dir.resolve("pg");
        try (PostgresServer pg = PostgresServer.start(data, 0);
             Connection c = DriverManager.getConnection(pg.jdbcUrl(), PostgresServer.USER, "")) {
            c.createStatement().execute("create table kept(v int); insert into kept values (42)");
        }
        try (PostgresServer pg = PostgresServer.start(data, 0);
             Connection c = DriverManager.getConnection(pg.jdbcUrl(), PostgresServer.USER, "");
             ResultSet rs = c.createStatement().executeQuery("select v from kept")) {
            assertTrue(rs.next());
            assertEquals(42, rs.getInt(1));
        }
    }

    @Test
    void kafkaDeliversAcrossABrokerRestart() throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(dir.resolve("kafka"), 0)) {
            Map<String, Object> producerConfig = Map.of("bootstrap.servers", broker.bootstrapServers(), "acks", "all");
            try (var producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("smoke", "k", "before")).get();
            }
            broker.stop();
            broker.start();
            try (var producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("smoke", "k", "after")).get();
            }
            Map<String, Object> consumerConfig = Map.of("bootstrap.servers", broker.bootstrapServers(),
                    "group.id", "smoke", "auto.offset.reset", "earliest");
            try (var consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("smoke"));
                List<String> seen = new java.util.ArrayList<>();
                long deadline = System.currentTimeMillis() + 30_000;
                while (seen.size() < 2 && System.currentTimeMillis() < deadline) {
                    ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                    records.forEach(r -> seen.add(r.value()));
                }
                assertEquals(List.of("before", "after"), seen);
            }
        }
    }
}
