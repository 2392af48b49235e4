package fr.cmq.common.testing;

import fr.cmq.infra.PostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The real PostgreSQL of platform-common's tests: one server per test JVM (platform-infra's embedded binaries, on a
 * free loopback port), started on first use and stopped, with its data folder deleted, at JVM exit. Each test class
 * takes a database of its own, so no class sees another's tables.
 */
public final class TestDatabases {

    private static PostgresServer server;

    private TestDatabases() {
    }

    /** A new, empty database of that name (a lower-case SQL identifier): its JDBC URL. */
    public static synchronized String create(String name) throws IOException, SQLException {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection connection = connect(server().jdbcUrl()); Statement sql = connection.createStatement()) {
            sql.execute("drop database if exists " + name);
            sql.execute("create database " + name);
        }
        String url = server.jdbcUrl();
        return url.substring(0, url.lastIndexOf('/') + 1) + name;
    }

    /** A connection to a database of the test server, as its superuser. */
    public static Connection connect(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, PostgresServer.USER, "");
    }

    private static PostgresServer server() throws IOException {
        if (server == null) {
            Path folder = Files.createTempDirectory("cmq-common-test-");
            PostgresServer started = PostgresServer.start(folder.resolve("postgres"), 0);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started, folder), "test-postgres-stop"));
            server = started;
        }
        return server;
    }

    private static void stop(PostgresServer postgres, Path folder) {
        try {
            postgres.close();
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
