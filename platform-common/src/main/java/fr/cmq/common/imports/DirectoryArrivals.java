package fr.cmq.common.imports;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** {@link CampusArrivals} by polling the campus directory's {@code known_campus} table every 100 ms. */
@ApplicationScoped
@IfBuildProperty(name = "cmq.campus-directory.enabled", stringValue = "true")
public class DirectoryArrivals implements CampusArrivals {

    private static final long POLL_MILLIS = 100;

    @Inject
    DataSource dataSource;

    @Override
    public void await(Collection<UUID> campusIds, long deadlineNanos) {
        Set<UUID> missing = new HashSet<>(campusIds);
        while (!missing.isEmpty()) {
            missing.removeAll(known(missing));
            if (missing.isEmpty() || System.nanoTime() - deadlineNanos >= 0) {
                return;
            }
            try {
                Thread.sleep(Math.min(POLL_MILLIS, Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime()))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Set<UUID> known(Set<UUID> ids) {
        Set<UUID> known = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select id from known_campus where id = any(?)")) {
            select.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    known.add(rows.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The campus directory could not be read", e);
        }
        return known;
    }
}
