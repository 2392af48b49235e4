package fr.cmq.gateway;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Stand-ins for the services behind the gateway, to test the proxy's mechanics on real HTTP:
 * an echo server (what did the gateway forward? on which connection?) with paths that show bodies streamed both ways,
 * a server that answers too late, and a port where nothing listens (a stopped service). The echo server's
 * {@code /q/openapi} has no document until a test switches one on ({@code POST /stand-in/openapi/v1}). The real services are exercised end to end in e2e-tests.
 */
public class StandInServices implements QuarkusTestResourceLifecycleManager {

    private final Semaphore firstPartRead = new Semaphore(0);
    private final AtomicLong uploaded = new AtomicLong();
    private final AtomicReference<String> openApiVersion = new AtomicReference<>("none");
    private final AtomicInteger openApiServed = new AtomicInteger();
    private HttpServer echo;
    private HttpServer slow;

    @Override
    public Map<String, String> start() {
        try {
            echo = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            echo.createContext("/", exchange -> {
                byte[] body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = in.readAllBytes();
                }
                String headers = exchange.getRequestHeaders().entrySet().stream()
                        .map(e -> e.getKey().toLowerCase() + "=" + String.join(",", e.getValue()))
                        .sorted().collect(Collectors.joining("\n"));
                String answer = "method=" + exchange.getRequestMethod() + "\nuri=" + exchange.getRequestURI()
                        + "\nbody=" + new String(body, StandardCharsets.UTF_8) + "\n" + headers
                        + "\npeer=" + exchange.getRemoteAddress().getPort();
                byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/plain");
                exchange.getResponseHeaders().add("X-Stand-In", "echo");
                exchange.sendResponseHeaders(207, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            echo.createContext("/api/v1/monitoring/stream", exchange -> {
                // the first part, then the rest only once the client has read the first (or after 10 s)
                exchange.getResponseHeaders().add("Content-Type", "text/plain");
                exchange.sendResponseHeaders(200, 0);
                OutputStream out = exchange.getResponseBody();
                out.write("first part\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
                boolean released;
                try {
                    released = firstPartRead.tryAcquire(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    released = false;
                }
                out.write(("rest, sent after the client read the first part: " + released + "\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.close();
            });
            echo.createContext("/api/v1/monitoring/stream-read", exchange -> {
                firstPartRead.release();
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            echo.createContext("/api/v1/monitoring/upload", exchange -> {
                // counts the body's bytes as they arrive (read by upload-progress while the client still sends)
                uploaded.set(0);
                byte[] buffer = new byte[8192];
                try (InputStream in = exchange.getRequestBody()) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        uploaded.addAndGet(n);
                    }
                }
                byte[] bytes = ("received=" + uploaded.get()).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            echo.createContext("/api/v1/monitoring/upload-progress", exchange -> {
                byte[] bytes = String.valueOf(uploaded.get()).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            echo.createContext("/q/openapi", exchange -> {
                // no document until a test asks for one (MergedDocumentCacheTest), as a service without OpenAPI
                openApiServed.incrementAndGet();
                String name = openApiVersion.get();
                if (name.equals("none") || name.equals("down")) {
                    exchange.sendResponseHeaders(name.equals("none") ? 404 : 503, -1);
                    exchange.close();
                    return;
                }
                byte[] bytes = ("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"monitoring\",\"version\":\"1\"},\"paths\":{"
                        + "\"/api/v1/monitoring/" + name + "\":{\"get\":{\"operationId\":\"monitoring" + name + "\","
                        + "\"summary\":\"s\",\"description\":\"d\",\"responses\":{\"200\":{\"description\":\"ok\"}}}}}}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            echo.createContext("/stand-in/", exchange -> {
                // POST /stand-in/openapi/{v1|v2|none|down} switches the document; GET /stand-in/openapi-served counts
                String path = exchange.getRequestURI().getPath();
                byte[] bytes = new byte[0];
                if (path.startsWith("/stand-in/openapi/")) {
                    openApiVersion.set(path.substring("/stand-in/openapi/".length()));
                } else {
                    bytes = String.valueOf(openApiServed.get()).getBytes(StandardCharsets.UTF_8);
                }
                exchange.sendResponseHeaders(200, bytes.length == 0 ? -1 : bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            echo.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            echo.start();
            slow = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            slow.createContext("/", exchange -> {
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            slow.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            slow.start();
            return Map.of(
                    "cmq.gateway.services.monitoring.url", "http://127.0.0.1:" + echo.getAddress().getPort(),
                    "cmq.gateway.services.funding.url", "http://127.0.0.1:" + slow.getAddress().getPort(),
                    "cmq.gateway.services.labelling.url", "http://127.0.0.1:" + unusedPort(),
                    "cmq.gateway.response-timeout", "1s",
                    "cmq.gateway.openapi-refresh", "1s");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void stop() {
        echo.stop(0);
        slow.stop(0);
    }
}
