package fr.cmq.common.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.InstanceHandle;

import java.util.Map;
import java.util.UUID;

/**
 * The trace of a write followed through the events (issue 12): the W3C {@code traceparent} of the span that appended an
 * event is kept in its outbox row, the relay sends it as the Kafka record header {@value #TRACEPARENT} (through a
 * producer span of its own when tracing is on), and every consumer ({@code EventSubscription}: the gateway's projector,
 * the services' subscriptions) applies the record inside a consumer span whose parent is that header. Tracing is off
 * unless {@code CMQ_OTEL_ENABLED=true}: the OpenTelemetry SDK is then disabled, spans are no-ops, no traceparent is
 * stored and records carry no such header. Spans carry event types, topics, event and campus ids: no personal data.
 */
public final class EventTracing {

    /** The Kafka record header carrying the W3C trace context (W3C Trace Context, version 00). */
    public static final String TRACEPARENT = "traceparent";
    static final String INSTRUMENTATION = "fr.cmq.events";

    private static final TextMapGetter<Map<String, String>> MAP_GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private EventTracing() {
    }

    /** The application's tracer (the no-op one outside a running Quarkus application or with tracing off). */
    public static Tracer tracer() {
        ArcContainer container = Arc.container();
        if (container != null && container.isRunning()) {
            InstanceHandle<OpenTelemetry> otel = container.instance(OpenTelemetry.class);
            if (otel.isAvailable()) {
                return otel.get().getTracer(INSTRUMENTATION);
            }
        }
        return OpenTelemetry.noop().getTracer(INSTRUMENTATION);
    }

    /** The W3C traceparent of the current span, or null when there is none (tracing off, no request). */
    public static String currentTraceparent() {
        return traceparent(Span.current().getSpanContext());
    }

    /** {@code 00-<trace id>-<span id>-<flags>}, or null for an invalid (no-op) span context. */
    public static String traceparent(SpanContext context) {
        if (context == null || !context.isValid()) {
            return null;
        }
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
    }

    /** The remote parent a traceparent names (the root context when it is null or malformed). */
    public static Context parent(String traceparent) {
        if (traceparent == null || traceparent.isBlank()) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), Map.of(TRACEPARENT, traceparent),
                MAP_GETTER);
    }

    /**
     * A producer span for one outbox row sent to {@code topic}, child of the writer's traceparent (none: no span is
     * worth making, the no-op one is given). The caller ends it once the broker acknowledged the record.
     */
    public static Span startPublish(Tracer tracer, String topic, String type, UUID eventId, UUID campusId,
                                    String writerTraceparent) {
        if (writerTraceparent == null) {
            return Span.getInvalid();
        }
        return tracer.spanBuilder(topic + " publish")
                .setParent(parent(writerTraceparent))
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "publish")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.message.id", eventId.toString())
                .setAttribute("cmq.event.type", type)
                .setAttribute("cmq.campus.id", campusId.toString())
                .startSpan();
    }

    /**
     * The consumer span of one record applied from {@code topic}: its parent is the record's {@code traceparent}
     * header (the relay's publish span, itself the writer's child), so the projector's work is in the write's trace.
     */
    public static Span startProcess(Tracer tracer, String topic, int partition, long offset, String traceparent) {
        return tracer.spanBuilder(topic + " process")
                .setParent(parent(traceparent))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.destination.partition.id", Integer.toString(partition))
                .setAttribute("messaging.kafka.offset", offset)
                .startSpan();
    }
}
