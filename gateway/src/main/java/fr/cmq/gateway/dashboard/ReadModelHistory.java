package fr.cmq.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.common.events.EventEnvelope;
import fr.cmq.events.EventContract;
import fr.cmq.events.Topics;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static fr.cmq.events.funding.FundingEventTypes.BUDGET_DECLARED;
import static fr.cmq.events.funding.FundingEventTypes.BUDGET_UPDATED;
import static fr.cmq.events.funding.FundingEventTypes.DIRECTOR_FUNDING_DECLARED;
import static fr.cmq.events.funding.FundingEventTypes.DIRECTOR_FUNDING_UPDATED;

/**
 * The campuses' successive states (V9__campus_history.sql): every applied event that changed the read model is a
 * {@code campus_change}, and each part of the campus it changed gets a version, a copy of the row it produced stamped
 * with the event's {@code occurredAt}. A state as of an instant is read part by part (the newest version of each part
 * at or before it, that part's columns only), which stays right when one service's events arrive after another's
 * later ones. Which column belongs to which part is listed here, once; a column not listed (one a later migration
 * adds to {@code campus_row}) belongs to the register. The copies go by column name, from the catalogue.
 */
@ApplicationScoped
public class ReadModelHistory {

    /** The parts of a campus row, each versioned on its own (the projector's per-part event versions). */
    enum Part {
        REGISTER, LABEL, PROFILE, PARTNERS, STEERING
    }

    /** The parts of a campus's year row. */
    enum YearPart {
        FORECAST, DIRECTOR_FUNDING
    }

    /** The columns of each part besides the register's (which takes every column not listed). */
    static final Map<String, Part> COLUMN_PARTS = parts(Map.of(
            Part.LABEL, List.of("label", "label_state", "label_start", "label_expiry", "label_withdrawn_on",
                    "label_event_version", "label_basis", "label_fixed_status", "label_source"),
            Part.PROFILE, List.of("profile", "legal_form", "support_type", "director_post", "profile_event_version",
                    "profile_source"),
            Part.PARTNERS, List.of("partner_summary", "active_partners", "partners_event_version", "public_initial",
                    "public_continuing", "private_initial", "private_continuing", "partner_flags", "partners_source"),
            Part.STEERING, List.of("steering", "steering_event_version", "steering_year", "steering_with_target",
                    "steering_recent_values", "steering_plan_completion", "headline_indicators", "headline_horizons",
                    "headline_years", "headline_values", "headline_targets", "headline_gaps", "has_value_points",
                    "steering_source")));
    /** The campus row's columns that no version holds: read from the change log or the live row. */
    private static final Set<String> NOT_VERSIONED = Set.of("campus_id", "updated_at", "updated_at_key", "change_seq");
    /** The year row's director funding column (every other column but the keys is the forecast budget's). */
    static final String DIRECTOR_COLUMN = "director_non_rectorat_percent";
    private static final Set<String> VERSION_COLUMNS = Set.of("change_id", "part", "valid_from");

    @Inject
    EntityManager entityManager;
    @Inject
    AgroalDataSource dataSource;

    /** A column of a live table: its name and its default (null for none). */
    private record Column(String name, String defaultValue) {
    }

    private volatile List<Column> campusColumns;
    private volatile List<Column> yearColumns;
    private volatile String asOfFrom;

    private static Map<String, Part> parts(Map<Part, List<String>> columns) {
        Map<String, Part> parts = new LinkedHashMap<>();
        columns.forEach((part, names) -> names.forEach(name -> parts.put(name, part)));
        return Map.copyOf(parts);
    }

    /** The per-part event versions of a campus row, before an event is applied (to see which parts it changed). */
    static long[] partVersions(CampusReadModel campus) {
        return new long[]{campus.campusEventVersion, campus.labelEventVersion, campus.profileEventVersion,
                campus.partnersEventVersion, campus.steeringEventVersion};
    }

    /**
     * Records an applied event that changed the read model (in its transaction, after the projector set the row):
     * the change, and a version of each part it changed.
     */
    void record(String topic, EventEnvelope event, CampusReadModel campus, long[] versionsBefore) {
        entityManager.flush(); // the row as the event left it (its typed columns projected)
        long[] after = partVersions(campus);
        entityManager.unwrap(Session.class).doWork(connection -> {
            long changeId = change(connection, topic, event);
            Part[] parts = Part.values();
            for (int i = 0; i < parts.length; i++) {
                if (after[i] != versionsBefore[i]) {
                    copyCampusRow(connection, event, parts[i], changeId);
                }
            }
            if (Topics.FUNDING.equals(topic)) {
                fundingVersions(connection, event, changeId);
            }
        });
    }

