package fr.cmq.gateway.metrics;

import fr.cmq.gateway.routing.RouteTable;
import io.opentelemetry.api.trace.Span;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.regex.Pattern;

/**
 * What the metrics and traces need of each request the gateway forwards to a service, set before the proxy runs:
 * <ul>
 * <li>its route, for the HTTP metrics ({@code http_server_requests_seconds{uri=...}}) and the server span's name: the
 * path with its ids replaced ({@code /api/v1/campuses/{id}/budgets/{n}}), as Quarkus REST does for the gateway's own
 * endpoints. Without it the proxy's requests would be tagged with their raw paths, one series per campus;</li>
 * <li>with tracing on, the client's own {@code traceparent}/{@code tracestate} are not forwarded as they came (the
 * gateway's server span already continues them): the proxy's client span puts the gateway's trace context on the
 * request to the service instead, so the service's span is the gateway's child. With tracing off they go through
 * unchanged.</li>
 * </ul>
 */
@ApplicationScoped
public class ProxyObservability {

    /** The Vert.x context key Quarkus's metrics and tracing read the route template from. */
    static final String URL_PATH_TEMPLATE = "UrlPathTemplate";
    private static final Pattern UUID_SEGMENT =
            Pattern.compile("(?<=/)[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?=/|$)");
    private static final Pattern NUMBER_SEGMENT = Pattern.compile("(?<=/)[0-9]+(?=/|$)");

    private final RouteTable routes;

    public ProxyObservability(RouteTable routes) {
        this.routes = routes;
    }

    void register(@Observes Router router) {
        // before the proxy's route (ROUTE_ORDER_BEFORE_DEFAULT), which ends the forwarded requests
        router.route("/api/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT - 1).handler(this::name);
    }

    void name(RoutingContext ctx) {
        String path = ctx.request().path();
        if (path != null && routes.resolve(path).isPresent()) {
            if (ctx.request() instanceof HttpServerRequestInternal request) {
                request.context().putLocal(URL_PATH_TEMPLATE, template(path));
            }
            if (Span.current().getSpanContext().isValid()) {
                ctx.request().headers().remove("traceparent").remove("tracestate");
            }
        }
        ctx.next();
    }

    /** The path with its UUID segments as {@code {id}} and its number segments (years...) as {@code {n}}. */
    static String template(String path) {
        return NUMBER_SEGMENT.matcher(UUID_SEGMENT.matcher(path).replaceAll("{id}")).replaceAll("{n}");
    }
}
