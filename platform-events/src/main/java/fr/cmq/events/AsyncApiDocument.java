package fr.cmq.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The AsyncAPI 3.0 document of the platform's topics, generated from the contract ({@link EventContract#TYPES} and
 * the payload records, by reflection): one channel per topic, one {@code send} operation per producing service, one
 * message per event type whose payload is the JSON envelope with its {@code data} schema, whose headers are the
 * CloudEvents ones ({@link CloudEventHeaders}) and whose Kafka key is the campus id. Also the JSON Schemas of one
 * type's data and envelope, to validate events read from Kafka.
 */
public final class AsyncApiDocument {

    /** Version of the contract, shown in the document's {@code info.version}. */
    public static final String VERSION = "1.0.0";
    private static final String KAFKA_BINDING = "0.5.0";
    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectNode DOCUMENT = build();
    private static final String JSON = write(DOCUMENT);

    private AsyncApiDocument() {
    }

    /** The document as JSON text (built once). */
    public static String json() {
        return JSON;
    }

    /** The document as a JSON tree (a copy). */
    public static ObjectNode document() {
        return DOCUMENT.deepCopy();
    }

    /** The channel id of a topic in the document: {@code labellingEvents}, {@code monitoringEvents}, {@code fundingEvents}. */
    public static String channelId(String topic) {
        return Topics.domain(topic) + "Events";
    }

    /**
     * A self-contained JSON Schema (draft 2020-12) of the {@code data} of one event type.
     *
     * @throws IllegalArgumentException for a type that is not in the contract
     */
    public static ObjectNode payloadSchema(String type) {
        JsonSchemas schemas = new JsonSchemas("#/$defs/");
        ObjectNode root = NODES.objectNode().put("$schema", DRAFT_2020_12);
        root.setAll(schemas.ref(registered(type).payload()));
        root.set("$defs", NODES.objectNode().setAll(schemas.definitions()));
        return root;
    }

    /**
     * A self-contained JSON Schema (draft 2020-12) of a whole Kafka record value of one event type: the envelope
     * with its {@code type} fixed and its {@code data} schema.
     */
    public static ObjectNode envelopeSchema(String type) {
        JsonSchemas schemas = new JsonSchemas("#/$defs/");
        ObjectNode root = NODES.objectNode().put("$schema", DRAFT_2020_12);
        root.setAll(envelope(schemas, registered(type)));
        root.set("$defs", NODES.objectNode().setAll(schemas.definitions()));
        return root;
    }

    private static EventType registered(String type) {
        return EventContract.find(type).orElseThrow(() -> new IllegalArgumentException(
                "Event type " + type + " is not in the contract"));
    }

    private static ObjectNode envelope(JsonSchemas schemas, EventType type) {
        ObjectNode envelope = schemas.object(CampusEvent.class, Map.of("T", schemas.ref(type.payload())));
        ObjectNode properties = (ObjectNode) envelope.get("properties");
        ((ObjectNode) properties.get("type")).put("const", type.name());
        ((ObjectNode) properties.get("data")).put("description", type.payload().getSimpleName() + ": "
                + properties.get("data").path("description").asText());
        return envelope;
    }

