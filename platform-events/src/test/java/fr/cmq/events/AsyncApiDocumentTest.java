package fr.cmq.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AsyncApiDocumentTest {

    private final JsonNode document = AsyncApiDocument.document();

    @Test
    void everyRegisteredTypeHasAMessageWithItsEnvelopeAndPayloadSchema() {
        JsonNode schemas = document.path("components").path("schemas");
        for (EventType type : EventContract.TYPES) {
            JsonNode message = document.path("components").path("messages").path(type.name());
            assertFalse(message.isMissingNode(), type.name());
            JsonNode payload = message.path("payload");
            assertEquals(type.name(), payload.path("properties").path("type").path("const").asText());
            String ref = payload.path("properties").path("data").path("allOf").path(0).path("$ref").asText();
            assertEquals("#/components/schemas/" + type.payload().getSimpleName(), ref, type.name());
            JsonNode schema = schemas.path(type.payload().getSimpleName());
            assertEquals("object", schema.path("type").asText());
            assertEquals(type.payload().getRecordComponents().length, schema.path("properties").size());
            // every envelope carries its source, a SourceKind code (issue 13)
            assertTrue(payload.path("required").toString().contains("\"source\""), type.name());
            assertEquals("#/components/schemas/EventSource",
                    payload.path("properties").path("source").path("allOf").path(0).path("$ref").asText(), type.name());
            assertEquals(type.cloudEventType(),
                    message.path("headers").path("properties").path("ce_type").path("const").asText());
            assertEquals("uuid", message.path("bindings").path("kafka").path("key").path("format").asText());

            String channel = AsyncApiDocument.channelId(type.topic());
            assertEquals("#/components/messages/" + type.name(),
                    document.path("channels").path(channel).path("messages").path(type.name()).path("$ref").asText());
        }
    }

    @Test
    void theSourceSchemaListsTheKinds() {
        JsonNode source = document.path("components").path("schemas").path("EventSource");
        assertEquals("[\"kind\"]", source.path("required").toString());
        assertEquals("[\"REPORT_2017\",\"DECLARED\",\"IMPORTED\",\"EXAMPLE\",\"SYNTHETIC\"]",
                source.path("properties").path("kind").path("enum").toString());
        assertEquals("[\"string\",\"null\"]", source.path("properties").path("reference").path("type").toString());
    }

    @Test
    void oneChannelPerTopicAndOneSendOperationPerProducer() {
        assertEquals("3.0.0", document.path("asyncapi").asText());
        List<String> addresses = new ArrayList<>();
        document.path("channels").forEach(c -> addresses.add(c.path("address").asText()));
        assertEquals(Topics.ALL, addresses);
        assertEquals(3, document.path("operations").size());
        document.path("operations").forEach(operation -> {
            assertEquals("send", operation.path("action").asText());
            String channel = operation.path("channel").path("$ref").asText();
            JsonNode messages = operation.path("messages");
            assertFalse(messages.isEmpty());
            messages.forEach(m -> assertTrue(m.path("$ref").asText().startsWith(channel + "/messages/")));
        });
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collect(document, refs);
        assertFalse(refs.isEmpty());
        for (String ref : refs) {
            JsonNode target = document.at(ref.substring(1).replace("~", "~0"));
            assertFalse(target.isMissingNode(), "unresolved " + ref);
        }
    }

    @Test
    void aPayloadSchemaStandsAlone() {
        ObjectNode schema = AsyncApiDocument.payloadSchema("BudgetUpdated");
        assertEquals("#/$defs/BudgetState", schema.path("$ref").asText());
        assertTrue(schema.path("$defs").has("BudgetStateContribution"));
        assertTrue(schema.path("$defs").path("BudgetState").path("properties").path("sharesByModality")
                .path("description").asText().contains("largest remainder"));
    }

    private static void collect(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collect(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, refs));
        }
    }
}
