package fr.cmq.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.cmq.gateway.routing.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;

/**
 * The whole public API in one OpenAPI 3 document: the gateway's own (dashboard) merged with each
 * service's, read from their {@code /q/openapi}. A schema name two documents use for different
 * shapes is prefixed with the service's name in that service's part, references included.
 */
@ApplicationScoped
public class PublicApiDocument {

    private static final Logger LOG = Logger.getLogger(PublicApiDocument.class);

    private final GatewayConfig config;
    private final ObjectMapper objectMapper;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public PublicApiDocument(GatewayConfig config, ObjectMapper objectMapper) {
        this.config = config;
        this.objectMapper = objectMapper;
    }

    /** Merges the gateway's document with every reachable service's; unreachable ones are listed in the description. */
    public ObjectNode merged(String gatewayDocument) throws IOException {
        ObjectNode merged = (ObjectNode) objectMapper.readTree(gatewayDocument);
        merged.with("info").put("title", "CMQ — plateforme nationale de suivi des campus des métiers et des qualifications");
        StringBuilder missing = new StringBuilder();
        for (Map.Entry<String, GatewayConfig.Service> service : config.services().entrySet()) {
            try {
                merge(merged, fetch(service.getValue().url()), service.getKey());
            } catch (IOException | InterruptedException e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                LOG.warnf("OpenAPI of %s unavailable: %s", service.getKey(), e.toString());
                missing.append(missing.isEmpty() ? "" : ", ").append(service.getKey());
            }
        }
        String description = "The public API of the platform: every path below is served by the gateway at /api/v1/... "
                + "with a bearer token (roles national, regional with a region claim, reader). Errors are "
                + "application/problem+json (RFC 9457).";
        if (!missing.isEmpty()) {
            description += " Not included right now (service unreachable): " + missing + ".";
        }
        merged.with("info").put("description", description);
        return merged;
    }

    private JsonNode fetch(String baseUrl) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl.replaceAll("/$", "") + "/q/openapi?format=json"))
                .timeout(Duration.ofSeconds(5)).header("Accept", "application/json").GET().build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        return objectMapper.readTree(response.body());
    }

    void merge(ObjectNode target, JsonNode source, String service) throws IOException {
        ObjectNode targetSchemas = target.with("components").with("schemas");
        JsonNode sourceSchemas = source.path("components").path("schemas");
        String text = objectMapper.writeValueAsString(source);
        for (Iterator<String> names = sourceSchemas.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (targetSchemas.has(name) && !targetSchemas.get(name).equals(sourceSchemas.get(name))) {
                String renamed = service + "_" + name;
                text = text.replace("\"#/components/schemas/" + name + "\"", "\"#/components/schemas/" + renamed + "\"");
                ObjectNode reread = (ObjectNode) objectMapper.readTree(text);
                JsonNode schema = reread.path("components").path("schemas").get(name);
                ((ObjectNode) reread.path("components").path("schemas")).remove(name);
                ((ObjectNode) reread.path("components").path("schemas")).set(renamed, schema);
                text = objectMapper.writeValueAsString(reread);
            }
        }
        JsonNode renamedSource = objectMapper.readTree(text);
        renamedSource.path("components").path("schemas").fields()
                .forEachRemaining(e -> targetSchemas.putIfAbsent(e.getKey(), e.getValue()));
        ObjectNode paths = target.with("paths");
        renamedSource.path("paths").fields().forEachRemaining(e -> paths.putIfAbsent(e.getKey(), e.getValue()));
        var tags = target.withArray("tags");
        renamedSource.path("tags").forEach(tag -> {
            boolean known = false;
            for (JsonNode existing : tags) {
                known |= existing.path("name").equals(tag.path("name"));
            }
            if (!known) {
                tags.add(tag);
            }
        });
        target.with("components").set("securitySchemes", target.with("components").with("securitySchemes"));
        renamedSource.path("components").path("securitySchemes").fields()
                .forEachRemaining(e -> target.with("components").with("securitySchemes").putIfAbsent(e.getKey(), e.getValue()));
    }
}
