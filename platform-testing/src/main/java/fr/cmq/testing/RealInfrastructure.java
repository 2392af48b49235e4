package fr.cmq.testing;

import fr.cmq.infra.LocalInfrastructure;
import fr.cmq.infra.LocalKeys;

import java.nio.file.Files;

/**
 * One real PostgreSQL server, one real Kafka broker and one signing key per test JVM, started on
 * first use on free loopback ports, with their data in a temporary folder, and stopped at JVM exit.
 * {@code RealInfrastructure.get().kafka().bootstrapServers()}, {@code .postgres().jdbcUrl()}, {@code .tokens()}.
 */
public final class RealInfrastructure {

    private static LocalInfrastructure instance;

    private RealInfrastructure() {
    }

    public static synchronized LocalInfrastructure get() {
        if (instance == null) {
            try {
                instance = LocalInfrastructure.start(Files.createTempDirectory("cmq-test-"), 0, 0, LocalKeys.generate());
            } catch (Exception e) {
                throw new IllegalStateException("Cannot start the test PostgreSQL and Kafka", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "test-infrastructure-stop"));
        }
        return instance;
    }
}
