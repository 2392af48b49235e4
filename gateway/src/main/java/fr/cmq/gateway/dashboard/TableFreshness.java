package fr.cmq.gateway.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Optional;

/**
 * How fresh the national table is: when the newest event applied to the read model occurred (read from the database,
 * so every replica gives the same). The answers of the table, its summary, its CSV and the campus detail carry it in
 * the {@value #HEADER} header (RFC 3339, UTC); the web page shows it.
 */
@ApplicationScoped
public class TableFreshness {

    /** The header of the answers. */
    public static final String HEADER = "X-Data-Freshness";
    /** Its description in the OpenAPI document. */
    public static final String DESCRIPTION = "When the newest event applied to the national table occurred (RFC 3339, "
            + "UTC); absent while the table has none";

    @Inject
    ProjectionState state;

    /** When the newest applied event occurred; empty while none was applied (or since a rebuild started). */
    public Optional<Instant> lastAppliedEventAt() {
        return Optional.ofNullable(state.read().lastEventAt());
    }
}
