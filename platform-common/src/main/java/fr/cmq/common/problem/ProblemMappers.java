package fr.cmq.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns every failure into an RFC 9457 problem: field errors name the JSON path or parameter,
 * security failures answer 401/403, and unexpected errors answer 500 without any internal detail.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.slug(), e.title(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response invalidBody(JsonProcessingException e, UriInfo uri) {
        FieldError error = JsonProblems.fieldError(e);
        return respond(400, "validation", "Invalid request", error.field() + ": " + error.message(), uri,
                List.of(error));
    }

    /** Quarkus has a built-in mapper for this subtype (unknown fields, wrong types); ours answers instead. */
    @ServerExceptionMapper
    public Response mismatchedInput(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri) {
        return invalidBody(e, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(400, "validation", "Invalid request", detail, uri, errors);
    }

    /** Quarkus's own subclass for violations on resource parameters; answered the same way. */
    @ServerExceptionMapper
    public Response parameterViolation(io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException e,
                                       UriInfo uri) {
        return constraintViolation(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return respond(401, "unauthorized", "Unauthorized",
                "A valid bearer token is required (Authorization: Bearer <JWT>)", uri, List.of());
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(null, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "forbidden", "Forbidden", "Your role does not allow this operation", uri, List.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return invalidBody(json, uri); // a body Quarkus could not read: name the field when known
            }
        }
        if (status == 400) {
            return respond(400, "validation", "Invalid request", "The request body or a parameter is malformed",
                    uri, List.of(new FieldError("body", "malformed")));
        }
        if (status == 415) {
            return respond(415, "unsupported-media-type", "Unsupported media type",
                    "The body must be JSON: Content-Type application/json (application/merge-patch+json for a PATCH)",
                    uri, List.of(new FieldError("Content-Type", "not accepted by this operation")));
        }
        if (status == 413) {
            return respond(413, "payload-too-large", "Content too large", "The request body is too large", uri,
                    List.of(new FieldError("body", "too large")));
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        String detail = status == 404 ? "No resource at this path" : title;
        return respond(status, "http-" + status, title, detail, uri, List.of());
    }

    /** A write that lost the race against another one on the same row (JPA {@code @Version}): 412, nothing stored. */
    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return concurrentChange(uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return concurrentChange(uri); // wrapped by the transaction's commit
            }
        }
        LOG.error("Unexpected error on " + uri.getPath(), e);
        return respond(500, "internal", "Internal error",
                "The request could not be completed; it has been logged", uri, List.of());
    }

    private static Response concurrentChange(UriInfo uri) {
        return respond(412, "precondition-failed", "Precondition failed",
                "The resource was changed by another request at the same time; read it again and reapply your change",
                uri, List.of(new FieldError("If-Match", "stale")));
    }

    static Response respond(int status, String slug, String title, String detail, UriInfo uri,
                            List<FieldError> errors) {
        Problem problem = new Problem(Problem.TYPE_BASE + slug, title, status, detail,
                uri == null ? null : uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The field of a bean-validation violation: the JSON path without the method and argument names. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        // Paths look like "register.request.designation" (method, parameter, field) or "list.limit".
        if (parts.length >= 3) {
            return String.join(".", Arrays.copyOfRange(parts, 2, parts.length));
        }
        return parts[parts.length - 1];
    }
}
