package fr.cmq.e2e;

import com.sun.net.httpserver.HttpServer;
import fr.cmq.local.ServiceProcess;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Operability (issue 12, point 5): Prometheus metrics at /q/metrics on the gateway and every service, without a token;
 * OpenTelemetry traces, off by default, followed when turned on from the gateway's proxy through the service, its
 * outbox and Kafka (the record header {@code traceparent}) to the gateway's projector.
 */
class ObservabilityTest extends EndToEndTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void everyApplicationServesPrometheusMetricsWithoutATokenAndWithoutIds() throws Exception {
        String campus = registerCampus("Campus mesuré " + UUID.randomUUID(), "MATERIALS", "76", "TOULOUSE");
        assertEquals(200, get(platform.gatewayUrl() + "/api/v1/campuses/" + campus, national).statusCode());
        // a request of each service's own (monitoring and funding learn the campus from the register's events)
        Await.status(() -> status(platform.gatewayUrl() + "/api/v1/campuses/" + campus + "/partners"), 200);
        Await.status(() -> status(platform.gatewayUrl() + "/api/v1/campuses/" + campus + "/budgets"), 200);

        HttpResponse<String> gateway = get(platform.gatewayUrl() + "/q/metrics", null);
        assertEquals(200, gateway.statusCode());
        assertTrue(gateway.headers().firstValue("Content-Type").orElse("").startsWith("text/plain")
                || gateway.headers().firstValue("Content-Type").orElse("").startsWith("application/openmetrics-text"));
        String text = gateway.body();
        for (String series : List.of("http_server_requests_seconds_bucket", "jvm_memory_used_bytes",
                "cmq_dashboard_consumer_lag_records{topic=\"cmq.labelling.events\"",
                "cmq_dashboard_consumer_lag_records{topic=\"cmq.monitoring.events\"",
                "cmq_dashboard_consumer_lag_records{topic=\"cmq.funding.events\"")) {
            assertTrue(text.contains(series), "gateway metrics lack " + series);
        }
        // the proxied route is named by its template, never by the campus's id
        assertTrue(text.contains("uri=\"/api/v1/campuses/{id}\""), "the proxied route's template");
        assertFalse(text.contains(campus), "no id in the metrics");
        assertFalse(text.contains(national), "no token in the metrics");

