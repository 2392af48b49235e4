package fr.cmq.gateway.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.cmq.gateway.routing.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The whole public API in one OpenAPI 3 document: the gateway's own (dashboard) merged with each service's, read
 * from their {@code /q/openapi} (see {@link OpenApiMerge}). The merged document is built once per change of the
 * services' documents and served from memory: at most once per {@code cmq.gateway.openapi-refresh}, a request that
 * finds it older starts reading the services' documents again in the background (the request itself is answered at
 * once with the current one); their SHA-256 is compared with the one the document was built from, and it is built
 * again only when one changed, appeared (a service back up, or restarted with a new version) or went away. The
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

    /**
     * A merged document: the SHA-256 of the services' documents it was built from (absent: unreachable), and its
     * JSON text for each server URL it was asked for.
     */
    private record Built(Map<String, String> hashes, ObjectNode merged, Map<String, String> byServer) {
    }

    private final GatewayConfig config;
    private final ObjectMapper objectMapper;
    private final HttpClient client;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final AtomicLong builds = new AtomicLong();
    private volatile String gatewayDocument;
    private volatile Built last;
    private volatile long checkedAt;

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
        Built built = last;
        if (built == null) {
            synchronized (this) { // the first request waits for the first build; the others, for nothing
                if (last == null) {
                    apply(serviceDocuments().join());
                }
                built = last;
            }
        } else if (System.nanoTime() - checkedAt > config.openapiRefresh().toNanos()
                && refreshing.compareAndSet(false, true)) {
            serviceDocuments().thenAccept(this::applyQuietly).whenComplete((v, e) -> refreshing.set(false));
        }
        String server = gatewayBaseUri.toString().replaceAll("/+$", "");
        Map<String, String> byServer = built.byServer();
        String json = byServer.get(server);
        if (json == null) {
            ObjectNode document = built.merged().deepCopy();
            document.putArray("servers").addObject().put("url", server)
                    .put("description", "This gateway: it serves every path below");
            json = objectMapper.writeValueAsString(document);
            if (byServer.size() < 16) { // a few names of this gateway (localhost, 127.0.0.1, its public name)
                byServer.put(server, json);
            }
        }
        return json;
    }

    /** How many times the merged document was built since start (for tests). */
    long builds() {
        return builds.get();
    }

    private void applyQuietly(Map<String, String> sources) {
        try {
            apply(sources);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("The merged OpenAPI document could not be built again: %s", e.toString());
        }
    }

    /** Builds the merged document again if the services' documents are not the ones it was built from. */
    private synchronized void apply(Map<String, String> sources) throws IOException {
        Map<String, String> hashes = new LinkedHashMap<>();
        sources.forEach((name, text) -> hashes.put(name, sha256(text)));
        checkedAt = System.nanoTime();
        if (last != null && last.hashes().equals(hashes)) {
            return;
        }
        last = new Built(hashes, merge(gatewayDocument, sources), new ConcurrentHashMap<>());
        builds.incrementAndGet();
        LOG.debugf("Merged OpenAPI document built from %s", hashes.keySet());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode merge(String gateway, Map<String, String> sources) throws IOException {
        OpenApiMerge merge = new OpenApiMerge(objectMapper.readTree(gateway));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            merge.add(objectMapper.readTree(source.getValue()), source.getKey());
        }
        ObjectNode merged = merge.result();
        List<String> missing = config.services().keySet().stream().filter(s -> !sources.containsKey(s)).toList();
        merged.withObjectProperty("info").put("title", TITLE).put("description", missing.isEmpty() ? DESCRIPTION
                : DESCRIPTION + " Not included right now (service unreachable): " + String.join(", ", missing) + ".");
        return merged;
    }

    /** Each reachable service's document by service name, read all at once. */
    private CompletableFuture<Map<String, String>> serviceDocuments() {
        Map<String, CompletableFuture<String>> pending = new LinkedHashMap<>();
        config.services().forEach((name, service) -> pending.put(name, fetch(service.url(), config.responseTimeout())));
        return CompletableFuture.allOf(pending.values().toArray(CompletableFuture[]::new)).thenApply(v -> {
            Map<String, String> documents = new LinkedHashMap<>();
            pending.forEach((name, document) -> {
                String text = document.join();
                if (text != null) {
                    documents.put(name, text);
                }
            });
            return documents;
        });
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
