package fr.cmq.gateway.health;

import jakarta.inject.Inject;
import fr.cmq.gateway.routing.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** {@code /q/health} on the gateway reports each service behind it (its own readiness endpoint). */
@Readiness
@ApplicationScoped
public class ServicesHealthCheck implements HealthCheck {

    @Inject
    GatewayConfig config;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("services").up();
        for (Map.Entry<String, GatewayConfig.Service> service : config.services().entrySet()) {
            String state = probe(service.getValue().url());
            builder.withData(service.getKey(), state);
            if (!"UP".equals(state)) {
                builder.down();
            }
        }
        return builder.build();
    }

    private String probe(String baseUrl) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl.replaceAll("/$", "") + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3)).GET().build();
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200 ? "UP" : "DOWN (HTTP " + status + ")";
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return "DOWN (" + e.getClass().getSimpleName() + ")";
        }
    }
}
