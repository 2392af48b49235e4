package fr.cmq.gateway.routing;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The services behind the gateway and the route table that sends each public path to its owner. */
@ConfigMapping(prefix = "cmq.gateway")
public interface GatewayConfig {

    /** Each service by name ({@code labelling}, {@code monitoring}, {@code funding}) with its base URL. */
    Map<String, Service> services();

    /** Path patterns in order; the first that matches a request's path chooses the service. */
    List<Route> routes();

    Duration connectTimeout();

    Duration responseTimeout();

    /**
     * How often, at most, the gateway reads the services' OpenAPI documents again to see whether the merged
     * {@code /openapi} must be built again (fr.cmq.gateway.openapi.PublicApiDocument).
     */
    Duration openapiRefresh();

    /** The most keep-alive connections the proxy keeps open to each service (HTTP/1.1, no pipelining). */
    int connectionPoolSize();

    interface Service {
        String url();
    }

    interface Route {
        /** A path pattern: {@code *} matches one segment, {@code **} any number of segments (zero included). */
        String pattern();

        /** The name of a service of {@link #services()}. */
        String service();
    }
}
