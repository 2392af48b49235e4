package fr.cmq.common.problem;

import java.util.List;

/**
 * A refusal the client can act on. Thrown by resources and services before anything is stored
 * (or inside the transaction, which then rolls back), and answered as problem+json.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(int status, String slug, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** 400: the request itself is malformed or a field is invalid. */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation", "Invalid request",
                field + ": " + message, List.of(new FieldError(field, message)));
    }

    /** 400 with several field errors. */
    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(400, "validation", "Invalid request",
                errors.size() + " field(s) are invalid", errors);
    }

    /** 404: the resource does not exist. */
    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Not found", what + " does not exist", List.of());
    }

    /** 409: the request conflicts with the current state (a duplicate, a second decision...). */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, List.of());
    }

    /** 422: well-formed but breaks a rule of the domain. */
    public static ProblemException unprocessable(String field, String message) {
        return new ProblemException(422, "rule-violated", "Business rule violated",
                message, field == null ? List.of() : List.of(new FieldError(field, message)));
    }

    /** 403: the caller may not do this. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
