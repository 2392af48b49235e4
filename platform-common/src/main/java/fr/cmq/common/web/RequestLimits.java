package fr.cmq.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cmq.common.problem.FieldError;
import fr.cmq.common.imports.BulkImport;
import fr.cmq.common.problem.Problem;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;

/**
 * The size limit of a request body, the same setting in every application and at the gateway:
 * {@code quarkus.http.limits.max-body-size} (platform-common's shared configuration). A body announced or found
 * larger answers 413 {@code application/problem+json} (Vert.x's own 413 is plain text): a route placed before
 * Quarkus's own limit checks the Content-Length, and a failure handler turns the 413 of a chunked body that grows
 * past the limit into the same problem. A handler that reads a body itself uses {@link #readBody} (the whole body) or {@link #overflow} (a body streamed
 * as it comes, as the gateway's proxy does).
 */
@ApplicationScoped
public class RequestLimits {

    /** A body up to this many times the limit is read and dropped before the 413; a larger one closes the connection. */
    private static final long DRAIN_FACTOR = 16;

    /** Quarkus's own limit on a body read without a Content-Length (chunked), in the routing context. */
    private static final String QUARKUS_BODY_LIMIT = "io.quarkus.max-request-size";
    /** An import's Content-Length, put aside while Quarkus's own limit check runs (it knows one limit only). */
    private static final String IMPORT_LENGTH = RequestLimits.class.getName() + ".import-length";

    private final long maxBodySize;
    private final long importMaxBodySize;
    private final ObjectMapper objectMapper;

    public RequestLimits(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize,
                         @ConfigProperty(name = "cmq.import.max-body-size", defaultValue = "64M")
                         MemorySize importMaxBodySize,
                         ObjectMapper objectMapper) {
        this.maxBodySize = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        this.importMaxBodySize = Math.max(this.maxBodySize == Long.MAX_VALUE ? 0 : this.maxBodySize,
                importMaxBodySize.asLongValue());
        this.objectMapper = objectMapper;
    }

    /** The limit of a body sent to {@code path}: {@code cmq.import.max-body-size} for an import, else the shared one. */
    public long maxBodySize(String path) {
        return isImport(path) ? importMaxBodySize : maxBodySize;
    }

    private static boolean isImport(String path) {
        return path != null && path.startsWith(BulkImport.PATH_PREFIX);
    }

    /** The largest body accepted, in bytes. */
    public long maxBodySize() {
        return maxBodySize;
    }

    void register(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::checkAnnouncedLength);
        // an import's larger limit: Quarkus's check (at ROUTE_ORDER_UPLOAD_LIMIT) sees no Content-Length, and its limit
        // for reading the body is raised to the import's; the header is then put back
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(ctx -> {
            Object length = ctx.get(IMPORT_LENGTH);
            if (length != null) {
                ctx.request().headers().set(HttpHeaderNames.CONTENT_LENGTH, length.toString());
            }
            if (isImport(ctx.request().path()) && ctx.get(QUARKUS_BODY_LIMIT) != null) {
                ctx.put(QUARKUS_BODY_LIMIT, importMaxBodySize);
            }
            ctx.next();
        });
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).failureHandler(ctx -> {
            if (ctx.statusCode() == 413 && !ctx.response().ended()) {
                tooLarge(ctx);
            } else {
                ctx.next();
            }
        });
    }

    private void checkAnnouncedLength(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        long announced;
        try {
            announced = length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            announced = -1; // Vert.x refuses a malformed Content-Length itself
        }
        String path = ctx.request().path();
        long limit = maxBodySize(path);
        if (announced > limit) {
            boolean expectsContinue = "100-continue".equalsIgnoreCase(ctx.request().getHeader(HttpHeaderNames.EXPECT));
            if (expectsContinue || announced > DRAIN_FACTOR * limit) {
                tooLarge(ctx); // the client sends nothing more (100-continue), or the connection is closed
            } else {
                // read and drop the body first, so that the client, still sending, reads the answer
                HttpServerRequest request = ctx.request();
                request.handler(chunk -> { });
                request.endHandler(v -> tooLarge(ctx));
                request.exceptionHandler(e -> tooLarge(ctx));
                request.resume();
            }
            return;
        }
        if (isImport(path) && length != null && announced > maxBodySize) {
            ctx.put(IMPORT_LENGTH, length);
            ctx.request().headers().remove(HttpHeaderNames.CONTENT_LENGTH);
        }
        ctx.next();
    }

    /** How a body stands against the limit, counted as it comes. */
    public enum Overflow {
        /** Within the limit: keep it. */
        WITHIN,
        /** Over the limit: drop what comes until the end, then answer 413 (the client, still sending, reads it). */
        DRAIN,
        /** Far over the limit: answer 413 now and close the connection. */
        CLOSE
    }

    /**
     * Where a body sent to {@code path}, of which {@code received} bytes have come so far, stands (for readers that
     * stream bodies).
     */
    public Overflow overflow(String path, long received) {
        long limit = maxBodySize(path);
        return received <= limit ? Overflow.WITHIN
                : received <= DRAIN_FACTOR * limit ? Overflow.DRAIN : Overflow.CLOSE;
    }

    /**
     * The whole body of {@code request}, failing with {@link BodyTooLarge} (and answering nothing) when it is larger
     * than the limit; for handlers that read bodies themselves (the gateway's proxy). Resumes the request.
     */
    public Future<Buffer> readBody(HttpServerRequest request) {
        Promise<Buffer> body = Promise.promise();
        Buffer buffer = Buffer.buffer();
        long[] received = {0};
        request.handler(chunk -> {
            received[0] += chunk.length();
            switch (overflow(request.path(), received[0])) {
                case WITHIN -> buffer.appendBuffer(chunk);
                case CLOSE -> body.tryFail(new BodyTooLarge()); // stop reading: the answer closes the connection
                case DRAIN -> { } // dropped, until the end, so that the client reads the 413
            }
        });
        request.exceptionHandler(body::tryFail);
        request.endHandler(v -> {
            if (received[0] > maxBodySize) {
                body.tryFail(new BodyTooLarge());
            } else {
                body.tryComplete(buffer);
            }
        });
        request.resume();
        return body.future();
    }

    /** Answers 413 problem+json and closes the connection (the rest of the body is not read). */
    public void tooLarge(RoutingContext ctx) {
        if (ctx.response().ended()) {
            return;
        }
        long limit = maxBodySize(ctx.request().path());
        Problem problem = new Problem(Problem.TYPE_BASE + "payload-too-large", "Content too large", 413,
                "The request body is larger than " + limit + " bytes", ctx.request().path(),
                List.of(new FieldError("body", "larger than " + limit + " bytes")));
        String json;
        try {
            json = objectMapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            ctx.fail(e);
            return;
        }
        ctx.response().setStatusCode(413)
                .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaderNames.CONNECTION, "close")
                .end(json);
    }

    /** A body that grew past the limit while it was read. */
    public static final class BodyTooLarge extends RuntimeException {
        public BodyTooLarge() {
            super("request body too large", null, false, false);
        }
    }
}
