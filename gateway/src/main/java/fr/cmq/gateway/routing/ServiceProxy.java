package fr.cmq.gateway.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cmq.common.problem.Problem;
import fr.cmq.common.security.Roles;
import fr.cmq.common.web.RequestLimits;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Forwards the public API to the owning service: method, headers (Authorization and Idempotency-Key included),
 * query and body; the answer comes back with its headers (Location, ETag, Idempotent-Replayed...). The token is checked here first (401 without a valid one, 403 for a {@code reader} write), and
 * again by the service. A service that cannot be reached answers 502, one too slow answers 504, both
 * as problem+json within the configured timeouts.
 */
@ApplicationScoped
public class ServiceProxy {

    private static final Logger LOG = Logger.getLogger(ServiceProxy.class);
    /** Hop-by-hop headers (RFC 9110 §7.6.1) and those the client recomputes. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length");
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final RouteTable routes;
    private final JWTParser jwtParser;
    private final GatewayConfig config;
    private final ObjectMapper objectMapper;
    private final HttpClient client;
    private final RequestLimits limits;

    public ServiceProxy(RouteTable routes, JWTParser jwtParser, GatewayConfig config, ObjectMapper objectMapper,
                        Vertx vertx, RequestLimits limits) {
        this.limits = limits;
        this.routes = routes;
        this.jwtParser = jwtParser;
        this.config = config;
        this.objectMapper = objectMapper;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(64));
    }

    void register(@Observes Router router) {
        router.route("/api/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        RouteTable.Target target = routes.resolve(request.path()).orElse(null);
        if (target == null) {
            ctx.next(); // served by the gateway itself (dashboard) or unknown
            return;
        }
        String refusal = refusal(request);
        if (refusal != null) {
            int status = refusal.startsWith("401") ? 401 : 403;
            problem(ctx, status, status == 401 ? "unauthorized" : "forbidden",
                    status == 401 ? "Unauthorized" : "Forbidden", refusal.substring(4));
            return;
        }
        // the body as it came (the service judges it), within the platform's size limit (413 problem+json)
        limits.readBody(request)
                .onSuccess(body -> forward(ctx, target, body))
                .onFailure(error -> {
                    if (error instanceof RequestLimits.BodyTooLarge) {
                        limits.tooLarge(ctx);
                    } else {
                        problem(ctx, 400, "validation", "Invalid request", "The request body could not be read");
                    }
                });
    }

    /** Null when the caller may go on, else "401 why" or "403 why". */
    private String refusal(HttpServerRequest request) {
        String authorization = request.getHeader(HttpHeaderNames.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return "401 A valid bearer token is required (Authorization: Bearer <JWT>)";
        }
        JsonWebToken token;
        try {
            token = jwtParser.parse(authorization.substring(7).trim());
        } catch (ParseException e) {
            return "401 The bearer token is invalid or expired";
        }
        Set<String> groups = token.getGroups();
        boolean known = groups.contains(Roles.NATIONAL) || groups.contains(Roles.REGIONAL) || groups.contains(Roles.READER);
        if (!known) {
            return "403 The token carries no role of this platform";
        }
        if (!READS.contains(request.method()) && !groups.contains(Roles.NATIONAL) && !groups.contains(Roles.REGIONAL)) {
            return "403 Your role does not allow writes";
        }
        return null;
    }

    private void forward(RoutingContext ctx, RouteTable.Target target, Buffer body) {
        HttpServerRequest request = ctx.request();
        RequestOptions options = new RequestOptions()
                .setMethod(request.method())
                .setAbsoluteURI(target.baseUrl().toString().replaceAll("/$", "") + request.uri())
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(config.responseTimeout().toMillis());
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        copyHeaders(request.headers(), headers);
        headers.set("X-Forwarded-Host", String.valueOf(request.authority()));
        headers.set("X-Forwarded-Proto", request.scheme());
        options.setHeaders(headers);
        client.request(options)
                .compose(outgoing -> outgoing.send(body))
                .compose(response -> response.body().map(payload -> new Answer(response, payload)))
                .onSuccess(answer -> {
                    if (ctx.response().ended()) {
                        return;
                    }
                    ctx.response().setStatusCode(answer.response().statusCode());
                    answer.response().headers().forEach(h -> {
                        if (!NOT_FORWARDED.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                            ctx.response().headers().add(h.getKey(), h.getValue());
                        }
                    });
                    ctx.response().end(answer.payload());
                })
                .onFailure(error -> {
                    boolean timeout = isTimeout(error);
                    LOG.warnf("Route to %s failed for %s %s: %s", target.service(), request.method(), request.path(),
                            error.toString());
                    problem(ctx, timeout ? 504 : 502, timeout ? "gateway-timeout" : "bad-gateway",
                            timeout ? "Gateway timeout" : "Bad gateway",
                            "The " + target.service() + " service " + (timeout
                                    ? "did not answer within " + config.responseTimeout().toSeconds() + " s"
                                    : "cannot be reached") + "; nothing was changed by the gateway, try again later");
                });
    }

    private record Answer(HttpClientResponse response, Buffer payload) {
    }

    private static void copyHeaders(MultiMap from, MultiMap to) {
        from.forEach(h -> {
            if (!NOT_FORWARDED.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                to.add(h.getKey(), h.getValue());
            }
        });
    }

    private static boolean isTimeout(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t.getClass().getSimpleName().contains("Timeout")) {
                return !(t instanceof io.netty.channel.ConnectTimeoutException);
            }
        }
        return false;
    }

    private void problem(RoutingContext ctx, int status, String slug, String title, String detail) {
        if (ctx.response().ended()) {
            return;
        }
        Problem problem = new Problem(Problem.TYPE_BASE + slug, title, status, detail, ctx.request().path(), List.of());
        try {
            ctx.response().setStatusCode(status)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(objectMapper.writeValueAsString(problem));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            ctx.fail(e);
        }
    }
}
