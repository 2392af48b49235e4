package fr.cmq.common.web;

import fr.cmq.common.problem.FieldError;
import fr.cmq.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks a request body's constraints (Bean Validation) inside the use case, once the caller is known to be allowed
 * to write: who may write is decided before what is written is validated. A service injects it and calls
 * {@code validation.check(request)} after {@code caller.requireWriteOn(region)}; the resource takes the body without
 * {@code @Valid}.
 */
@ApplicationScoped
public class BodyValidation {

    private final Validator validator;

    public BodyValidation(Validator validator) {
        this.validator = validator;
    }

    /** Refuses (400, naming each field by its JSON path) a missing body or one that breaks its constraints. */
    public <T> T check(T body) {
        if (body == null) {
            throw ProblemException.invalid("body", "required");
        }
        List<FieldError> errors = validator.validate(body).stream()
                .map(v -> new FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", "Invalid request",
                    errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")), errors);
        }
        return body;
    }

    /** {@code campusIds[0].<list element>} names the element itself: {@code campusIds[0]}. */
    private static String field(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString().replace(".<list element>", "");
    }
}
