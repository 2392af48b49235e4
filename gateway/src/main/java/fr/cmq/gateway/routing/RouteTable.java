package fr.cmq.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Resolves a request path to the base URL of the service that owns it, from {@link GatewayConfig}. */
@ApplicationScoped
public class RouteTable {

    /** A route's target: the service's name and base URL. */
    public record Target(String service, URI baseUrl) {

        public String host() {
            return baseUrl.getHost();
        }

        public int port() {
            return baseUrl.getPort() != -1 ? baseUrl.getPort() : "https".equals(baseUrl.getScheme()) ? 443 : 80;
        }

        /** The base URL's path without its final slash ("" for a service at the root), before the request's URI. */
        public String pathPrefix() {
            String path = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
            return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        }
    }

    private record Compiled(String[] segments, Target target) {
    }

    private final List<Compiled> routes = new ArrayList<>();

    public RouteTable(GatewayConfig config) {
        for (GatewayConfig.Route route : config.routes()) {
            GatewayConfig.Service service = config.services().get(route.service());
            if (service == null) {
                throw new IllegalStateException("Route " + route.pattern() + " names unknown service " + route.service());
            }
            routes.add(new Compiled(split(route.pattern()), new Target(route.service(), URI.create(service.url()))));
        }
    }

    public Optional<Target> resolve(String path) {
        String[] segments = split(path);
        for (Compiled route : routes) {
            if (matches(route.segments(), 0, segments, 0)) {
                return Optional.of(route.target());
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String[] pattern, int p, String[] path, int s) {
        if (p == pattern.length) {
            return s == path.length;
        }
        if (pattern[p].equals("**")) {
            for (int skip = s; skip <= path.length; skip++) {
                if (matches(pattern, p + 1, path, skip)) {
                    return true;
                }
            }
            return false;
        }
        if (s == path.length) {
            return false;
        }
        return (pattern[p].equals("*") || pattern[p].equals(path[s])) && matches(pattern, p + 1, path, s + 1);
    }

    private static String[] split(String path) {
        String trimmed = path.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/+");
    }
}
