package fr.cmq.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.List;
import java.util.Map;

/**
 * What the platform's conventions say once, so that resources do not repeat it on every operation: the response
 * headers that follow from an operation's shape, and the descriptions of the parameters every service shares.
 * <ul>
 * <li>{@code ETag} on the 2xx answers of an operation taking If-None-Match or If-Match (its resource is versioned);</li>
 * <li>{@code Location} on the 201 of a POST (a PUT creates at its own URL);</li>
 * <li>{@code Link} ({@code rel="next"}) on the 200 of a read taking a {@code cursor};</li>
 * <li>on every POST, the {@code Idempotency-Key} header it accepts (fr.cmq.common.idempotency), the
 * {@code Idempotent-Replayed} header of its 2xx answers, and the 409/422 answers the key may give;</li>
 * <li>a description on the shared parameters ({@code campusId}, {@code If-None-Match}, {@code If-Match},
 * {@code cursor}, {@code limit}) that have none.</li>
 * </ul>
 * A resource may still document a header or a parameter itself; what it wrote is kept.
 */
final class StandardHeaders {

    private static final Map<String, String> PARAMETERS = Map.of(
            "campusId", "The campus's identifier (stable for life)",
            "If-None-Match", "An ETag from an earlier answer: 304 when it is still current",
            "If-Match", "The resource's current ETag: 412 when it is stale, 428 when missing on a change",
            "cursor", "The nextCursor of the previous page (opaque)",
            "limit", "Page size, 1 to 500 (default 50)");

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String IDEMPOTENCY_KEY_DESCRIPTION = "Makes this POST safe to retry (IETF httpapi draft \"The "
            + "Idempotency-Key HTTP Header Field\"): a value unique to the request, e.g. a UUID, quoted or not (1 to 255 "
            + "printable ASCII characters; otherwise 400). The same key again with the same path and body answers the "
            + "first answer again (same status, body, Location and ETag, with Idempotent-Replayed: true) and writes "
            + "nothing more; with another path or body, 422; while the first request is still in progress, 409. Keys "
            + "are kept at least 24 hours, per caller (the token's subject). A refused request keeps nothing: its key "
            + "may be used again.";
    static final String REPLAYED = "Idempotent-Replayed";

    private StandardHeaders() {
    }

    static void document(Operation operation, PathItem.HttpMethod method, List<Parameter> pathParameters) {
        describeParameters(operation.getParameters());
        describeParameters(pathParameters);
        boolean post = method == PathItem.HttpMethod.POST;
        if (post) {
            documentIdempotencyKey(operation, pathParameters);
        }
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        boolean versioned = has(operation, pathParameters, "If-None-Match") || has(operation, pathParameters, "If-Match");
        boolean paged = method == PathItem.HttpMethod.GET && has(operation, pathParameters, "cursor");
        for (Map.Entry<String, APIResponse> answer : operation.getResponses().getAPIResponses().entrySet()) {
            String status = answer.getKey();
            APIResponse response = answer.getValue();
            if (response == null || response.getRef() != null || !status.startsWith("2")) {
                continue;
            }
            if (versioned) {
                add(response, "ETag", "The entity tag of the resource in this answer (for If-None-Match and If-Match)");
            }
            if ("201".equals(status) && method == PathItem.HttpMethod.POST) {
                add(response, "Location", "The URL of the created resource");
            }
            if (paged && "200".equals(status)) {
                add(response, "Link", "<url>; rel=\"next\" when a next page exists");
            }
            if (post) {
                add(response, REPLAYED, "true when this is the answer kept for an earlier request with the same "
                        + "Idempotency-Key (nothing was written again); absent otherwise");
            }
        }
    }

    /** The Idempotency-Key parameter of a POST, and what its 409 and 422 answers also mean. */
    private static void documentIdempotencyKey(Operation operation, List<Parameter> pathParameters) {
        if (!has(operation, pathParameters, IDEMPOTENCY_KEY)) {
            operation.addParameter(OASFactory.createParameter().name(IDEMPOTENCY_KEY).in(Parameter.In.HEADER)
                    .required(false).description(IDEMPOTENCY_KEY_DESCRIPTION)
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).minLength(1)
                            .maxLength(255))
                    .example("8e03978e-40d5-43e8-bc93-6894a57f9324"));
        }
        extend(operation, "409", "or a request with the same Idempotency-Key is still in progress");
        extend(operation, "422", "or the Idempotency-Key was used with another request");
    }

    private static void extend(Operation operation, String status, String more) {
        APIResponse response = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse(status);
        if (response != null && response.getRef() == null && response.getDescription() != null
                && !response.getDescription().contains("Idempotency-Key")) {
            response.setDescription(response.getDescription() + "; " + more);
        }
    }

    private static void describeParameters(List<Parameter> parameters) {
        if (parameters == null) {
            return;
        }
        for (Parameter parameter : parameters) {
            String description = PARAMETERS.get(parameter.getName());
            if (description != null && parameter.getRef() == null
                    && (parameter.getDescription() == null || parameter.getDescription().isBlank())) {
                parameter.setDescription(description);
            }
        }
    }

    private static boolean has(Operation operation, List<Parameter> pathParameters, String name) {
        return has(operation.getParameters(), name) || has(pathParameters, name);
    }

    private static boolean has(List<Parameter> parameters, String name) {
        return parameters != null && parameters.stream().anyMatch(p -> name.equalsIgnoreCase(p.getName()));
    }

    private static void add(APIResponse response, String name, String description) {
        if (response.getHeaders() != null && response.getHeaders().keySet().stream().anyMatch(name::equalsIgnoreCase)) {
            return;
        }
        Header header = OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
        response.addHeader(name, header);
    }
}
