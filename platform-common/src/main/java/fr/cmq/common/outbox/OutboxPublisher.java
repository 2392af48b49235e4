package fr.cmq.common.outbox;

import fr.cmq.common.tracing.EventTracing;
import fr.cmq.events.CloudEventHeaders;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * One relay step on a JDBC connection, inside a transaction the caller commits ({@link OutboxRelay} in the service,
 * a plain connection in tests): publish the oldest unsent rows and mark sent those the broker acknowledged.
 *
 * <p><b>One relay at a time per service.</b> Several replicas of a service share its outbox; if two of them published
 * batches side by side, one campus's events could reach Kafka out of order. So each batch first takes a PostgreSQL
 * advisory lock of the service's schema <em>in the batch's own transaction</em>
 * ({@code pg_try_advisory_xact_lock}): a replica that does not get it publishes nothing this time. The lock is held
 * until the batch's rows are marked sent and committed, and the next holder reads the rows after that commit, so
 * batches follow each other in order, whichever replica runs them. A replica that dies mid-batch (SIGKILL, lost
 * connection) loses its connection; PostgreSQL rolls its transaction back, which releases the lock, and the next
 * replica's poll (every {@code cmq.outbox.poll-interval}) takes over: rows the dead one had sent but not marked are
 * sent again, with the same {@code eventId}, which consumers ignore. Chosen over a session lock held on a dedicated
 * connection: no connection outside the pool, no window where a replica that lost its lock session still publishes,
 * and the lock's life is exactly the rows' transaction.
 */
final class OutboxPublisher {

    /**
     * Takes the service's relay lock for this transaction: one 64-bit key per schema (the one-key space, apart from the
     * two-key locks of {@code IdempotencyStore}).
     */
    static final String TRY_LOCK = "select pg_try_advisory_xact_lock(hashtextextended('cmq.outbox-relay ' || current_schema(), 0))";
    private static final String UNSENT = """
            select id, topic, campus_id, payload, event_id, type, cast(payload as jsonb) ->> 'occurredAt', traceparent
            from outbox_event where sent_at is null order by id limit ?""";

    private final Producer<String, String> producer;
    private final int batchSize;
    private final Tracer tracer;

    OutboxPublisher(Producer<String, String> producer, int batchSize, Tracer tracer) {
        this.producer = producer;
        this.batchSize = batchSize;
        this.tracer = tracer;
    }

    /** What one step did: whether this relay held the lock, how many rows it published, the broker's failure. */
    record BatchResult(boolean active, int published, Exception failure) {
        static final BatchResult STANDBY = new BatchResult(false, 0, null);
    }

    /** A row of the outbox as the relay reads it. */
    record Row(long id, String topic, UUID campusId, String payload, UUID eventId, String type, Instant occurredAt,
               String traceparent) {
    }

    /**
     * Publishes one batch of unsent rows, oldest first, and marks sent those the broker acknowledged, stopping at the
     * first row it did not acknowledge (that row and the next ones are tried again). Nothing when another replica
     * holds the relay lock.
     */
    BatchResult publishBatch(Connection connection) throws SQLException {
        if (!tryLock(connection)) {
            return BatchResult.STANDBY;
        }
        List<Row> rows = unsent(connection);
        if (rows.isEmpty()) {
            return new BatchResult(true, 0, null);
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        List<Span> spans = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Span span = EventTracing.startPublish(tracer, row.topic(), row.type(), row.eventId(), row.campusId(),
                    row.traceparent());
            spans.add(span);
            acks.add(producer.send(record(row, span)));
        }
        List<Long> acknowledged = new ArrayList<>(rows.size());
        Exception failure = null;
        for (int i = 0; i < rows.size(); i++) {
            if (failure == null) {
                try {
                    acks.get(i).get(15, TimeUnit.SECONDS);
                    acknowledged.add(rows.get(i).id());
                } catch (Exception e) {
                    failure = e;
                    spans.get(i).setStatus(StatusCode.ERROR, "not acknowledged by the broker");
                }
            }
            spans.get(i).end();
        }
        if (!acknowledged.isEmpty()) {
            try (PreparedStatement update = connection.prepareStatement(
                    "update outbox_event set sent_at = now() where id = any(?)")) {
                update.setArray(1, connection.createArrayOf("bigint", acknowledged.toArray()));
                update.executeUpdate();
            }
        }
        return new BatchResult(true, acknowledged.size(), failure);
    }

    static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(TRY_LOCK); ResultSet result = lock.executeQuery()) {
            result.next();
            return result.getBoolean(1);
        }
    }

    private List<Row> unsent(Connection connection) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(UNSENT)) {
            select.setInt(1, batchSize);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getLong(1), result.getString(2), UUID.fromString(result.getString(3)),
                            result.getString(4), UUID.fromString(result.getString(5)), result.getString(6),
                            Instant.parse(result.getString(7)), result.getString(8)));
                }
            }
        }
        return rows;
    }

    /**
     * The Kafka record of an outbox row: key = campus id, value = the JSON envelope as stored, the CloudEvents 1.0
     * headers of the Kafka binding ({@link CloudEventHeaders}), whose ce_time is the envelope's occurredAt (not the
     * row's creation: events written by a data migration keep the date the report gives them), and the W3C
     * {@code traceparent} of the write when it was traced (the relay's publish span, else the writer's own).
     */
    static ProducerRecord<String, String> record(Row row, Span publishSpan) {
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.campusId().toString(),
                row.payload());
        CloudEventHeaders.bytes(row.topic(), row.eventId(), row.type(), row.occurredAt(), row.campusId())
                .forEach((name, value) -> record.headers().add(name, value));
        String traceparent = EventTracing.traceparent(publishSpan.getSpanContext());
        if (traceparent == null) {
            traceparent = row.traceparent();
        }
        if (traceparent != null) {
            record.headers().add(EventTracing.TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }
}
