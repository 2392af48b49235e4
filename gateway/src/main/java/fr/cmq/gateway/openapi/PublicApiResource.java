package fr.cmq.gateway.openapi;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import fr.cmq.common.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;

/**
 * {@code /openapi}: one OpenAPI 3 document for every public path of the four components, which the
 * Swagger UI at {@code /swagger-ui} shows. Public, like any API documentation.
 */
@Path("/openapi")
@PermitAll
@Tag(name = "Documentation", description = "Machine-readable descriptions of the public API (OpenAPI) and of "
        + "the platform's events (AsyncAPI)")
public class PublicApiResource {

    private final PublicApiDocument document;

    public PublicApiResource(PublicApiDocument document) {
        this.document = document;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The OpenAPI document", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "406", description = "Accept does not allow application/json", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @Operation(operationId = "gatewayOpenApiDocument", summary = "The whole public API in one OpenAPI 3 document",
            description = "The gateway's own operations (the national dashboard) merged with the labelling, monitoring "
                    + "and funding services' documents; a service that cannot be reached is named in info.description. "
                    + "Public: no token needed.")
    public String get(@Context UriInfo uri) throws IOException {
        return document.json(uri.getBaseUri());
    }
}
