package fr.cmq.gateway.security;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The origins allowed to call the API from a browser (regional portals written as web applications), from
 * {@code quarkus.http.cors.origins} ({@code CMQ_CORS_ORIGINS}, none by default). Quarkus's CORS filter answers the
 * preflights (application.properties, "CORS"); this check refuses to start with a wildcard, a pattern or anything
 * that is not an origin ({@code scheme://host[:port]}), so that a preflight is answered only for origins named one by
 * one; and an answer to any other origin carries no CORS header at all (the filter refuses it with 403 but would
 * still list the API's methods and headers).
 */
@ApplicationScoped
public class CorsOrigins {

    /** The CORS headers of an answer, removed when it does not allow the request's origin. */
    static final List<String> CORS_HEADERS = List.of("Access-Control-Allow-Methods", "Access-Control-Allow-Headers",
            "Access-Control-Expose-Headers", "Access-Control-Max-Age", "Access-Control-Allow-Credentials");

    private final Optional<List<String>> origins;

    public CorsOrigins(@ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins) {
        this.origins = origins;
    }

    void check(@Observes StartupEvent started) {
        for (String origin : origins.orElse(List.of())) {
            String refusal = refusal(origin);
            if (refusal != null) {
                throw new IllegalStateException(refusal);
            }
        }
    }

    /** First of all routes: an answer that does not allow the request's origin leaves with no CORS header. */
    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::keepCorsHeadersForAllowedOrigins);
    }

    void keepCorsHeadersForAllowedOrigins(RoutingContext ctx) {
        if (ctx.request().getHeader("Origin") != null) {
            ctx.addHeadersEndHandler(ignored -> {
                MultiMap headers = ctx.response().headers();
                if (!headers.contains("Access-Control-Allow-Origin")) {
                    CORS_HEADERS.forEach(headers::remove);
                }
            });
        }
        ctx.next();
    }

    /** Why this configured value is not an allowed origin, or null. */
    static String refusal(String origin) {
        String value = origin.strip();
        if (value.contains("*") || value.startsWith("/")) {
            return "quarkus.http.cors.origins (CMQ_CORS_ORIGINS) names the portals' origins one by one; no wildcard "
                    + "or pattern: " + value;
        }
        try {
            URI uri = new URI(value);
            boolean isOrigin = ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                    && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
            return isOrigin ? null : "quarkus.http.cors.origins (CMQ_CORS_ORIGINS): not an origin (scheme://host[:port]): "
                    + value;
        } catch (java.net.URISyntaxException e) {
            return "quarkus.http.cors.origins (CMQ_CORS_ORIGINS): not an origin (scheme://host[:port]): " + value;
        }
    }
}
