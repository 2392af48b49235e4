package fr.cmq.local;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./run-local.sh}: starts the whole platform on its embedded defaults and keeps it until
 * Ctrl-C, which stops everything it started. Data stays in {@code .local-data/} between runs.
 * Ports and folder can be changed with CMQ_DATA_DIR, CMQ_POSTGRES_PORT, CMQ_KAFKA_PORT, CMQ_GATEWAY_PORT,
 * CMQ_LABELLING_PORT, CMQ_MONITORING_PORT and CMQ_FUNDING_PORT; an identity provider with CMQ_JWT_ISSUER,
 * CMQ_JWT_PUBLIC_KEY (its JWKS URL), CMQ_JWT_ROLES_CLAIM, CMQ_WEB_LOGIN=oidc, CMQ_OIDC_ISSUER, CMQ_OIDC_CLIENT_SECRET...
 * Several replicas of a service or of the gateway: CMQ_LABELLING_REPLICAS=2, CMQ_MONITORING_REPLICAS,
 * CMQ_FUNDING_REPLICAS, CMQ_GATEWAY_REPLICAS (replica n listens on the first one's port + 10 × (n - 1): gateway 8080,
 * 8090...; labelling 8081, 8091...).
 */
public final class LocalPlatformMain {

    private LocalPlatformMain() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Path project = Path.of("").toAbsolutePath();
        Path data = Path.of(env("CMQ_DATA_DIR", project.resolve(".local-data").toString())).toAbsolutePath();
        LocalPlatform.Settings settings = new LocalPlatform.Settings(project, data,
                Integer.parseInt(env("CMQ_POSTGRES_PORT", "5432")), Integer.parseInt(env("CMQ_KAFKA_PORT", "9092")),
                Integer.parseInt(env("CMQ_GATEWAY_PORT", "8080")), Integer.parseInt(env("CMQ_LABELLING_PORT", "8081")),
                Integer.parseInt(env("CMQ_MONITORING_PORT", "8082")), Integer.parseInt(env("CMQ_FUNDING_PORT", "8083")),
                identityProvider());
        boolean provider = settings.environment().containsKey("CMQ_JWT_ISSUER");
        System.out.println("Starting PostgreSQL, Kafka and the four services (data in " + data + ") ...");
        CountDownLatch stopped = new CountDownLatch(1);
        LocalPlatform platform = LocalPlatform.start(settings);
        StringBuilder replicas = new StringBuilder();
        // services first, so that each gateway replica finds its service replicas
        for (String service : java.util.List.of("labelling", "monitoring", "funding", "gateway")) {
            int count = Integer.parseInt(env("CMQ_" + service.toUpperCase() + "_REPLICAS", "1"));
            int first = platform.service(service).port();
            for (int n = 2; n <= count; n++) {
                System.out.println("Starting " + service + " replica " + n + " ...");
                ServiceProcess replica = platform.startReplica(service, first + 10 * (n - 1));
                replicas.append(String.format("  %-22s %s%n", replica.name() + ":", replica.url()));
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the CMQ platform ...");
            platform.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }, "local-platform-stop"));
        String tokens = provider ? "from " + settings.environment().get("CMQ_JWT_ISSUER") + " (the local key is not trusted)"
                : platform.writeTokens() + "   (source it, then use $NATIONAL_TOKEN)";
        System.out.printf("""

                CMQ platform ready in %.1f s
                  Gateway (public API):  %s/api/v1/...
                  Web page:              %s/   (%s)
                  Health:                %s/q/health
                  Tokens:                %s
                  Metrics (Prometheus):  %s/q/metrics   (and each service's, e.g. %s/q/metrics)
                  Logs:                  %s
                %sPress Ctrl-C to stop everything.
                """, (System.nanoTime() - started) / 1e9, platform.gatewayUrl(), platform.gatewayUrl(),
                "oidc".equals(settings.environment().get("CMQ_WEB_LOGIN")) ? "login through the identity provider"
                        : "open on 127.0.0.1 without login", platform.gatewayUrl(), tokens, platform.gatewayUrl(),
                platform.service("labelling").url(), data.resolve("logs"),
                replicas.isEmpty() ? "" : "Replicas:\n" + replicas);
        stopped.await();
    }

    /**
     * The identity provider's settings given to run-local.sh (CMQ_JWT_*, CMQ_OIDC_*, CMQ_WEB_LOGIN, CMQ_CORS_ORIGINS),
     * passed on to the services; none: the local key and tokens, the page open on loopback.
     */
    static Map<String, String> identityProvider() {
        Map<String, String> settings = new TreeMap<>();
        System.getenv().forEach((name, value) -> {
            if (name.startsWith("CMQ_JWT_") && !name.equals("CMQ_JWT_PUBLIC_KEY") || name.startsWith("CMQ_OIDC_")
                    || name.equals("CMQ_WEB_LOGIN") || name.equals("CMQ_CORS_ORIGINS")) {
                settings.put(name, value);
            }
        });
        if (settings.containsKey("CMQ_JWT_ISSUER") && System.getenv("CMQ_JWT_PUBLIC_KEY") != null) {
            settings.put("CMQ_JWT_PUBLIC_KEY", System.getenv("CMQ_JWT_PUBLIC_KEY"));
        }
        return settings;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
