package fr.cmq.common.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import fr.cmq.common.json.InvalidValueException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the field and the fault of a body Jackson could not read: the JSON path ({@code contributions[0].amountCents})
 * and what was expected there ({@code expected an integer, got 12.5}). Used by {@link ProblemMappers}.
 */
public final class JsonProblems {

    /** Jackson's message for a refused string coercion: {@code Cannot coerce String value ("12") to `long` value}. */
    private static final Pattern COERCED_STRING = Pattern.compile("^Cannot coerce String value \\(\"(.*)\"\\) to ");

    private JsonProblems() {
    }

    /** The field error of one Jackson failure; the field is {@code body} when no path is known. */
    public static FieldError fieldError(JsonProcessingException e) {
        StreamConstraintsException limit = find(e, StreamConstraintsException.class);
        if (limit != null) {
            String message = limit.getOriginalMessage() == null ? "" : limit.getOriginalMessage();
            return new FieldError("body", message.contains("nesting depth")
                    ? "nested too deeply (" + message.replaceAll("^.*?exceeds the maximum allowed \\((\\d+).*$",
                    "at most $1 levels") + ")" : "too large a value");
        }
        StreamReadException parse = parseFailure(e);
        if (parse != null && parse.getOriginalMessage() != null && parse.getOriginalMessage().startsWith("Invalid UTF-8")) {
            return new FieldError("body", "invalid UTF-8");
        }
        if (parse != null && parse.getMessage() != null && parse.getMessage().startsWith("Duplicate field")) {
            JsonParser parser = parse.getProcessor();
            String field = parser == null ? "" : pathOf(parser.getParsingContext());
            return new FieldError(field.isEmpty() ? "body" : field, "duplicate field");
        }
        if (!(e instanceof JsonMappingException mapping)) {
            return new FieldError("body", "malformed JSON");
        }
        String field = path(mapping);
        if (field.isEmpty()) {
            field = "body";
        }
        if (e instanceof UnrecognizedPropertyException) {
            return new FieldError(field, "unknown field");
        }
        if (e instanceof InvalidValueException invalid) {
            String inner = invalid.innerPath();
            String named = field.equals("body") ? (inner.isEmpty() ? "body" : inner)
                    : inner.isEmpty() ? field : inner.startsWith("[") ? field + inner : field + "." + inner;
            return new FieldError(named, invalid.fault());
        }
        InputCoercionException overflow = find(e, InputCoercionException.class);
        if (overflow != null) {
            return new FieldError(field, "out of range: expected " + range(overflow.getTargetType()));
        }
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target != null && target.isEnum()) {
            String got = e instanceof InvalidFormatException format ? "unknown code '" + format.getValue() + "'; "
                    : "";
            return new FieldError(field, got + "expected one of " + Arrays.toString(target.getEnumConstants()));
        }
        if (target != null) {
            String expected = "expected " + describe(target);
            if (e instanceof InvalidFormatException format && format.getValue() != null) {
                return new FieldError(field, expected + ", got " + shown(format.getValue()));
            }
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            if (message.contains("`null`")) {
                // A primitive given null, or absent from a record (Jackson cannot tell them apart there).
                return new FieldError(field, "required: " + describe(target));
            }
            Matcher coerced = COERCED_STRING.matcher(message);
            if (coerced.find()) {
                return new FieldError(field, expected + ", got '" + coerced.group(1) + "'");
            }
            return new FieldError(field, expected);
        }
        if (mapping.getCause() instanceof StreamReadException) {
            return new FieldError(field, "malformed JSON");
        }
        return new FieldError(field, "invalid value");
    }

    /** What a Java type reads from: "an integer", "a string", ... */
    static String describe(Class<?> type) {
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == BigInteger.class) {
            return "an integer";
        }
        if (type == double.class || type == float.class || type == Double.class || type == Float.class
                || type == BigDecimal.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "an ISO 8601 date such as 2026-11-27";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "an ISO 8601 instant such as 2026-11-27T10:15:30Z";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return "an object (" + type.getSimpleName() + ")";
    }

    private static String shown(Object value) {
        return value instanceof String text ? "'" + text + "'" : String.valueOf(value);
    }

    /** The range of an integer type, for an overflow's message. */
    private static String range(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return "an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == long.class || type == Long.class) {
            return "an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        if (type == short.class || type == Short.class) {
            return "an integer from " + Short.MIN_VALUE + " to " + Short.MAX_VALUE;
        }
        return type == null ? "a smaller number" : describe(type);
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static StreamReadException parseFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException read) {
                return read;
            }
        }
        return null;
    }

    /** The JSON path of a mapping failure: {@code contributions[0].amountCents}. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The path of the parser's current position, in the same notation. */
    static String pathOf(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return "";
        }
        String parent = pathOf(context.getParent());
        if (context.inArray()) {
            return parent + "[" + Math.max(context.getCurrentIndex(), 0) + "]";
        }
        String name = context.getCurrentName();
        if (name == null) {
            return parent;
        }
        return parent.isEmpty() ? name : parent + "." + name;
    }
}