    private static ObjectNode build() {
        JsonSchemas schemas = new JsonSchemas("#/components/schemas/");
        ObjectNode document = NODES.objectNode().put("asyncapi", "3.0.0");
        ObjectNode info = document.putObject("info")
                .put("title", "CMQ platform events")
                .put("version", VERSION)
                .put("description", "The events of the national monitoring platform of the Campus des métiers et "
                        + "des qualifications: one Kafka topic per producing service, keyed by campus id (one "
                        + "campus's events stay in order). Each record's value is the JSON envelope (eventId, type, "
                        + "campusId, occurredAt, version, actor, data) and its headers the CloudEvents 1.0 Kafka "
                        + "binding attributes (binary mode: the envelope is the CloudEvent's data). Consumers apply "
                        + "an eventId once, keep per part of their state the highest version applied, ignore unknown "
                        + "fields and skip unknown types. Generated from the contract module platform-events.");
        info.putObject("license").put("name", "Licence Ouverte 2.0 (etalab-2.0)")
                .put("url", "https://www.etalab.gouv.fr/licence-ouverte-open-licence/");
        document.put("defaultContentType", "application/json");
        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        ObjectNode messages = NODES.objectNode();
        for (String topic : Topics.ALL) {
            String channelId = channelId(topic);
            ObjectNode channel = channels.putObject(channelId)
                    .put("address", topic)
                    .put("title", topic)
                    .put("description", "Events published by " + Topics.producer(topic) + ", key = campusId");
            ObjectNode channelMessages = channel.putObject("messages");
            channel.putObject("bindings").putObject("kafka").put("topic", topic).put("bindingVersion", KAFKA_BINDING);
            ObjectNode operation = operations.putObject("send" + capitalised(Topics.domain(topic)) + "Events")
                    .put("action", "send")
                    .put("title", Topics.producer(topic) + " publishes its events")
                    .put("summary", Topics.producer(topic) + " publishes the events of " + topic
                            + " through its transactional outbox, after commit, with acks=all");
            operation.putObject("channel").put("$ref", "#/channels/" + channelId);
            var operationMessages = operation.putArray("messages");
            for (EventType type : EventContract.typesOf(topic)) {
                messages.set(type.name(), message(schemas, type));
                channelMessages.putObject(type.name()).put("$ref", "#/components/messages/" + type.name());
                operationMessages.addObject().put("$ref", "#/channels/" + channelId + "/messages/" + type.name());
            }
        }
        ObjectNode components = document.putObject("components");
        components.set("messages", messages);
        components.putObject("schemas").setAll(schemas.definitions());
        return document;
    }

    private static ObjectNode message(JsonSchemas schemas, EventType type) {
        ObjectNode message = NODES.objectNode()
                .put("name", type.name())
                .put("title", type.name())
                .put("summary", type.description())
                .put("description", type.description() + ". CloudEvents type " + type.cloudEventType()
                        + "; data: " + type.payload().getSimpleName() + ".")
                .put("contentType", "application/json");
        message.set("headers", headers(type));
        message.set("payload", envelope(schemas, type));
        message.putObject("correlationId").put("description", "The event's identifier, also in ce_id")
                .put("location", "$message.payload#/eventId");
        ObjectNode key = NODES.objectNode().put("type", "string").put("format", "uuid")
                .put("description", "The campusId of the envelope");
        message.putObject("bindings").putObject("kafka").put("bindingVersion", KAFKA_BINDING).set("key", key);
        return message;
    }

    private static ObjectNode headers(EventType type) {
        ObjectNode headers = NODES.objectNode().put("type", "object")
                .put("description", "CloudEvents 1.0 attributes, Kafka protocol binding (binary content mode)");
        ObjectNode properties = headers.putObject("properties");
        properties.putObject(CloudEventHeaders.SPEC_VERSION).put("type", "string").put("const", "1.0")
                .put("description", "CloudEvents specification version");
        properties.putObject(CloudEventHeaders.ID).put("type", "string").put("format", "uuid")
                .put("description", "The envelope's eventId");
        properties.putObject(CloudEventHeaders.SOURCE).put("type", "string")
                .put("const", CloudEventHeaders.source(type.topic()))
                .put("description", "URI reference of the producing service: /cmq/<service>");
        properties.putObject(CloudEventHeaders.TYPE).put("type", "string").put("const", type.cloudEventType())
                .put("description", "fr.cmq.<domain>.<type>");
        properties.putObject(CloudEventHeaders.TIME).put("type", "string").put("format", "date-time")
                .put("description", "The envelope's occurredAt (RFC 3339, UTC)");
        properties.putObject(CloudEventHeaders.SUBJECT).put("type", "string").put("format", "uuid")
                .put("description", "The envelope's campusId");
        properties.putObject(CloudEventHeaders.CONTENT_TYPE).put("type", "string").put("const", "application/json")
                .put("description", "Content type of the record's value (the CloudEvent's data)");
        var required = headers.putArray("required");
        properties.fieldNames().forEachRemaining(required::add);
        return headers;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String write(JsonNode document) {
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
