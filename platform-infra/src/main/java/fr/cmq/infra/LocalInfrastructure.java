package fr.cmq.infra;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What the platform runs on, on this machine: a real PostgreSQL server and a real Kafka broker (KRaft) with their data
 * in one folder ({@code postgres/} and {@code kafka/}), and the key that signs the bearer tokens. The local platform
 * (local-run) and the service tests (platform-testing) start it the same way.
 *
 * @param folder   where the data lives
 * @param postgres the PostgreSQL server, in {@code folder/postgres}
 * @param kafka    the Kafka broker, in {@code folder/kafka}
 * @param keys     the token-signing key
 */
public record LocalInfrastructure(Path folder, PostgresServer postgres, KafkaBroker kafka, LocalKeys keys)
        implements AutoCloseable {

    /**
     * Starts PostgreSQL, then Kafka, with their data in {@code folder} (an existing folder is reused as it is); a port
     * of 0 picks a free one. If Kafka cannot start, PostgreSQL is stopped again.
     */
    public static LocalInfrastructure start(Path folder, int postgresPort, int kafkaPort, LocalKeys keys)
            throws Exception {
        PostgresServer postgres = PostgresServer.start(folder.resolve("postgres"), postgresPort);
        try {
            return new LocalInfrastructure(folder, postgres, KafkaBroker.start(folder.resolve("kafka"), kafkaPort), keys);
        } catch (Exception | Error e) {
            stopQuietly(postgres);
            throw e;
        }
    }

    /** Mints tokens signed with {@link #keys()}. */
    public TokenMinter tokens() {
        return keys.minter();
    }

    /** Stops Kafka, then PostgreSQL; a server that does not stop cleanly is reported and the other still stops. */
    @Override
    public void close() {
        try {
            kafka.close();
        } catch (RuntimeException e) {
            System.err.println("Kafka did not stop cleanly: " + e);
        }
        stopQuietly(postgres);
    }

    private static void stopQuietly(PostgresServer postgres) {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e);
        }
    }
}
