package fr.cmq.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The platform's OpenAPI rules, applied to every service's document (registered by {@code mp.openapi.filter} in
 * platform-common's shared configuration), so that resources carry no hand-written error annotations:
 * <ul>
 * <li>the RFC 9457 {@code Problem} schema and the error answers each operation can give: 401/403 when it needs a
 * token; 400 with input; 413/415 with a request body; 404 on a path with an id; 409/422 on writes; 412/428 on PUT, PATCH and any operation
 * taking If-Match; 500 always; 304 (with its ETag) on a read taking If-None-Match;</li>
 * <li>the bearer scheme ({@link SecurityRules}): roles moved from the requirements' scopes (forbidden on an HTTP
 * scheme) to the operation's description and its {@code x-roles} extension; explicit {@code security: []} on public
 * operations;</li>
 * <li>the headers and parameter descriptions that follow from the conventions ({@link StandardHeaders}: ETag,
 * Location, Link; campusId, If-None-Match, If-Match, cursor, limit), so that resources need not repeat them;</li>
 * <li>a string schema on every response header that has none (ETag, Location, Link, Retry-After...), a
 * description on every operation (its summary when it has none), and no component schema that no operation
 * reaches ({@link UnusedSchemas}: annotated types of shared modules the scanner finds).</li>
 * </ul>
 * Running it twice gives the same document.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM = "application/problem+json";
    private static final String REF = "#/components/schemas/Problem";
    /** Descriptions Quarkus gives the 401/403 answers it adds to secured operations. */
    private static final Set<String> QUARKUS_DEFAULTS = Set.of("Not Authorized", "Not Allowed");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        addProblemSchemas(openAPI);
        SecurityRules.declareBearerScheme(openAPI);
        if (openAPI.getComponents().getResponses() != null) {
            openAPI.getComponents().getResponses().values().forEach(ProblemResponsesFilter::typeHeaders);
        }
        if (openAPI.getComponents().getHeaders() != null) {
            openAPI.getComponents().getHeaders().values().forEach(ProblemResponsesFilter::typeHeader);
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            documentOperations(openAPI);
        }
        UnusedSchemas.prune(openAPI);
    }

    private static void documentOperations(OpenAPI openAPI) {
        boolean globalSecurity = openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean hasId = path.getKey().contains("{");
            List<Parameter> pathParameters = path.getValue().getParameters();
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                Operation operation = entry.getValue();
                describe(operation);
                boolean secured = SecurityRules.apply(operation, entry.getKey(), globalSecurity);
                document(operation, entry.getKey(), hasId, secured, pathParameters);
                StandardHeaders.document(operation, entry.getKey(), pathParameters);
                operation.getResponses().getAPIResponses().values().forEach(ProblemResponsesFilter::typeHeaders);
            }
        }
    }

    private static void addProblemSchemas(OpenAPI openAPI) {
        openAPI.getComponents().addSchema("FieldError", OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("One invalid input: the JSON path or parameter, and what is wrong")
                .addProperty("field", string())
                .addProperty("message", string()));
        openAPI.getComponents().addSchema("Problem", OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details, served as application/problem+json")
                .addProperty("type", string())
                .addProperty("title", string())
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", string())
                .addProperty("instance", string())
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError"))));
    }

    /** An operation without description gets its summary as description (linters want both). */
    private static void describe(Operation operation) {
        if ((operation.getDescription() == null || operation.getDescription().isBlank())
                && operation.getSummary() != null && !operation.getSummary().isBlank()) {
            operation.setDescription(operation.getSummary());
        }
    }

    private static void document(Operation operation, PathItem.HttpMethod method, boolean hasId, boolean secured,
                                 List<Parameter> pathParameters) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean read = method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD;
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty())
                || (pathParameters != null && !pathParameters.isEmpty());
        boolean ifMatch = method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                || hasHeader(operation, pathParameters, "If-Match");
        if (read && hasHeader(operation, pathParameters, "If-None-Match") && !responses.hasAPIResponse("304")) {
            responses.addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified: If-None-Match names the current ETag")
                    .addHeader("ETag", OASFactory.createHeader().description("The current entity tag")
                            .schema(string())));
        }
        if (secured) {
            add(responses, "401", "No valid bearer token");
            add(responses, "403", "The token's role or region does not allow this");
        }
        if (hasInput) {
            add(responses, "400", "Invalid input; errors[] names each field");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", "The body is larger than the platform's limit (quarkus.http.limits.max-body-size)");
            add(responses, "415", "The body's Content-Type is not one the operation accepts");
        }
        if (hasId) {
            add(responses, "404", "No such resource");
        }
        if (!read) {
            add(responses, "409", "Conflicts with the current state (duplicate, second decision...)");
            add(responses, "422", "Breaks a rule of the domain; nothing was stored");
        }
        if (ifMatch) {
            add(responses, "412", "If-Match is stale: the resource changed since it was read");
            add(responses, "428", "If-Match is required to change an existing resource");
        }
        add(responses, "500", "Unexpected error (logged; no detail is exposed)");
    }

    private static boolean hasHeader(Operation operation, List<Parameter> pathParameters, String name) {
        return hasHeader(operation.getParameters(), name) || hasHeader(pathParameters, name);
    }

    private static boolean hasHeader(List<Parameter> parameters, String name) {
        return parameters != null && parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.HEADER
                && name.equalsIgnoreCase(p.getName()));
    }

    /**
     * Adds the problem answer of {@code status}. An answer already there keeps its description, and gets the problem
     * content when it has none (Quarkus's own 401 "Not Authorized" and 403 "Not Allowed" take ours).
     */
    private static void add(APIResponses responses, String status, String description) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                    .content(problemContent()));
            return;
        }
        if (existing.getRef() != null || existing.getContent() != null) {
            return;
        }
        existing.setContent(problemContent());
        if (existing.getDescription() == null || QUARKUS_DEFAULTS.contains(existing.getDescription())) {
            existing.setDescription(description);
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(PROBLEM,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF)));
    }

    private static void typeHeaders(APIResponse response) {
        if (response != null && response.getHeaders() != null) {
            response.getHeaders().values().forEach(ProblemResponsesFilter::typeHeader);
        }
    }

    /** A header without schema nor content is a string (OpenAPI requires one of them). */
    private static void typeHeader(Header header) {
        if (header != null && header.getRef() == null && header.getSchema() == null && header.getContent() == null) {
            header.setSchema(string());
        }
    }

    private static Schema string() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
    }
}
