package fr.cmq.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.cmq.events.funding.AllocationChange;
import fr.cmq.events.funding.BudgetState;
import fr.cmq.events.funding.DirectorFundingState;
import fr.cmq.events.funding.EnvelopeState;
import fr.cmq.events.labelling.CampusState;
import fr.cmq.events.labelling.LabelChange;
import fr.cmq.events.monitoring.ActionChange;
import fr.cmq.events.monitoring.IndicatorTargetChange;
import fr.cmq.events.monitoring.IndicatorValueChange;
import fr.cmq.events.monitoring.LegalFormTransition;
import fr.cmq.events.monitoring.PartnerChange;
import fr.cmq.events.monitoring.ProfileState;
import fr.cmq.events.monitoring.SelfAssessmentState;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import static fr.cmq.events.funding.FundingEventTypes.BUDGET_DECLARED;
import static fr.cmq.events.funding.FundingEventTypes.BUDGET_UPDATED;
import static fr.cmq.events.funding.FundingEventTypes.DIRECTOR_FUNDING_DECLARED;
import static fr.cmq.events.funding.FundingEventTypes.DIRECTOR_FUNDING_UPDATED;
import static fr.cmq.events.funding.FundingEventTypes.ENVELOPE_ALLOCATED;
import static fr.cmq.events.funding.FundingEventTypes.ENVELOPE_CREATED;
import static fr.cmq.events.labelling.LabellingEventTypes.APPLICATION_SUBMITTED;
import static fr.cmq.events.labelling.LabellingEventTypes.CAMPUS_REGISTERED;
import static fr.cmq.events.labelling.LabellingEventTypes.CAMPUS_UPDATED;
import static fr.cmq.events.labelling.LabellingEventTypes.LABEL_GRANTED;
import static fr.cmq.events.labelling.LabellingEventTypes.LABEL_REFUSED;
import static fr.cmq.events.labelling.LabellingEventTypes.LABEL_WITHDRAWN;
import static fr.cmq.events.labelling.LabellingEventTypes.OPINION_ISSUED;
import static fr.cmq.events.monitoring.MonitoringEventTypes.ACTION_ADDED;
import static fr.cmq.events.monitoring.MonitoringEventTypes.ACTION_SCORED;
import static fr.cmq.events.monitoring.MonitoringEventTypes.INDICATOR_TARGET_SET;
import static fr.cmq.events.monitoring.MonitoringEventTypes.INDICATOR_VALUE_DECLARED;
import static fr.cmq.events.monitoring.MonitoringEventTypes.LEGAL_FORM_CHANGED;
import static fr.cmq.events.monitoring.MonitoringEventTypes.PARTNER_ADDED;
import static fr.cmq.events.monitoring.MonitoringEventTypes.PARTNER_LEFT;
import static fr.cmq.events.monitoring.MonitoringEventTypes.PARTNER_UPDATED;
import static fr.cmq.events.monitoring.MonitoringEventTypes.PROFILE_CHANGED;
import static fr.cmq.events.monitoring.MonitoringEventTypes.SELF_ASSESSMENT_SUBMITTED;
import static fr.cmq.events.Topics.FUNDING;
import static fr.cmq.events.Topics.LABELLING;
import static fr.cmq.events.Topics.MONITORING;

/**
 * The registry of the platform's events: each (topic, type) with the record its {@code data} reads into, and the
 * one way to write and read those records as JSON.
 * <ul>
 * <li>Producers: {@code outbox.append(TYPE, campusId, actor, record)}; the outbox asks {@link #topicOf} where the
 * event goes and writes the record with {@link #toTree}.</li>
 * <li>Consumers: {@link #payload(JsonNode, Class)} (or platform-common's {@code EventEnvelope.payload(Class)}) reads
 * {@code data} into the record; {@link #parse(String)} reads a whole Kafka record value. Reading is tolerant:
 * unknown fields are ignored (a newer producer may add some) and missing ones are null (older events).</li>
 * </ul>
 */
public final class EventContract {

