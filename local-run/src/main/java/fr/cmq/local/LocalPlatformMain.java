package fr.cmq.local;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./run-local.sh}: starts the whole platform on its embedded defaults and keeps it until
 * Ctrl-C, which stops everything it started. Data stays in {@code .local-data/} between runs.
 * Ports and folder can be changed with CMQ_DATA_DIR, CMQ_POSTGRES_PORT, CMQ_KAFKA_PORT, CMQ_GATEWAY_PORT,
 * CMQ_LABELLING_PORT, CMQ_MONITORING_PORT and CMQ_FUNDING_PORT.
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
                Integer.parseInt(env("CMQ_MONITORING_PORT", "8082")), Integer.parseInt(env("CMQ_FUNDING_PORT", "8083")));
        System.out.println("Starting PostgreSQL, Kafka and the four services (data in " + data + ") ...");
        CountDownLatch stopped = new CountDownLatch(1);
        LocalPlatform platform = LocalPlatform.start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the CMQ platform ...");
            platform.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }, "local-platform-stop"));
        Path tokens = platform.writeTokens();
        System.out.printf("""

                CMQ platform ready in %.1f s
                  Gateway (public API):  %s/api/v1/...
                  Health:                %s/q/health
                  Tokens:                %s   (source it, then use $NATIONAL_TOKEN)
                  Logs:                  %s
                Press Ctrl-C to stop everything.
                """, (System.nanoTime() - started) / 1e9, platform.gatewayUrl(), platform.gatewayUrl(), tokens,
                data.resolve("logs"));
        stopped.await();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