    private long change(Connection connection, String topic, EventEnvelope event) throws SQLException {
        try (PreparedStatement sql = connection.prepareStatement("""
                insert into campus_change (campus_id, occurred_at, occurred_at_key, service, event_type, event_id,
                    event_version, source, actor)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?) returning change_id""")) {
            sql.setObject(1, event.campusId());
            sql.setObject(2, event.occurredAt().atOffset(ZoneOffset.UTC));
            sql.setString(3, event.occurredAt().truncatedTo(ChronoUnit.MICROS).toString());
            sql.setString(4, service(topic));
            sql.setString(5, event.type());
            sql.setObject(6, event.eventId());
            sql.setLong(7, event.version());
            sql.setString(8, EventContract.toJson(ChangeSource.of(event)));
            sql.setString(9, event.actor());
            try (ResultSet row = sql.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** The service of a topic, as the history names it: labelling, monitoring or funding. */
    static String service(String topic) {
        String[] words = topic.split("\\.");
        return words.length > 1 ? words[1] : topic;
    }

    private void copyCampusRow(Connection connection, EventEnvelope event, Part part, long changeId)
            throws SQLException {
        copyRow(connection, "campus_row", campusColumns(connection), part.name(), changeId, event, null);
    }

    /** A budget's or director funding's version, and its year row's (the forecast budget's or director funding's). */
    private void fundingVersions(Connection connection, EventEnvelope event, long changeId) throws SQLException {
        JsonNode data = event.data();
        int year = data.path("year").asInt();
        String type = event.type();
        if (type.equals(BUDGET_DECLARED) || type.equals(BUDGET_UPDATED)) {
            String kind = data.path("kind").asText();
            insert(connection, """
                    insert into budget_row_version (campus_id, year, kind, view, change_id, valid_from)
                    select campus_id, year, kind, view, ?, ? from budget_row
                    where campus_id = ? and year = ? and kind = ?""", changeId, event, year, kind);
            if ("FORECAST".equals(kind)) {
                copyYearRow(connection, event, YearPart.FORECAST, year, changeId);
            }
        } else if (type.equals(DIRECTOR_FUNDING_DECLARED) || type.equals(DIRECTOR_FUNDING_UPDATED)) {
            insert(connection, """
                    insert into director_funding_row_version (campus_id, year, view, change_id, valid_from)
                    select campus_id, year, view, ?, ? from director_funding_row
                    where campus_id = ? and year = ?""", changeId, event, year, null);
            copyYearRow(connection, event, YearPart.DIRECTOR_FUNDING, year, changeId);
        }
    }

    private static void insert(Connection connection, String statement, long changeId, EventEnvelope event, int year,
                               String kind) throws SQLException {
        try (PreparedStatement sql = connection.prepareStatement(statement)) {
            sql.setLong(1, changeId);
            sql.setObject(2, event.occurredAt().atOffset(ZoneOffset.UTC));
            sql.setObject(3, event.campusId());
            sql.setInt(4, year);
            if (kind != null) {
                sql.setString(5, kind);
            }
            sql.executeUpdate();
        }
    }

    private void copyYearRow(Connection connection, EventEnvelope event, YearPart part, int year, long changeId)
            throws SQLException {
        copyRow(connection, "campus_year_row", yearColumns(connection), part.name(), changeId, event, year);
    }

    /** Copies the live row of the event's campus (and year, for a year row) into its version table, as that part's. */
    private static void copyRow(Connection connection, String table, List<Column> columns, String part, long changeId,
                                EventEnvelope event, Integer year) throws SQLException {
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        try (PreparedStatement sql = connection.prepareStatement("insert into " + table + "_version (" + names
                + ", change_id, part, valid_from) select " + names + ", ?, ?, ? from " + table
                + " where campus_id = ?" + (year == null ? "" : " and year = ?"))) {
            sql.setLong(1, changeId);
            sql.setString(2, part);
            sql.setObject(3, event.occurredAt().atOffset(ZoneOffset.UTC));
            sql.setObject(4, event.campusId());
            if (year != null) {
                sql.setInt(5, year);
            }
            sql.executeUpdate();
        }
    }

    /**
     * The FROM clause of the national table's query as of {@code p.as_of} (see {@link TableSql}): the parameters
     * {@code p} first, then each campus's row assembled part by part from its versions ({@code r}, only the campuses
     * whose register was published by then), and its year row likewise ({@code y}).
     */
    String asOfFrom() {
        String from = asOfFrom;
        if (from == null) {
            try (Connection connection = dataSource.getConnection()) {
                from = asOfFrom = buildAsOfFrom(campusColumns(connection), yearColumns(connection));
            } catch (SQLException e) {
                throw new IllegalStateException("The read model's version tables cannot be read", e);
            }
        }
        return from;
    }

    /**
     * The as-of FROM clause. A campus whose every change occurred at or before the instant ({@code updated_at}, the
     * newest change's occurredAt, is not after it) is today's row as it is: only the others are assembled from their
     * versions ({@code as_of_live} tells which, for the year row likewise).
     */
    private static String buildAsOfFrom(List<Column> campus, List<Column> year) {
        List<String> live = new ArrayList<>(List.of("c.campus_id", "c.updated_at", "c.updated_at_key", "c.change_seq"));
        List<String> row = new ArrayList<>(List.of("c.campus_id", "u.occurred_at as updated_at",
                "u.occurred_at_key as updated_at_key", "c.change_seq"));
        for (Column column : campus) {
            if (NOT_VERSIONED.contains(column.name())) {
                continue;
            }
            live.add("c." + column.name());
            Part part = COLUMN_PARTS.getOrDefault(column.name(), Part.REGISTER);
            String value = alias(part) + "." + column.name();
            // a part without a version by then has its columns' defaults, as a row the part never reached
            row.add((part != Part.REGISTER && column.defaultValue() != null
                    ? "coalesce(" + value + ", " + column.defaultValue() + ")" : value) + " as " + column.name());
        }
        live.add("true as as_of_live");
        row.add("false as as_of_live");
        StringBuilder from = new StringBuilder("""
                from (select cast(? as date) as today, cast(? as int) as year, cast(? as int) as last_year,
                    cast(? as timestamptz) as as_of) p
                cross join lateral (select %s
                    from campus_row c where c.updated_at <= p.as_of
                  union all select %s
                    from campus_row c""".formatted(String.join(", ", live), String.join(", ", row)));
        for (Part part : Part.values()) {
            from.append(part == Part.REGISTER ? "\n    join lateral" : "\n    left join lateral").append("""
                     (select * from campus_row_version v where v.campus_id = c.campus_id and v.part = '%s'
                        and v.valid_from <= p.as_of order by v.valid_from desc, v.change_id desc limit 1) %s on true"""
                    .formatted(part.name(), alias(part)));
        }
        from.append("""

                    left join lateral (select h.occurred_at, h.occurred_at_key from campus_change h
                        where h.campus_id = c.campus_id and h.occurred_at <= p.as_of
                        order by h.occurred_at desc limit 1) u on true
                    where c.updated_at > p.as_of) r
                """);
        List<String> liveYear = new ArrayList<>(List.of("l.campus_id", "l.year"));
        List<String> yearRow = new ArrayList<>(List.of("r.campus_id", "p.year"));
        for (Column column : year) {
            if (column.name().equals("campus_id") || column.name().equals("year")) {
                continue;
            }
            liveYear.add("l." + column.name());
            yearRow.add((column.name().equals(DIRECTOR_COLUMN) ? "d." : "f.") + column.name() + " as " + column.name());
        }
        from.append("""
                left join lateral (select %s from campus_year_row l
                    where r.as_of_live and l.campus_id = r.campus_id and l.year = p.year
                  union all select %s from (select 1) o""".formatted(String.join(", ", liveYear),
                String.join(", ", yearRow)));
        for (YearPart part : YearPart.values()) {
            from.append("""

                        left join lateral (select * from campus_year_row_version w where w.campus_id = r.campus_id
                            and w.year = p.year and w.part = '%s' and w.valid_from <= p.as_of
                            order by w.valid_from desc, w.change_id desc limit 1) %s on true"""
                    .formatted(part.name(), part == YearPart.FORECAST ? "f" : "d"));
        }
        return from.append("\n    where not r.as_of_live) y on true").toString();
    }

    private static String alias(Part part) {
        return "v_" + part.name().toLowerCase();
    }

    private List<Column> campusColumns(Connection connection) throws SQLException {
        List<Column> columns = campusColumns;
        if (columns == null) {
            columns = campusColumns = versioned(connection, "campus_row", "campus_row_version");
        }
        return columns;
    }

    private List<Column> yearColumns(Connection connection) throws SQLException {
        List<Column> columns = yearColumns;
        if (columns == null) {
            columns = yearColumns = versioned(connection, "campus_year_row", "campus_year_row_version");
        }
        return columns;
    }

    /** The columns of a live table its version table also has (by name), in the live table's order. */
    private static List<Column> versioned(Connection connection, String table, String versions)
            throws SQLException {
        try (PreparedStatement sql = connection.prepareStatement("""
                select l.column_name, l.column_default from information_schema.columns l
                join information_schema.columns v on v.table_schema = l.table_schema and v.table_name = ?
                    and v.column_name = l.column_name
                where l.table_schema = current_schema() and l.table_name = ? order by l.ordinal_position""")) {
            sql.setString(1, versions);
            sql.setString(2, table);
            List<Column> columns = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    String name = rows.getString(1);
                    if (!VERSION_COLUMNS.contains(name)) {
                        columns.add(new Column(name, rows.getString(2)));
                    }
                }
            }
            return List.copyOf(columns);
        }
    }
}