    /** Every event type of the platform, by topic, in a stable order. */
    public static final List<EventType> TYPES = List.of(
            new EventType(LABELLING, CAMPUS_REGISTERED, CampusState.class,
                    "A campus entered the national register"),
            new EventType(LABELLING, CAMPUS_UPDATED, CampusState.class,
                    "A campus of the register changed: renamed (the former designation is kept), other family, "
                            + "region, academies or communication names"),
            new EventType(LABELLING, APPLICATION_SUBMITTED, LabelChange.class,
                    "An application for the label was submitted under a call for projects"),
            new EventType(LABELLING, OPINION_ISSUED, LabelChange.class,
                    "The expert opinion on an application was recorded"),
            new EventType(LABELLING, LABEL_GRANTED, LabelChange.class,
                    "The label was granted for a duration (decision GRANTED)"),
            new EventType(LABELLING, LABEL_REFUSED, LabelChange.class,
                    "The label was refused (decision REFUSED)"),
            new EventType(LABELLING, LABEL_WITHDRAWN, LabelChange.class,
                    "The current label was withdrawn before its expiry"),
            new EventType(MONITORING, PROFILE_CHANGED, ProfileState.class,
                    "The campus's profile was created or replaced"),
            new EventType(MONITORING, LEGAL_FORM_CHANGED, LegalFormTransition.class,
                    "The campus's legal form (or GIP kind) changed, including the first one recorded; the "
                            + "ProfileChanged of the same change follows"),
            new EventType(MONITORING, PARTNER_ADDED, PartnerChange.class,
                    "A partner was added to the campus"),
            new EventType(MONITORING, PARTNER_UPDATED, PartnerChange.class,
                    "A partner of the campus was changed"),
            new EventType(MONITORING, PARTNER_LEFT, PartnerChange.class,
                    "A partner left the campus (it is kept, with its left date)"),
            new EventType(MONITORING, INDICATOR_TARGET_SET, IndicatorTargetChange.class,
                    "A target was set for an indicator of the catalogue, a year and a breakdown"),
            new EventType(MONITORING, INDICATOR_VALUE_DECLARED, IndicatorValueChange.class,
                    "A value was declared for an indicator of the catalogue, a year and a breakdown"),
            new EventType(MONITORING, ACTION_ADDED, ActionChange.class,
                    "An action was added to the campus's annual action plan"),
            new EventType(MONITORING, ACTION_SCORED, ActionChange.class,
                    "The steering committee scored an action of the annual plan (its plan's completion follows)"),
            new EventType(MONITORING, SELF_ASSESSMENT_SUBMITTED, SelfAssessmentState.class,
                    "The campus's self-assessment of a year was submitted or replaced (recommendation 15)"),
            new EventType(FUNDING, BUDGET_DECLARED, BudgetState.class,
                    "A campus's budget for a year and kind was declared for the first time"),
            new EventType(FUNDING, BUDGET_UPDATED, BudgetState.class,
                    "A campus's budget for a year and kind was replaced"),
            new EventType(FUNDING, DIRECTOR_FUNDING_DECLARED, DirectorFundingState.class,
                    "The co-financing of the director post for a year was declared"),
            new EventType(FUNDING, DIRECTOR_FUNDING_UPDATED, DirectorFundingState.class,
                    "The co-financing of the director post for a year was replaced"),
            new EventType(FUNDING, ENVELOPE_CREATED, EnvelopeState.class,
                    "A multi-campus envelope was created; one event per covered campus"),
            new EventType(FUNDING, ENVELOPE_ALLOCATED, AllocationChange.class,
                    "An amount of an envelope was allocated to the campus"));

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // Exact decimals: 75.0 stays 75.0 (the default node factory would write 75 or 7.5E+1).
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    static {
        for (EventType type : TYPES) {
            if (TYPES.stream().filter(t -> t.name().equals(type.name())).count() != 1) {
                throw new ExceptionInInitializerError("Event type registered twice: " + type.name());
            }
        }
    }

    private EventContract() {
    }

    /** The registered type of that name on that topic, if any (an unknown one is for a newer consumer: skip it). */
    public static Optional<EventType> find(String topic, String type) {
        return TYPES.stream().filter(t -> t.topic().equals(topic) && t.name().equals(type)).findFirst();
    }

    /** The registered type of that name (type names are unique across the topics). */
    public static Optional<EventType> find(String type) {
        return TYPES.stream().filter(t -> t.name().equals(type)).findFirst();
    }

    /** The event types of one topic, in registry order. */
    public static List<EventType> typesOf(String topic) {
        return TYPES.stream().filter(t -> t.topic().equals(topic)).toList();
    }

    /**
     * The topic an event of that type with that payload goes to.
     *
     * @throws IllegalArgumentException when the type is not registered, or registered with another payload record
     */
    public static String topicOf(String type, EventPayload payload) {
        EventType registered = find(type).orElseThrow(() -> new IllegalArgumentException(
                "Event type " + type + " is not in the contract (fr.cmq.events.EventContract.TYPES)"));
        if (!registered.payload().isInstance(payload)) {
            throw new IllegalArgumentException("Event type " + type + " carries " + registered.payload().getName()
                    + ", not " + (payload == null ? "null" : payload.getClass().getName()));
        }
        return registered.topic();
    }

    /**
     * The contract's JSON mapper: tolerant reading (unknown fields ignored, missing ones null or zero, decimals as
     * {@code BigDecimal}), dates as ISO 8601 text, exact decimals in trees. Consumers may use it for their own reads.
     */
    public static ObjectMapper objectMapper() {
        return MAPPER;
    }

    /** A payload record as the JSON tree of an envelope's {@code data}. */
    public static JsonNode toTree(EventPayload payload) {
        return MAPPER.valueToTree(payload);
    }

    /** An envelope's {@code data} read into a payload record. */
    public static <T extends EventPayload> T payload(JsonNode data, Class<T> record) {
        if (data == null || data.isNull() || data.isMissingNode()) {
            throw new IllegalArgumentException("Event without data; expected " + record.getSimpleName());
        }
        try {
            return MAPPER.treeToValue(data, record);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data is not a " + record.getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    /** An envelope's {@code data} read into the record registered for (topic, type); empty for an unknown type. */
    public static Optional<EventPayload> payload(String topic, String type, JsonNode data) {
        return find(topic, type).map(t -> payload(data, t.payload()));
    }

    /**
     * A whole Kafka record value (the JSON envelope) read into a typed event, with {@code data} read into the
     * record registered for its type (whatever the topic).
     *
     * @throws IllegalArgumentException for malformed JSON or a type that is not in the contract
     */
    public static CampusEvent<EventPayload> parse(String json) {
        try {
            JsonNode envelope = MAPPER.readTree(json);
            EventType type = find(envelope.path("type").asText()).orElseThrow(() -> new IllegalArgumentException(
                    "Event type " + envelope.path("type") + " is not in the contract"));
            return typed(envelope, type.payload());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a JSON event envelope: " + e.getOriginalMessage(), e);
        }
    }

    /** A JSON envelope read into a typed event whose {@code data} is the given record. */
    @SuppressWarnings("unchecked")
    public static <T extends EventPayload> CampusEvent<T> typed(JsonNode envelope, Class<? extends T> record) {
        JavaType type = MAPPER.getTypeFactory().constructParametricType(CampusEvent.class, record);
        try {
            return (CampusEvent<T>) MAPPER.treeToValue(envelope, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not an event envelope of " + record.getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    /** JSON text of a value with the contract's mapper. */
    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
