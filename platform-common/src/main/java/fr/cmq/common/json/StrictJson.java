package fr.cmq.common.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.cfg.MutableCoercionConfig;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Strict JSON binding for every service (the injected {@code ObjectMapper}; requests and answers). A request body
 * is refused (400 problem naming the field, by {@code ProblemMappers}) when it has:
 * an unknown property; a number or boolean where a string is expected; a fraction ({@code 12.5}, even
 * {@code 12.0}) where an integer is expected; a string where a number or boolean is expected; a number where an
 * enumeration code is expected; null for a primitive (or a primitive component absent from a record: request
 * records use wrapper types and {@code @NotNull} for required numbers); a duplicate key; anything after the value;
 * a string holding a control character other than tab, CR and LF, or a lone surrogate ({@link SafeText}: in every
 * string, list element, map key and JSON tree); a number beyond its type's range (an integer overflowing its
 * {@code int}/{@code long}, {@code 1e309} for a double); nesting deeper than {@code cmq.json.max-nesting-depth}
 * ({@value #DEFAULT_MAX_NESTING_DEPTH} by default); a number or an empty string for a date. Invalid UTF-8 is refused
 * by the parser.
 * Decimals keep their scale in answers and event trees ({@code 75.0}, never {@code 75} nor {@code 7.5E+1}).
 * <p>
 * Readers of other systems' messages (Kafka events) must tolerate added fields: they use {@link #lenient}.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Far above any body of the API (six levels at most), far below what could exhaust a stack. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

    private final int maxNestingDepth;

    public StrictJson(@ConfigProperty(name = "cmq.json.max-nesting-depth",
            defaultValue = "" + DEFAULT_MAX_NESTING_DEPTH) int maxNestingDepth) {
        this.maxNestingDepth = maxNestingDepth;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        strict(mapper, maxNestingDepth);
    }

    /** Runs after Quarkus's own configuration (quarkus.jackson.*), so that these rules always hold. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    /** Applies the strict rules to {@code mapper}, with the default nesting depth, and returns it. */
    public static ObjectMapper strict(ObjectMapper mapper) {
        return strict(mapper, DEFAULT_MAX_NESTING_DEPTH);
    }

    /** Applies the strict rules to {@code mapper} and returns it. */
    public static ObjectMapper strict(ObjectMapper mapper, int maxNestingDepth) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(maxNestingDepth).build());
        mapper.registerModule(SafeStrings.module());
        // a number is no date (java.time would read 42 as the 42nd day of 1970), "" is no value
        mapper.setDefaultLeniency(false);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        refuse(mapper, LogicalType.Integer, CoercionInputShape.Float, CoercionInputShape.String,
                CoercionInputShape.Boolean, CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean,
                CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.String, CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        return mapper;
    }

    /** Binding a value of one of these JSON shapes to a target of that type fails (Jackson would coerce it). */
    private static void refuse(ObjectMapper mapper, LogicalType target, CoercionInputShape... shapes) {
        MutableCoercionConfig config = mapper.coercionConfigFor(target);
        for (CoercionInputShape shape : shapes) {
            config.setCoercion(shape, CoercionAction.Fail);
        }
    }

    /**
     * A copy of {@code mapper} for readers of events and other messages whose producers may add fields (the
     * tolerant-reader rule): unknown properties are ignored and a primitive absent from a message reads as 0/false;
     * the type rules (no fraction for an integer, no string for a number...) and duplicate keys still fail. Build it
     * once, e.g. in the constructor: {@code this.events = StrictJson.lenient(objectMapper);}.
     */
    public static ObjectMapper lenient(ObjectMapper mapper) {
        ObjectMapper copy = mapper.copy();
        copy.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        copy.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        return copy;
    }
}
