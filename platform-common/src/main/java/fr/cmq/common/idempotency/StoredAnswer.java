package fr.cmq.common.idempotency;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The first answer to a POST sent with an Idempotency-Key, as kept for its replays: status, content type, the
 * headers that describe the result ({@link #KEPT_HEADERS}) and the body's bytes exactly as sent.
 */
public record StoredAnswer(int status, String contentType, Map<String, List<String>> headers, byte[] body) {

    /** The answer headers a replay repeats: what the write created and its version. Not Date, length, cookies... */
    public static final Set<String> KEPT_HEADERS = Set.of(HttpHeaders.LOCATION, HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED,
            HttpHeaders.CONTENT_LOCATION, HttpHeaders.CONTENT_LANGUAGE, "Link", HttpHeaders.RETRY_AFTER);

    public StoredAnswer {
        headers = new TreeMap<>(headers);
        body = body == null ? new byte[0] : body;
    }

    /** Of an answer's headers, those a replay repeats (matched case-insensitively, named as {@link #KEPT_HEADERS}). */
    public static Map<String, List<String>> keptHeaders(Map<String, List<String>> answerHeaders) {
        Map<String, List<String>> kept = new TreeMap<>();
        answerHeaders.forEach((name, values) -> KEPT_HEADERS.stream().filter(name::equalsIgnoreCase).findFirst()
                .ifPresent(keptName -> kept.put(keptName, List.copyOf(values))));
        return kept;
    }

    /** The answer again, marked {@code Idempotent-Replayed: true}. */
    public Response replay() {
        Response.ResponseBuilder answer = Response.status(status);
        if (body.length > 0 || contentType != null) {
            answer.entity(body).type(contentType == null ? MediaType.APPLICATION_OCTET_STREAM_TYPE
                    : MediaType.valueOf(contentType));
        }
        headers.forEach((name, values) -> values.forEach(value -> answer.header(name, value)));
        return answer.header(IdempotencyKey.REPLAYED_HEADER, "true").build();
    }
}
