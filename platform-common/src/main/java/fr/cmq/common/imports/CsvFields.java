package fr.cmq.common.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The flat CSV layout of a record's body, turned into the JSON the single write takes. A column is named by its
 * field's JSON path: {@code designation}, {@code directorPost.fte}, {@code governance.workingGroups},
 * {@code uses[0].use}, {@code contributions[2].amountCents}. A cell's text takes the type of its field in the body's
 * Java record: integers and decimals as numbers, {@code true}/{@code false} as booleans, texts, codes and dates as
 * they are; a list of texts or codes is one cell with its items separated by {@code |} (the platform's CSV exports
 * join lists the same way) or numbered columns ({@code academyCodes[0]}). A cell that does not read as its type, or
 * a column that is no field of the body, is left as text for the binding to refuse with the single write's words.
 */
public final class CsvFields {

    /** Separates the items of a list in one cell. */
    public static final String LIST_SEPARATOR = "|";

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)((?:\\[\\d{1,3}\\])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d{1,3})\\]");
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private CsvFields() {
    }

    /** The JSON object of a CSV row's non-empty {@code cells}, typed by {@code type}'s components. */
    public static ObjectNode toJson(Map<String, String> cells, Class<?> type, Map<String, Class<?>> keys) {
        ObjectNode root = NODES.objectNode();
        for (Map.Entry<String, String> cell : cells.entrySet()) {
            String column = cell.getKey();
            Class<?> keyType = keys.get(column);
            if (keyType != null) {
                root.set(column, scalar(keyType, cell.getValue()));
            } else if (column.equals(ImportReader.RECORD)) {
                root.put(column, cell.getValue());
            } else {
                put(root, column, type, cell.getValue());
            }
        }
        return root;
    }

    private static void put(ObjectNode root, String path, Type type, String text) {
        String[] segments = path.split("\\.");
        JsonNode container = root;
        Type current = type;
        for (int s = 0; s < segments.length; s++) {
            Matcher m = SEGMENT.matcher(segments[s]);
            if (!m.matches() || !(container instanceof ObjectNode object)) {
                root.put(path, text); // not a path: a field the binding does not know
                return;
            }
            String name = m.group(1);
            current = current == null ? null : componentType(current, name);
            List<Integer> indexes = new ArrayList<>();
            Matcher index = INDEX.matcher(m.group(2));
            while (index.find()) {
                indexes.add(Integer.parseInt(index.group(1)));
            }
            boolean last = s == segments.length - 1;
            if (indexes.isEmpty()) {
                if (last) {
                    object.set(name, value(current, text));
                    return;
                }
                container = object.has(name) ? object.get(name) : object.putObject(name);
                continue;
            }
            JsonNode node = object.has(name) ? object.get(name) : object.putArray(name);
            for (int i = 0; i < indexes.size(); i++) {
                if (!(node instanceof ArrayNode array)) {
                    root.put(path, text);
                    return;
                }
                current = current == null ? null : elementType(current);
                int at = indexes.get(i);
                while (array.size() <= at) {
                    array.addNull();
                }
                boolean leaf = last && i == indexes.size() - 1;
                if (leaf) {
                    array.set(at, value(current, text));
                    return;
                }
                if (array.get(at).isNull()) {
                    array.set(at, i == indexes.size() - 1 ? NODES.objectNode() : NODES.arrayNode());
                }
                node = array.get(at);
            }
            container = node;
        }
    }

    /** A cell's value for a field of {@code type}: a list from its {@code |}-separated items, else a scalar. */
    private static JsonNode value(Type type, String text) {
        if (type != null && raw(type) == List.class) {
            ArrayNode items = NODES.arrayNode();
            for (String item : text.split("\\|", -1)) {
                items.add(scalar(raw(elementType(type)), item.strip()));
            }
            return items;
        }
        return scalar(type == null ? String.class : raw(type), text);
    }

    private static JsonNode scalar(Class<?> type, String text) {
        try {
            if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                    || type == Short.class || type == short.class) {
                return NODES.numberNode(new BigDecimal(text).toBigIntegerExact().longValueExact());
            }
            if (type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class
                    || type == float.class) {
                return NODES.numberNode(new BigDecimal(text));
            }
        } catch (ArithmeticException | NumberFormatException notANumber) {
            // a fraction for an integer, or no number: an integer field given "1.5" is refused as the JSON 1.5 is
            try {
                return NODES.numberNode(new BigDecimal(text));
            } catch (NumberFormatException e) {
                return NODES.textNode(text);
            }
        }
        if (type == Boolean.class || type == boolean.class) {
            if (text.equalsIgnoreCase("true")) {
                return NODES.booleanNode(true);
            }
            if (text.equalsIgnoreCase("false")) {
                return NODES.booleanNode(false);
            }
        }
        return NODES.textNode(text);
    }

    private static Type componentType(Type owner, String name) {
        Class<?> raw = raw(owner);
        if (raw == null || !raw.isRecord()) {
            return null;
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component.getGenericType();
            }
        }
        return null;
    }

    private static Type elementType(Type list) {
        if (list instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
            return p.getActualTypeArguments()[0];
        }
        return null;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }
}
