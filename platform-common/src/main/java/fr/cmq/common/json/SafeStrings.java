package fr.cmq.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * The Jackson module behind {@link StrictJson}'s value rules: every string read from a body (record and bean fields,
 * list elements, map keys, JSON trees such as a merge-patch) passes {@link SafeText}, and every floating-point
 * number is finite ({@code 1e309} is not read as infinity).
 */
final class SafeStrings {

    private SafeStrings() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("cmq-safe-strings");
        module.addDeserializer(String.class, new Text());
        module.addKeyDeserializer(String.class, new Key());
        module.addDeserializer(JsonNode.class, new Tree());
        module.addDeserializer(Double.class, new FiniteDouble(Double.class, null));
        module.addDeserializer(Double.TYPE, new FiniteDouble(Double.TYPE, 0.0));
        return module;
    }

    static void check(JsonParser parser, String text, String innerPath) throws InvalidValueException {
        String fault = SafeText.fault(text);
        if (fault != null) {
            throw new InvalidValueException(parser, fault, innerPath);
        }
    }

    /** Jackson's string binding (with its coercion rules), then the text rule. */
    static final class Text extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            check(p, value, "");
            return value;
        }
    }

    static final class Key extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            check(ctxt.getParser(), key, "");
            return key;
        }
    }

    /** A JSON tree as Jackson reads it, then every field name and string value of it checked, with its path. */
    static final class Tree extends StdDeserializer<JsonNode> {
        private final JsonDeserializer<? extends JsonNode> delegate = JsonNodeDeserializer.getDeserializer(JsonNode.class);

        Tree() {
            super(JsonNode.class);
        }

        @Override
        public JsonNode deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode tree = delegate.deserialize(p, ctxt);
            walk(p, tree, "");
            return tree;
        }

        @Override
        public JsonNode getNullValue(DeserializationContext ctxt) {
            return com.fasterxml.jackson.databind.node.NullNode.getInstance();
        }

        private static void walk(JsonParser p, JsonNode node, String path) throws InvalidValueException {
            if (node.isTextual()) {
                check(p, node.textValue(), path);
            } else if (node.isDouble() || node.isFloat()) {
                if (!Double.isFinite(node.doubleValue())) {
                    throw new InvalidValueException(p, "out of range: a finite number is expected", path);
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    walk(p, node.get(i), path + "[" + i + "]");
                }
            } else if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    String inner = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                    check(p, field.getKey(), inner);
                    walk(p, field.getValue(), inner);
                }
            }
        }
    }

    /** Jackson's double binding, refusing what does not fit a double (1e309 would be infinity). */
    static final class FiniteDouble extends NumberDeserializers.DoubleDeserializer {
        FiniteDouble(Class<Double> type, Double empty) {
            super(type, empty);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Double value = super.deserialize(p, ctxt);
            if (value != null && !Double.isFinite(value)) {
                throw new InvalidValueException(p, "out of range: a finite number is expected");
            }
            return value;
        }
    }
}
