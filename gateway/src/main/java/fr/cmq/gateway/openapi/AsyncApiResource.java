package fr.cmq.gateway.openapi;

import fr.cmq.events.AsyncApiDocument;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import fr.cmq.common.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /asyncapi}: the AsyncAPI 3 document of the platform's events (the three topics, each event type with its
 * envelope, payload schema and CloudEvents headers), built from the event contract (platform-events). Public, like
 * {@code /openapi}.
 */
@Path("/asyncapi")
@PermitAll
@Tag(name = "Documentation", description = "Machine-readable descriptions of the public API (OpenAPI) and of "
        + "the platform's events (AsyncAPI)")
public class AsyncApiResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The AsyncAPI document", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "406", description = "Accept does not allow application/json", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @Operation(operationId = "gatewayAsyncApiDocument", summary = "The platform's events in one AsyncAPI 3 document",
            description = "The Kafka topics cmq.labelling.events, cmq.monitoring.events and cmq.funding.events, each "
                    + "event type with its JSON envelope, its payload schema and its CloudEvents 1.0 headers (key: the "
                    + "campus id), generated from the event contract that producers and the gateway share. Public: no "
                    + "token needed.")
    public String get() {
        return AsyncApiDocument.json();
    }
}
