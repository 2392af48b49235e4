package fr.cmq.gateway.openapi;

import fr.cmq.common.problem.Problem;
import fr.cmq.events.AsyncApiDocument;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;

/**
 * The platform's machine-readable documents, public like any API documentation: {@code /openapi}, one OpenAPI 3
 * document for every public path of the four components (which the Swagger UI at {@code /swagger-ui} shows), and
 * {@code /asyncapi}, the AsyncAPI 3 document of the platform's events built from the event contract
 * (platform-events).
 */
@Path("/")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documentation", description = "Machine-readable descriptions of the public API (OpenAPI) and of "
        + "the platform's events (AsyncAPI)")
@APIResponse(responseCode = "200", description = "The OpenAPI 3 (/openapi) or AsyncAPI 3 (/asyncapi) document, as JSON",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
@APIResponse(responseCode = "406", description = "Accept does not allow application/json", content = @Content(
        mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class DocumentationResource {

    @Inject
    PublicApiDocument document;

    @GET
    @Path("openapi")
    @Operation(operationId = "gatewayOpenApiDocument", summary = "The whole public API in one OpenAPI 3 document",
            description = "The gateway's own operations (the national dashboard) merged with the labelling, monitoring "
                    + "and funding services' documents; a service that cannot be reached is named in info.description. "
                    + "Public: no token needed.")
    public String openApi(@Context UriInfo uri) throws IOException {
        return document.json(uri.getBaseUri());
    }

    @GET
    @Path("asyncapi")
    @Operation(operationId = "gatewayAsyncApiDocument", summary = "The platform's events in one AsyncAPI 3 document",
            description = "The Kafka topics cmq.labelling.events, cmq.monitoring.events and cmq.funding.events, each "
                    + "event type with its JSON envelope, its payload schema and its CloudEvents 1.0 headers (key: the "
                    + "campus id), generated from the event contract that producers and the gateway share. Public: no "
                    + "token needed.")
    public String asyncApi() {
        return AsyncApiDocument.json();
    }
}
