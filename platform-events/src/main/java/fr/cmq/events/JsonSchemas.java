package fr.cmq.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * JSON Schemas of the contract's records, derived by reflection from their components (so they cannot drift from
 * them), with the descriptions of their {@code @Schema} annotations. A component is required when it is primitive
 * or annotated {@code required = true}, may be null when annotated {@code nullable = true}; unknown properties are
 * allowed (a newer producer may add some). Records are named by {@code @Schema(name)}, else by their simple name
 * (nested ones prefixed with their enclosing record's), and referenced with {@code refPrefix + name}.
 */
final class JsonSchemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String refPrefix;
    private final Map<String, ObjectNode> definitions = new LinkedHashMap<>();
    private final Map<String, Class<?>> named = new LinkedHashMap<>();

    JsonSchemas(String refPrefix) {
        this.refPrefix = refPrefix;
    }

    /** The schemas of every record referenced so far, by name. */
    Map<String, ObjectNode> definitions() {
        return definitions;
    }

    /** A reference to a record's schema, defining it (and what it uses) on first use. */
    ObjectNode ref(Class<?> record) {
        String name = name(record);
        Class<?> existing = named.putIfAbsent(name, record);
        if (existing != null && existing != record) {
            throw new IllegalStateException("Two records named " + name + ": " + existing + " and " + record);
        }
        if (existing == null) {
            definitions.put(name, NODES.objectNode()); // reserved first: records may refer to themselves
            definitions.put(name, object(record, Map.of()));
        }
        return NODES.objectNode().put("$ref", refPrefix + name);
    }

    /**
     * The object schema of a record's components; a component whose type is a type variable takes the schema given
     * for that variable's name in {@code variables}.
     */
    ObjectNode object(Class<?> record, Map<String, JsonNode> variables) {
        if (!record.isRecord()) {
            throw new IllegalArgumentException(record + " is not a record");
        }
        ObjectNode schema = NODES.objectNode().put("type", "object");
        Schema annotation = record.getAnnotation(Schema.class);
        if (annotation != null && !annotation.description().isEmpty()) {
            schema.put("description", annotation.description());
        }
        ArrayNode required = NODES.arrayNode();
        ObjectNode properties = schema.putObject("properties");
        for (RecordComponent component : record.getRecordComponents()) {
            Schema field = annotation(component);
            boolean nullable = field != null && field.nullable();
            Type type = component.getGenericType();
            JsonNode value = type instanceof TypeVariable<?> variable && variables.containsKey(variable.getName())
                    ? variables.get(variable.getName()) : schema(type);
            if (field != null && field.enumeration().length > 0) {
                value = ((ObjectNode) value).deepCopy();
                ArrayNode codes = ((ObjectNode) value).putArray("enum");
                for (String code : field.enumeration()) {
                    codes.add(code);
                }
            }
            properties.set(component.getName(), property(value, nullable,
                    field == null || field.description().isEmpty() ? null : field.description()));
            if (component.getType().isPrimitive() || (field != null && field.required())) {
                required.add(component.getName());
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        return schema;
    }

    private static ObjectNode property(JsonNode value, boolean nullable, String description) {
        ObjectNode property;
        if (value.has("$ref")) {
            property = NODES.objectNode();
            if (nullable) {
                property.putArray("oneOf").add(value).add(NODES.objectNode().put("type", "null"));
            } else {
                property.putArray("allOf").add(value);
            }
        } else {
            property = ((ObjectNode) value).deepCopy();
            if (nullable && property.has("type")) {
                property.set("type", NODES.arrayNode().add(property.get("type").asText()).add("null"));
            }
        }
        if (description != null) {
            property.put("description", description);
        }
        return property;
    }

    private ObjectNode schema(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                ObjectNode array = NODES.objectNode().put("type", "array");
                array.set("items", schema(arguments[0]));
                return array;
            }
            if (Map.class.isAssignableFrom(raw) && arguments[0] == String.class) {
                ObjectNode map = NODES.objectNode().put("type", "object");
                map.set("additionalProperties", schema(arguments[1]));
                return map;
            }
            throw new IllegalArgumentException("No JSON Schema for " + type);
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return NODES.objectNode().put("type", "string");
        }
        if (raw == UUID.class) {
            return NODES.objectNode().put("type", "string").put("format", "uuid");
        }
        if (raw == Instant.class) {
            return NODES.objectNode().put("type", "string").put("format", "date-time");
        }
        if (raw == LocalDate.class) {
            return NODES.objectNode().put("type", "string").put("format", "date");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return NODES.objectNode().put("type", "boolean");
        }
        if (raw == int.class || raw == Integer.class) {
            return NODES.objectNode().put("type", "integer").put("format", "int32");
        }
        if (raw == long.class || raw == Long.class) {
            return NODES.objectNode().put("type", "integer").put("format", "int64");
        }
        if (raw == BigDecimal.class) {
            return NODES.objectNode().put("type", "number");
        }
        if (raw.isRecord()) {
            return ref(raw);
        }
        throw new IllegalArgumentException("No JSON Schema for " + type + " (use String codes for enumerations)");
    }

    /**
     * The {@code @Schema} of a record component: Java keeps it on the component's field and accessor (its targets
     * do not include record components).
     */
    static Schema annotation(RecordComponent component) {
        return component.getAccessor().getAnnotation(Schema.class);
    }

    static String name(Class<?> record) {
        Schema annotation = record.getAnnotation(Schema.class);
        if (annotation != null && !annotation.name().isEmpty()) {
            return annotation.name();
        }
        Class<?> enclosing = record.getEnclosingClass();
        return enclosing == null ? record.getSimpleName() : name(enclosing) + record.getSimpleName();
    }
}
