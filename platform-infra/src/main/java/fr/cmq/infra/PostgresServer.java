package fr.cmq.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real PostgreSQL server from the zonky embedded binaries, listening on loopback only.
 * The data directory is kept between runs when the caller passes a persistent folder.
 * <p>
 * Every acknowledged commit is on disk: the server runs with {@link #DURABILITY} (zonky's own default is
 * {@code synchronous_commit=off}, under which a crash loses the commits of the last few hundred milliseconds).
 * Its error messages leave out the rows' values ({@code log_error_verbosity=terse}: no DETAIL line such as
 * "Key (siret)=(...)" or "Failing row contains (...)").
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String DATABASE = "postgres";

    /** The settings that make a commit durable once acknowledged; docker-compose's postgres service has the same. */
    public static final Map<String, String> DURABILITY = Map.of(
            "synchronous_commit", "on",
            "fsync", "on",
            "full_page_writes", "on");

    private final Path dataDirectory;
    private final int port;
    private volatile EmbeddedPostgres postgres;

    private PostgresServer(Path dataDirectory, EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.postgres = postgres;
        this.port = postgres.getPort();
    }

    /**
     * Starts PostgreSQL on {@code port} (0 picks a free port) with its data in {@code dataDirectory}.
     * An existing data directory is reused as it is.
     */
    public static PostgresServer start(Path dataDirectory, int port) throws IOException {
        Files.createDirectories(dataDirectory.getParent());
        return new PostgresServer(dataDirectory, launch(dataDirectory, port));
    }

    private static EmbeddedPostgres launch(Path dataDirectory, int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200")
                .setServerConfig("log_error_verbosity", "terse");
        DURABILITY.forEach(builder::setServerConfig);
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    /**
     * Starts the server again on the same data directory and port after its processes died (a crash, a SIGKILL):
     * PostgreSQL replays its write-ahead log, and clients reconnect to the same URL. Refused while the postmaster
     * of {@code postmaster.pid} is still running.
     */
    public synchronized void restart() throws IOException {
        Optional<Long> running = postmasterPid().filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive)
                .orElse(false));
        if (running.isPresent()) {
            throw new IllegalStateException("PostgreSQL is still running (postmaster " + running.get() + ")");
        }
        try {
            postgres.close(); // releases the data directory's lock; its stop finds no server, which it logs
        } catch (IOException | RuntimeException e) {
            // the server is already gone: nothing more to stop
        }
        postgres = launch(dataDirectory, port);
    }

    /** The PID of the postmaster, from the first line of {@code postmaster.pid} in the data directory (if any). */
    public Optional<Long> postmasterPid() throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