        for (String service : List.of("labelling", "monitoring", "funding")) {
            HttpResponse<String> metrics = get(platform.service(service).url() + "/q/metrics", null);
            assertEquals(200, metrics.statusCode(), service);
            for (String series : List.of("http_server_requests_seconds_bucket", "jvm_memory_used_bytes",
                    "cmq_outbox_unsent_events", "cmq_outbox_oldest_unsent_age_seconds")) {
                assertTrue(metrics.body().contains(series), service + " metrics lack " + series);
            }
            assertFalse(metrics.body().contains(campus), "no id in " + service + "'s metrics");
        }
        System.out.printf("[metrics] gateway /q/metrics: %d lines; e.g.%n%s%n", text.lines().count(),
                text.lines().filter(l -> l.startsWith("cmq_")).collect(Collectors.joining("\n")));
    }

    @Test
    void aWriteIsTracedFromTheGatewayThroughTheServiceTheOutboxAndKafkaToTheProjector() throws Exception {
        // Off by default: the platform's own replicas store no trace context, their records carry no traceparent.
        String untraced = registerCampus("Campus non tracé " + UUID.randomUUID(), "MATERIALS", "76", "TOULOUSE");
        assertNull(header(record(untraced), "traceparent"), "no traceparent while tracing is off");

        try (OtlpReceiver receiver = new OtlpReceiver()) {
            Map<String, String> tracing = Map.of("CMQ_OTEL_ENABLED", "true",
                    "CMQ_OTEL_ENDPOINT", receiver.url(), "CMQ_OTEL_PROTOCOL", "http/protobuf",
                    "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms");
            ServiceProcess labelling = platform.startReplica("labelling", 0, tracing);
            Map<String, String> gatewayTracing = new java.util.HashMap<>(tracing);
            gatewayTracing.put("CMQ_GATEWAY_SERVICES_LABELLING_URL", labelling.url());
            // its own consumer group: it applies (or finds already applied) every record, each in its own span
            gatewayTracing.put("CMQ_DASHBOARD_GROUP_ID", "gateway-dashboard-traced-" + UUID.randomUUID());
            ServiceProcess gateway = platform.startReplica("gateway", 0, gatewayTracing);
            try {
                String traceId = HexFormat.of().formatHex(random(16));
                String clientSpan = HexFormat.of().formatHex(random(8));
                HttpResponse<String> created = http.send(HttpRequest.newBuilder(
                                URI.create(gateway.url() + "/api/v1/campuses"))
                        .header("Authorization", "Bearer " + national)
                        .header("Content-Type", "application/json")
                        .header("traceparent", "00-" + traceId + "-" + clientSpan + "-01")
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"designation":"Campus tracé %s","familyCode":"MATERIALS","regionCode":"76",
                                 "academyCodes":["TOULOUSE"]}""".formatted(UUID.randomUUID()))).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(201, created.statusCode(), created.body());
                String campus = new com.fasterxml.jackson.databind.ObjectMapper().readTree(created.body())
                        .path("id").asText();

                String traceparent = header(record(campus), "traceparent");
                assertNotNull(traceparent, "the record carries the write's trace");
                assertEquals(traceId, traceparent.split("-")[1], "the record's trace is the write's: " + traceparent);
                String publishSpan = traceparent.split("-")[2];

                List<OtlpReceiver.Span> spans = Await.until(Duration.ofSeconds(60), Duration.ofMillis(200),
                        () -> receiver.spans(traceId), found -> found.stream().anyMatch(s ->
                                s.name().equals("cmq.labelling.events process") && s.parentSpanId().equals(publishSpan)));
                System.out.printf("[tracing] trace %s: %s%n", traceId, spans);
                OtlpReceiver.Span process = spans.stream().filter(s -> s.name().equals("cmq.labelling.events process")
                        && s.parentSpanId().equals(publishSpan)).findFirst().orElseThrow(() ->
                        new AssertionError("no projector span under the record's traceparent: " + spans));
                assertEquals("gateway", process.service(), "the projector's span is the gateway's");
                Set<String> services = spans.stream().map(OtlpReceiver.Span::service).collect(Collectors.toSet());
                assertTrue(services.containsAll(Set.of("gateway", "labelling-service")),
                        "the gateway's and the service's spans are in the write's trace: " + services);
                // the service's server span is the child of the gateway's proxy span
                Set<String> gatewaySpans = spans.stream().filter(s -> s.service().equals("gateway"))
                        .map(OtlpReceiver.Span::spanId).collect(Collectors.toSet());
                assertTrue(spans.stream().anyMatch(s -> s.service().equals("labelling-service")
                        && s.name().startsWith("POST") && gatewaySpans.contains(s.parentSpanId())),
                        "the service's server span under the gateway's: " + spans);
            } finally {
                gateway.stop();
                labelling.stop();
            }
        }
    }

    private int status(String url) {
        try {
            return get(url, national).statusCode();
        } catch (Exception e) {
            return 0;
        }
    }

    private HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        new SecureRandom().nextBytes(value);
        return value;
    }

    /** The first record of a campus on cmq.labelling.events (its registration), waiting for the relay. */
    private static ConsumerRecord<String, String> record(String campus) throws InterruptedException {
        ConsumerRecord<String, String> found = Await.until(Duration.ofSeconds(60), Duration.ofMillis(500),
                () -> firstRecord(campus), r -> r != null);
        assertNotNull(found, "no record of campus " + campus);
        return found;
    }

    private static ConsumerRecord<String, String> firstRecord(String campus) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafka().bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor("cmq.labelling.events").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (campus.equals(record.key())) {
                        return record;
                    }
                }
            }
        }
        return null;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /**
     * An OTLP/HTTP receiver (protobuf, the collector's {@code /v1/traces}) on loopback, keeping the spans it receives:
     * service name, trace id, span id, parent span id and name, read from the wire format with a small protobuf reader.
     */
    static final class OtlpReceiver implements AutoCloseable {

        record Span(String service, String traceId, String spanId, String parentSpanId, String name) {
            @Override
            public String toString() {
                return service + ":" + name + "(" + spanId + "<-" + parentSpanId + ")";
            }
        }

        private final HttpServer server;
        private final List<Span> spans = new CopyOnWriteArrayList<>();

        OtlpReceiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                try (InputStream body = exchange.getRequestBody()) {
                    byte[] bytes = body.readAllBytes();
                    if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                        bytes = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes)).readAllBytes();
                    }
                    if (exchange.getRequestURI().getPath().endsWith("/v1/traces")) {
                        read(bytes);
                    }
                } catch (RuntimeException e) {
                    e.printStackTrace();
                }
                exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, 0);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        List<Span> spans(String traceId) {
            return spans.stream().filter(s -> s.traceId().equals(traceId)).toList();
        }

        /** ExportTraceServiceRequest: 1 resource_spans { 1 resource { 1 attributes }, 2 scope_spans { 2 spans } }. */
        private void read(byte[] request) {
            for (byte[] resourceSpans : fields(request, 1)) {
                String service = "";
                for (byte[] resource : fields(resourceSpans, 1)) {
                    for (byte[] attribute : fields(resource, 1)) {
                        String key = text(first(attribute, 1));
                        if (key.equals("service.name")) {
                            service = text(first(first(attribute, 2), 1));
                        }
                    }
                }
                for (byte[] scopeSpans : fields(resourceSpans, 2)) {
                    for (byte[] span : fields(scopeSpans, 2)) {
                        spans.add(new Span(service, hex(first(span, 1)), hex(first(span, 2)), hex(first(span, 4)),
                                text(first(span, 5))));
                    }
                }
            }
        }

        private static String hex(byte[] bytes) {
            return bytes == null ? "" : HexFormat.of().formatHex(bytes);
        }

        private static String text(byte[] bytes) {
            return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
        }

        private static byte[] first(byte[] message, int field) {
            List<byte[]> all = message == null ? List.of() : fields(message, field);
            return all.isEmpty() ? null : all.get(0);
        }

        /** The length-delimited values of one field of a protobuf message (other wire types skipped). */
        private static List<byte[]> fields(byte[] message, int field) {
            List<byte[]> values = new ArrayList<>();
            int[] at = {0};
            while (at[0] < message.length) {
                long tag = varint(message, at);
                int number = (int) (tag >>> 3);
                int type = (int) (tag & 7);
                switch (type) {
                    case 0 -> varint(message, at);
                    case 1 -> at[0] += 8;
                    case 5 -> at[0] += 4;
                    case 2 -> {
                        int length = (int) varint(message, at);
                        if (number == field) {
                            values.add(java.util.Arrays.copyOfRange(message, at[0], at[0] + length));
                        }
                        at[0] += length;
                    }
                    default -> throw new IllegalStateException("wire type " + type);
                }
            }
            return values;
        }

        private static long varint(byte[] message, int[] at) {
            long value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = message[at[0]++];
                value |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
