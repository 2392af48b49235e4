package fr.cmq.gateway.openapi;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The whole public API in one OpenAPI 3 document: the gateway's own (dashboard) merged with each service's, read
 * from their {@code /q/openapi} (see {@link OpenApiMerge}). The services' documents are read again on each request
 * (at once, within the routes' timeouts), and the merged document is built again only when one of them changed; the
 * gateway's own is read once. Its server is the gateway as the request reached it; its contact and license are the
 * platform's (shared configuration).
 */
@ApplicationScoped
public class PublicApiDocument {

    private static final Logger LOG = Logger.getLogger(PublicApiDocument.class);
    static final String TITLE = "CMQ — plateforme nationale de suivi des campus des métiers et des qualifications";
    static final String DESCRIPTION = "The public API of the platform: every path below is served by the gateway at "
            + "/api/v1/... with a bearer token (roles national, regional with a region claim, reader). Errors are "
            + "application/problem+json (RFC 9457).";

    /** The first generation of the gateway's own document may take a while (it is built on first request). */
    private static final Duration OWN_DOCUMENT_TIMEOUT = Duration.ofSeconds(30);

    /** A merged document, the services' documents it was built from (absent: unreachable) and its server URL. */
    private record Built(Map<String, String> sources, String server, String json) {
    }

    private final GatewayConfig config;
    private final ObjectMapper objectMapper;
    private final HttpClient client;
    private volatile String gatewayDocument;
    private volatile Built last;

    public PublicApiDocument(GatewayConfig config, ObjectMapper objectMapper) {
        this.config = config;
        this.objectMapper = objectMapper;
        this.client = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build();
    }

    /** The merged document as JSON; {@code gatewayBaseUri} is where this gateway serves its own {@code q/openapi}. */
    public String json(URI gatewayBaseUri) throws IOException {
        if (gatewayDocument == null) {
            gatewayDocument = fetch(gatewayBaseUri.toString(), OWN_DOCUMENT_TIMEOUT).join();
            if (gatewayDocument == null) {
                throw new IOException("The gateway's own OpenAPI document cannot be read");
            }
        }
        Map<String, String> sources = serviceDocuments();
        String server = gatewayBaseUri.toString().replaceAll("/+$", "");
        Built built = last;
        if (built == null || !built.sources().equals(sources) || !built.server().equals(server)) {
            built = new Built(sources, server, merge(gatewayDocument, sources, server));
            last = built;
        }
        return built.json();
    }

    private String merge(String gateway, Map<String, String> sources, String server) throws IOException {
        OpenApiMerge merge = new OpenApiMerge(objectMapper.readTree(gateway));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            merge.add(objectMapper.readTree(source.getValue()), source.getKey());
        }
        ObjectNode merged = merge.result();
        List<String> missing = config.services().keySet().stream().filter(s -> !sources.containsKey(s)).toList();
        merged.withObjectProperty("info").put("title", TITLE).put("description", missing.isEmpty() ? DESCRIPTION
                : DESCRIPTION + " Not included right now (service unreachable): " + String.join(", ", missing) + ".");
        merged.putArray("servers").addObject().put("url", server)
                .put("description", "This gateway: it serves every path below");
        return objectMapper.writeValueAsString(merged);
    }

    /** Each reachable service's document by service name, read all at once. */
    private Map<String, String> serviceDocuments() {
        Map<String, CompletableFuture<String>> pending = new LinkedHashMap<>();
        config.services().forEach((name, service) -> pending.put(name, fetch(service.url(), config.responseTimeout())));
        Map<String, String> documents = new LinkedHashMap<>();
        pending.forEach((name, document) -> {
            String text = document.join();
            if (text != null) {
                documents.put(name, text);
            }
        });
        return documents;
    }

    /** A component's {@code /q/openapi} as JSON; null when it cannot be read or is not a JSON object. */
    private boolean isObject(String text) {
        try {
            return objectMapper.readTree(text) instanceof ObjectNode;
        } catch (IOException e) {
            return false;
        }
    }

    private CompletableFuture<String> fetch(String baseUrl, Duration timeout) {
        URI uri = URI.create(baseUrl.replaceAll("/$", "") + "/q/openapi?format=json");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Accept", "application/json").GET().build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
            String problem = error != null ? error.toString()
                    : response.statusCode() != 200 ? "HTTP " + response.statusCode()
                    : isObject(response.body()) ? null : "not a JSON object";
            if (problem != null) {
                LOG.warnf("OpenAPI document at %s unavailable: %s", uri, problem);
                return null;
            }
            return response.body();
        });
    }
}
