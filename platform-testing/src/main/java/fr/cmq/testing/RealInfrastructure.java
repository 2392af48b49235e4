package fr.cmq.testing;

import fr.cmq.infra.KafkaBroker;
import fr.cmq.infra.LocalKeys;
import fr.cmq.infra.PostgresServer;
import fr.cmq.infra.TokenMinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One real PostgreSQL server, one real Kafka broker and one signing key per test JVM, started on
 * first use on free loopback ports, with their data in a temporary folder, and stopped at JVM exit.
 */
public final class RealInfrastructure {

    private static RealInfrastructure instance;

    private final Path folder;
    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final LocalKeys keys;

    private RealInfrastructure() throws Exception {
        folder = Files.createTempDirectory("cmq-test-");
        postgres = PostgresServer.start(folder.resolve("postgres"), 0);
        kafka = KafkaBroker.start(folder.resolve("kafka"), 0);
        keys = LocalKeys.generate();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopQuietly, "test-infrastructure-stop"));
    }

    public static synchronized RealInfrastructure get() {
        if (instance == null) {
            try {
                instance = new RealInfrastructure();
            } catch (Exception e) {
                throw new IllegalStateException("Cannot start the test PostgreSQL and Kafka", e);
            }
        }
        return instance;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public LocalKeys keys() {
        return keys;
    }

    public TokenMinter tokens() {
        return keys.minter();
    }

    public Path folder() {
        return folder;
    }

    private void stopQuietly() {
        try {
            kafka.close();
        } catch (RuntimeException e) {
            // The JVM is exiting; nothing more to do.
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
