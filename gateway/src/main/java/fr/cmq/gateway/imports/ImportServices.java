package fr.cmq.gateway.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cmq.common.imports.BulkImport;
import fr.cmq.common.imports.ImportReport;
import fr.cmq.common.problem.Problem;
import fr.cmq.common.problem.ProblemException;
import fr.cmq.gateway.routing.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The services' import endpoints, called with the caller's own token (each service decides again who may write the
 * region): {@code POST /api/v1/imports/regions/{regionCode}/campuses} at labelling, {@code .../monitoring} at
 * monitoring, {@code .../budgets} at funding, each with {@code report=always} so that a part whose every line is
 * refused still answers its report (the gateway decides on the whole file).
 */
@ApplicationScoped
public class ImportServices {

    private static final Logger LOG = Logger.getLogger(ImportServices.class);
    static final Map<String, String> PATHS = Map.of("labelling", "campuses", "monitoring", "monitoring",
            "funding", "budgets");

    private final GatewayConfig config;
    private final ObjectMapper objectMapper;
    private final Duration timeout;
    private final HttpClient client;

    public ImportServices(GatewayConfig config, ObjectMapper objectMapper,
                          @ConfigProperty(name = "cmq.import.service-timeout", defaultValue = "10m") Duration timeout) {
        this.config = config;
        this.objectMapper = objectMapper;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout()).build();
    }

    /**
     * Where the imported file comes from (issue 13), passed on to every service: {@code ?source=} (EXAMPLE or
     * SYNTHETIC for demonstration data, else null) and {@code ?fileName=} (null: each service's default name).
     */
    record Origin(String source, String fileName) {
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Sends a part to its service; the answer's report, or the service's refusal as a problem. */
    CompletableFuture<ImportReport> send(String service, String regionCode, String authorization, String contentType,
                                         Origin origin, List<byte[]> body) {
        URI uri = URI.create(config.services().get(service).url().replaceAll("/$", "") + BulkImport.PATH_PREFIX
                + "regions/" + encode(regionCode) + "/" + PATHS.get(service) + "?report=always"
                + (origin.source() == null ? "" : "&source=" + encode(origin.source()))
                + (origin.fileName() == null ? "" : "&fileName=" + encode(origin.fileName())));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Authorization", authorization)
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArrays(body)).build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .handle((answer, failure) -> {
                    if (failure != null) {
                        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                                ? failure.getCause() : failure;
                        LOG.warnf("Import part for %s failed: %s", service, cause.getClass().getName());
                        throw cause instanceof HttpTimeoutException
                                ? new ProblemException(504, "gateway-timeout", "Gateway timeout",
                                "The " + service + " service did not answer the import in time", List.of())
                                : new ProblemException(502, "bad-gateway", "Bad gateway",
                                "The " + service + " service could not be reached", List.of());
                    }
                    return read(service, answer);
                });
    }

    /** Whether labelling knows the campus (the caller's token reads it). */
    boolean campusExists(String authorization, UUID campusId) {
        URI uri = URI.create(config.services().get("labelling").url().replaceAll("/$", "") + "/api/v1/campuses/"
                + campusId);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(config.responseTimeout())
                .header("Authorization", authorization).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return true; // unknown: the line goes to its service, which decides
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private ImportReport read(String service, HttpResponse<byte[]> answer) {
        try {
            if (answer.statusCode() == 200) {
                return objectMapper.readValue(answer.body(), ImportReport.class);
            }
            Problem problem = objectMapper.readValue(answer.body(), Problem.class);
            String slug = problem.type() == null ? "http-" + answer.statusCode()
                    : problem.type().substring(problem.type().lastIndexOf('/') + 1);
            throw new ProblemException(answer.statusCode(), slug, problem.title(), problem.detail(), problem.errors());
        } catch (IOException e) {
            LOG.warnf("Import part for %s: unreadable answer (status %d)", service, answer.statusCode());
            throw new ProblemException(502, "bad-gateway", "Bad gateway",
                    "The " + service + " service answered the import with status " + answer.statusCode(), List.of());
        }
    }
}
