package fr.cmq.common.web;

import fr.cmq.common.problem.FieldError;
import fr.cmq.common.problem.ProblemException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.function.Supplier;

/**
 * Conditional requests per RFC 9110 section 13, the one way every resource answers them.
 * <ul>
 * <li>Reads: {@link #conditionalGet} answers 304 with the ETag when {@code If-None-Match} names the current tag
 * (weak comparison: {@code W/"7"} matches {@code "7"}; lists; {@code *}), otherwise 200 with the body and the ETag.
 * A malformed If-None-Match is ignored: the full answer is sent.</li>
 * <li>Writes: {@link #requireIfMatch} refuses with 428 when If-Match is absent, 412 when no tag matches the current
 * one (strong comparison: a weak tag never matches; lists; {@code *} matches any current representation), 400 when
 * the header is not an entity-tag list. On a resource that does not exist yet, any If-Match fails (412).</li>
 * </ul>
 * Tags are written by {@link ETags} ({@code "7"} for version 7).
 */
public final class ConditionalRequests {

    private ConditionalRequests() {
    }

    /**
     * 304 with {@code etag} when the request's If-None-Match matches it, otherwise 200 with the body and the ETag.
     * The body is computed only for a 200. It may be a {@link Response} (to set a media type or other headers):
     * the ETag is added to it.
     */
    public static Response conditionalGet(HttpHeaders headers, String etag, Supplier<?> body) {
        return conditionalGet(headers == null ? null : headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag, body);
    }

    /** As {@link #conditionalGet(HttpHeaders, String, Supplier)}, with the If-None-Match value (may be null). */
    public static Response conditionalGet(String ifNoneMatch, String etag, Supplier<?> body) {
        requireTag(etag);
        if (notModified(ifNoneMatch, etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        Object entity = body.get();
        if (entity instanceof Response response) {
            return Response.fromResponse(response).header(HttpHeaders.ETAG, etag).build();
        }
        if (entity instanceof Response.ResponseBuilder builder) {
            return builder.header(HttpHeaders.ETAG, etag).build();
        }
        return Response.ok(entity).header(HttpHeaders.ETAG, etag).build();
    }

    /**
     * True when {@code ifNoneMatch} names {@code currentEtag} (weak comparison) or is {@code *}: the client's copy
     * is current. False when the header is absent or malformed.
     */
    public static boolean notModified(String ifNoneMatch, String currentEtag) {
        EntityTags.Tag current = requireTag(currentEtag);
        EntityTags.Condition condition = EntityTags.parse(ifNoneMatch);
        if (condition.malformed()) {
            return false;
        }
        if (condition.any()) {
            return true;
        }
        return condition.tags().stream().anyMatch(tag -> EntityTags.weakMatch(tag, current));
    }

    /** Checks the request's If-Match against the current ETag; see {@link #requireIfMatch(String, String)}. */
    public static void requireIfMatch(HttpHeaders headers, String currentEtag) {
        requireIfMatch(headers == null ? null : headers.getHeaderString(HttpHeaders.IF_MATCH), currentEtag);
    }

    /**
     * Lets a write go on only when {@code ifMatch} matches {@code currentEtag} (strong comparison, or {@code *}).
     * {@code currentEtag} null means the resource does not exist yet: no If-Match is needed to create it, and any
     * If-Match fails (412). Otherwise a missing If-Match answers 428, a stale one 412, a malformed one 400; each
     * problem names the field {@code If-Match}.
     */
    public static void requireIfMatch(String ifMatch, String currentEtag) {
        boolean absent = ifMatch == null || ifMatch.isBlank();
        if (currentEtag == null) {
            if (!absent) {
                throw new ProblemException(412, "precondition-failed", "Precondition failed",
                        "The resource does not exist yet: send no If-Match to create it",
                        List.of(new FieldError(HttpHeaders.IF_MATCH, "no current representation")));
            }
            return;
        }
        EntityTags.Tag current = requireTag(currentEtag);
        if (absent) {
            throw new ProblemException(428, "precondition-required", "Precondition required",
                    "This write changes an existing resource: send If-Match with its current ETag " + currentEtag,
                    List.of(new FieldError(HttpHeaders.IF_MATCH, "required")));
        }
        EntityTags.Condition condition = EntityTags.parse(ifMatch);
        if (condition.malformed()) {
            throw ProblemException.invalid(HttpHeaders.IF_MATCH,
                    "not an entity tag list: expected the ETag as received, e.g. " + currentEtag + ", or *");
        }
        if (condition.any() || condition.tags().stream().anyMatch(tag -> EntityTags.strongMatch(tag, current))) {
            return;
        }
        throw new ProblemException(412, "precondition-failed", "Precondition failed",
                "The resource has changed since you read it: its current ETag is " + currentEtag
                        + "; read it again and reapply your change",
                List.of(new FieldError(HttpHeaders.IF_MATCH, "stale")));
    }

    private static EntityTags.Tag requireTag(String etag) {
        EntityTags.Tag tag = EntityTags.parseOne(etag);
        if (tag == null) {
            throw new IllegalArgumentException("Not an entity tag (quoted, e.g. \"7\" or W/\"7\"): " + etag);
        }
        return tag;
    }
}
