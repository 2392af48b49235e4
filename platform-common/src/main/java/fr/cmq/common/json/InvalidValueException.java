package fr.cmq.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A value of a body that breaks a rule of {@link StrictJson} (text with a control character or a lone surrogate, a
 * number that does not fit its type): Jackson adds the path of the
 * field as it unwinds, {@code ProblemMappers} answers 400 with it and {@link #fault()}.
 */
public class InvalidValueException extends JsonMappingException {

    private final String fault;
    private final String innerPath;

    public InvalidValueException(JsonParser parser, String fault) {
        this(parser, fault, "");
    }

    /** {@code innerPath}: where inside the value (a JSON tree) the fault is, e.g. {@code .names[2]}. */
    public InvalidValueException(JsonParser parser, String fault, String innerPath) {
        super(parser, fault);
        this.fault = fault;
        this.innerPath = innerPath == null ? "" : innerPath;
    }

    public String fault() {
        return fault;
    }

    public String innerPath() {
        return innerPath;
    }
}
