package fr.cmq.gateway.openapi;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * {@code /openapi}: one OpenAPI 3 document for every public path of the four components, which the
 * Swagger UI at {@code /swagger-ui} shows. Public, like any API documentation.
 */
@Path("/openapi")
@Tag(name = "Documentation")
public class PublicApiResource {

    private final PublicApiDocument document;
    private final HttpClient client = HttpClient.newHttpClient();
    private final int port;

    public PublicApiResource(PublicApiDocument document,
                             @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.http.port") int port) {
        this.document = document;
        this.port = port;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The whole public API in one OpenAPI 3 document")
    public String get(@jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) throws IOException, InterruptedException {
        // The gateway's own document, as SmallRye OpenAPI serves it on this same server.
        URI own = uri.getBaseUriBuilder().path("q/openapi").queryParam("format", "json").build();
        String gateway = client.send(HttpRequest.newBuilder(own).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        return document.merged(gateway).toString();
    }
}
