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
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;

/**
 * Forwards the public API to the owning service: method, headers (Authorization and Idempotency-Key included),
 * query and body; the answer comes back with its headers (Location, ETag, Idempotent-Replayed...). Bodies are streamed
 * both ways as they come, on keep-alive connections reused from a pool. The token is checked here first (401 without a valid one, 403 for a {@code reader} write), and
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
    /** The most valid tokens remembered (the many clients of a day); past it, the memory starts again empty. */
    private static final int VERIFIED_TOKENS = 10_000;

    private final RouteTable routes;
    private final JWTParser jwtParser;
    private final GatewayConfig config;
    private final ObjectMapper objectMapper;
    private final HttpClient client;
    private final RequestLimits limits;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    public ServiceProxy(RouteTable routes, JWTParser jwtParser, GatewayConfig config, ObjectMapper objectMapper,
                        Vertx vertx, RequestLimits limits) {
        this.limits = limits;
        this.routes = routes;
        this.jwtParser = jwtParser;
        this.config = config;
        this.objectMapper = objectMapper;
        // keep-alive connections reused from a pool per service (its size configured), one request at a time on
        // each (no HTTP/1.1 pipelining: an answer never waits behind another one)
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setPipelining(false)
                .setMaxPoolSize(config.connectionPoolSize()));
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
        request.pause(); // the body is read once the service's connection is there, and streamed to it
        String refusal = refusal(request);
        if (refusal != null) {
            int status = refusal.startsWith("401") ? 401 : 403;
            problem(ctx, status, status == 401 ? "unauthorized" : "forbidden",
                    status == 401 ? "Unauthorized" : "Forbidden", refusal.substring(4));
            return;
        }
        forward(ctx, target);
    }

    /** Null when the caller may go on, else "401 why" or "403 why". */
    private String refusal(HttpServerRequest request) {
        String authorization = request.getHeader(HttpHeaderNames.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return "401 A valid bearer token is required (Authorization: Bearer <JWT>)";
        }
        Set<String> groups = groups(authorization.substring(7).trim());
        if (groups == null) {
            return "401 The bearer token is invalid or expired";
        }
        boolean known = groups.contains(Roles.NATIONAL) || groups.contains(Roles.REGIONAL) || groups.contains(Roles.READER);
        if (!known) {
            return "403 The token carries no role of this platform";
        }
        if (!READS.contains(request.method()) && !groups.contains(Roles.NATIONAL) && !groups.contains(Roles.REGIONAL)) {
            return "403 Your role does not allow writes";
        }
        return null;
    }

    /**
     * The roles of a valid token, null for an invalid or expired one. A token checked once (signature, issuer,
     * expiry) is remembered until it expires, so a client sending the same token again is not checked again here
     * (the service checks every request itself); at most {@link #VERIFIED_TOKENS} tokens are remembered.
     */
    private Set<String> groups(String raw) {
        long now = System.currentTimeMillis() / 1000;
        Verified known = verified.get(raw);
        if (known != null) {
            if (now < known.expiresAt()) {
                return known.groups();
            }
            verified.remove(raw);
        }
        JsonWebToken token;
        try {
            token = jwtParser.parse(raw);
        } catch (ParseException e) {
            return null;
        }
        if (verified.size() >= VERIFIED_TOKENS) {
            verified.clear();
        }
        verified.put(raw, new Verified(Set.copyOf(token.getGroups()), token.getExpirationTime()));
        return token.getGroups();
    }

    /** A token found valid, its roles, and when it expires (seconds since the epoch). */
    private record Verified(Set<String> groups, long expiresAt) {
    }

    /**
     * Sends the request to the service on a pooled keep-alive connection, its body streamed as it comes (counted
     * against the platform's size limit: past it, the service's request is dropped and the client gets the 413
     * problem of {@link RequestLimits}), then streams the service's answer back as it comes, with its status and
     * headers. No body is held whole in the gateway.
     */
    private void forward(RoutingContext ctx, RouteTable.Target target) {
        HttpServerRequest request = ctx.request();
        RequestOptions options = new RequestOptions()
                .setMethod(request.method())
                .setHost(target.host())
                .setPort(target.port())
                .setSsl("https".equals(target.baseUrl().getScheme()))
                .setURI(target.pathPrefix() + request.uri())
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(config.responseTimeout().toMillis());
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        copyHeaders(request.headers(), headers);
        headers.set("X-Forwarded-Host", String.valueOf(request.authority()));
        headers.set("X-Forwarded-Proto", request.scheme());
        String length = request.getHeader(HttpHeaderNames.CONTENT_LENGTH);
        boolean chunked = length == null && (request.headers().contains(HttpHeaderNames.TRANSFER_ENCODING)
                || request.version() == HttpVersion.HTTP_2 && !request.isEnded());
        if (length != null) {
            headers.set(HttpHeaderNames.CONTENT_LENGTH, length); // within the limit: RequestLimits checked it
        }
        options.setHeaders(headers);
        Exchange exchange = new Exchange(ctx, target);
        client.request(options).onComplete(opened -> {
            if (opened.failed()) {
                exchange.failed(opened.cause());
                return;
            }
            HttpClientRequest outgoing = opened.result();
            exchange.outgoing = outgoing;
            outgoing.exceptionHandler(error -> { }); // reported by the response's future (502/504), or expected (413)
            outgoing.setChunked(chunked);
            outgoing.response().onComplete(answered -> {
                if (answered.failed()) {
                    exchange.failed(answered.cause());
                } else {
                    exchange.answer(answered.result());
                }
            });
            if (length == null && !chunked || "0".equals(length)) {
                outgoing.end();
                request.resume();
            } else {
                exchange.streamBody(request, outgoing);
            }
        });
    }

    /** One request on its way: the body to the service, the answer to the client, and what went wrong. */
    private final class Exchange {
        private final RoutingContext ctx;
        private final RouteTable.Target target;
        private HttpClientRequest outgoing;
        private long received;
        private boolean abandoned;

        Exchange(RoutingContext ctx, RouteTable.Target target) {
            this.ctx = ctx;
            this.target = target;
        }

        void streamBody(HttpServerRequest request, HttpClientRequest to) {
            request.handler(chunk -> {
                received += chunk.length();
                RequestLimits.Overflow overflow = limits.overflow(request.path(), received);
                if (overflow != RequestLimits.Overflow.WITHIN && !abandoned) {
                    abandon();
                }
                if (overflow == RequestLimits.Overflow.CLOSE) {
                    limits.tooLarge(ctx); // stop reading: the answer closes the connection
                } else if (!abandoned) {
                    to.write(chunk);
                    if (to.writeQueueFull()) {
                        request.pause();
                        to.drainHandler(v -> request.resume());
                    }
                } // else dropped, until the end, so that the client reads the 413
            });
            request.exceptionHandler(error -> {
                if (!abandoned) {
                    abandon();
                    problem(ctx, 400, "validation", "Invalid request", "The request body could not be read");
                }
            });
            request.endHandler(v -> {
                if (abandoned) {
                    limits.tooLarge(ctx);
                } else {
                    to.end();
                }
            });
            request.resume();
        }

        /** Drops the service's request (its connection is closed, never reused half-sent). */
        private void abandon() {
            abandoned = true;
            outgoing.reset();
        }

        void answer(HttpClientResponse response) {
            HttpServerResponse to = ctx.response();
            if (abandoned || to.ended() || to.headWritten()) {
                outgoing.reset();
                return;
            }
            to.setStatusCode(response.statusCode());
            response.headers().forEach(h -> {
                if (!NOT_FORWARDED.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                    to.headers().add(h.getKey(), h.getValue());
                }
            });
            String length = response.getHeader(HttpHeaderNames.CONTENT_LENGTH);
            if (length != null) {
                to.putHeader(HttpHeaderNames.CONTENT_LENGTH, length);
            } else if (mayHaveBody(ctx.request().method(), response.statusCode())) {
                to.setChunked(true);
            }
            response.pipe().endOnFailure(false).to(to).onFailure(error -> {
                // the status is sent: the client sees the connection closed before the end of the answer
                LOG.warnf("Answer of %s cut for %s %s: %s", target.service(), ctx.request().method(),
                        ctx.request().path(), error.toString());
                outgoing.reset();
                to.reset();
            });
        }

        void failed(Throwable error) {
            if (abandoned) {
                return; // the client has (or gets) its 413
            }
            HttpServerRequest request = ctx.request();
            boolean timeout = isTimeout(error);
            LOG.warnf("Route to %s failed for %s %s: %s", target.service(), request.method(), request.path(),
                    error.toString());
            if (ctx.response().headWritten()) {
                ctx.response().reset();
                return;
            }
            problem(ctx, timeout ? 504 : 502, timeout ? "gateway-timeout" : "bad-gateway",
                    timeout ? "Gateway timeout" : "Bad gateway",
                    "The " + target.service() + " service " + (timeout
                            ? "did not answer within " + config.responseTimeout().toSeconds() + " s"
                            : "cannot be reached") + "; nothing was changed by the gateway, try again later");
        }
    }

    private static boolean mayHaveBody(HttpMethod method, int status) {
        return method != HttpMethod.HEAD && status >= 200 && status != 204 && status != 304;
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
