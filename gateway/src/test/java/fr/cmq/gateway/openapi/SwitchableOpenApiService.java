package fr.cmq.gateway.openapi;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in monitoring service whose {@code /q/openapi} the test switches ({@code POST /stand-in/version/{name}}:
 * a document with the path {@code /api/v1/monitoring/{name}}; {@code POST /stand-in/down}: 503, as a service being
 * restarted); {@code GET /stand-in/served} says how many times its document was read. Labelling and funding are
 * ports where nothing listens.
 */
public class SwitchableOpenApiService implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;
    private final AtomicReference<String> version = new AtomicReference<>("v1");
    private final AtomicInteger served = new AtomicInteger();

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/q/openapi", exchange -> {
                served.incrementAndGet();
                String name = version.get();
                if (name == null) {
                    exchange.sendResponseHeaders(503, -1);
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
            server.createContext("/stand-in/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                byte[] bytes = new byte[0];
                if (path.startsWith("/stand-in/version/")) {
                    version.set(path.substring("/stand-in/version/".length()));
                } else if (path.equals("/stand-in/down")) {
                    version.set(null);
                } else {
                    bytes = String.valueOf(served.get()).getBytes(StandardCharsets.UTF_8);
                }
                exchange.sendResponseHeaders(200, bytes.length == 0 ? -1 : bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
            return Map.of(
                    "cmq.gateway.services.monitoring.url", "http://127.0.0.1:" + server.getAddress().getPort(),
                    "cmq.gateway.services.labelling.url", "http://127.0.0.1:" + unusedPort(),
                    "cmq.gateway.services.funding.url", "http://127.0.0.1:" + unusedPort(),
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
        server.stop(0);
    }
}
