package fr.cmq.gateway.dashboard;

import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.time.CmqClock;
import fr.cmq.common.web.Cursors;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The national table answered by PostgreSQL from the projection ({@link TableSql}): a page is one query with the
 * filters, the order, the cursor's keyset and a limit; the CSV and the summary read the matching rows as they come
 * from a database cursor, never the whole table in memory. No lock: each answer is its own query.
 */
@ApplicationScoped
public class NationalTable {

    /** Rows fetched from the database cursor at a time when streaming. */
    static final int FETCH_SIZE = 500;

    /** One page of rows: the rows, and the cursor of the next page (null on the last). */
    public record Slice(List<TableRow> items, String nextCursor) {
    }

    /** What takes the rows of a stream, one at a time (may write them out). */
    public interface RowSink {
        void accept(TableRow row) throws IOException;
    }

    @Inject
    AgroalDataSource dataSource;
    @Inject
    CmqClock clock;
    @Inject
    ReadModelHistory history;

    /** What starts the key of a cursor given as of an instant (then the asOf, then the table's key). */
    private static final String AS_OF_CURSOR = "asOf=";
    private static final String AS_OF_END = "\u0003";

    /** The page of {@code limit} rows after the cursor ({@code cursorKey} decoded; null for the first page). */
    public Slice page(TableQuery query, String cursorKey, int limit) {
        return page(query, cursorKey, limit, null);
    }

    /**
     * The page as of an instant (today's when {@code asOf} is null). A cursor given as of an instant remembers it:
     * it is refused (400 naming {@code cursor}) without that same {@code asOf}, and a cursor of today's table with one.
     */
    public Slice page(TableQuery query, String cursorKey, int limit, AsOf asOf) {
        TableSql sql = matching(query, asOf);
        String tableKey = tableKey(cursorKey, asOf);
        if (tableKey != null) {
            sql.after(query.sort(), TableOrder.keyset(tableKey, query.sort()));
        }
        List<TableRow> rows = list(sql.ordered(query.sort(), limit + 1), sql.parameters());
        if (rows.size() <= limit) {
            return new Slice(rows, null);
        }
        List<TableRow> items = rows.subList(0, limit);
        String next = TableOrder.cursorOf(items.get(limit - 1), query.sort());
        return new Slice(List.copyOf(items), Cursors.encode(asOf == null ? next
                : AS_OF_CURSOR + asOf.text() + AS_OF_END + next));
    }

    /** The table's key of a decoded cursor given with {@code asOf} (null for none). */
    private static String tableKey(String cursorKey, AsOf asOf) {
        if (cursorKey == null) {
            return null;
        }
        boolean ofAPast = cursorKey.startsWith(AS_OF_CURSOR);
        if (asOf == null && !ofAPast) {
            return cursorKey;
        }
        String prefix = asOf == null ? null : AS_OF_CURSOR + asOf.text() + AS_OF_END;
        if (prefix == null || !cursorKey.startsWith(prefix)) {
            throw ProblemException.invalid("cursor", ofAPast
                    ? "a cursor of the table as of another date: give the asOf it was given with"
                    : "a cursor of today's table: start again without it to read the table as of a date");
        }
        return cursorKey.substring(prefix.length());
    }

    /** The position (from 1) the page after the cursor starts at: the matching rows up to the cursor's, plus one. */
    public long firstPosition(TableQuery query, String cursorKey) {
        return firstPosition(query, cursorKey, null);
    }

    /** The position the page after the cursor starts at, in the table as of an instant (today's when null). */
    public long firstPosition(TableQuery query, String cursorKey, AsOf asOf) {
        if (cursorKey == null) {
            return 1;
        }
        TableSql sql = matching(query, asOf)
                .notAfter(query.sort(), TableOrder.keyset(tableKey(cursorKey, asOf), query.sort()));
        return count(sql) + 1;
    }

    /** Gives every row matching the query, in its order, as the database cursor reads them. */
    public void forEach(TableQuery query, RowSink sink) throws IOException {
        forEach(query, null, sink);
    }

    /** Gives every row matching the query as of an instant (today's when {@code asOf} is null). */
    public void forEach(TableQuery query, AsOf asOf, RowSink sink) throws IOException {
        TableSql sql = matching(query, asOf);
        stream(sql.ordered(TableOrder.orderBy(query.sort())), sql.parameters(), sink);
    }

    /** How many rows the query selects. */
    public long count(TableQuery query) {
        return count(query, null);
    }

    /** How many rows the query selects as of an instant (today's when {@code asOf} is null). */
    public long count(TableQuery query, AsOf asOf) {
        return count(matching(query, asOf));
    }

    /** The summary of the rows the query selects, aggregated by the database ({@link SummarySql}). */
    public NationalSummary summary(TableQuery query) {
        return summary(query, null);
    }

    /** The summary of the rows the query selects as of an instant (today's when {@code asOf} is null). */
    public NationalSummary summary(TableQuery query, AsOf asOf) {
        TableSql sql = matching(query, asOf);
        return query(SummarySql.over(sql.unordered()), sql.parameters(), rows -> {
            SummaryBuilder summary = new SummaryBuilder(query.year());
            while (rows.next()) {
                Number n = (Number) rows.getObject("n"); // counts and sums (a sum of bigint is a numeric)
                summary.take(rows.getString("kind"), rows.getString("code"), rows.getString("region"),
                        n == null ? null : n.longValue(), rows.getBigDecimal("value"), rows.getBigDecimal("target"));
            }
            return summary.build(query.includeDemoData());
        });
    }

    /** A registered campus's row for the year; empty when the register has not published it. */
    public Optional<TableRow> row(UUID campusId, int year) {
        return row(campusId, year, null);
    }

    /** A campus's row for the year as of an instant (today's when null); empty when not registered by then. */
    public Optional<TableRow> row(UUID campusId, int year, AsOf asOf) {
        TableSql sql = rows(year, asOf)
                .where("campus_id = ?", campusId);
        return list(sql.ordered("campus_id"), sql.parameters()).stream().findFirst();
    }

    /** A row and its position in the change feed. */
    record Change(TableRow row, long changeSeq) {
    }

    /** At most {@code limit} rows changed after a position of the change feed, oldest change first. */
    List<Change> changedAfter(long changeSeq, int limit, int year) {
        TableSql sql = TableSql.rows(clock.today(), year).where("change_seq > ?", changeSeq);
        List<Object> parameters = new ArrayList<>(sql.parameters());
        parameters.add(limit);
        return query(sql.ordered("change_seq") + " limit ?", parameters, rows -> {
            List<Change> changes = new ArrayList<>();
            while (rows.next()) {
                changes.add(new Change(ProjectedRow.read(rows), rows.getLong("change_seq")));
            }
            return changes;
        });
    }

    /** The rows the query's filters select, today's or as of an instant (read from the versions). */
    private TableSql matching(TableQuery query, AsOf asOf) {
        return TableSql.matching(query, clock.today(), asOf, asOf == null ? null : history.asOfFrom());
    }

    /** Every row for the year, today's or as of an instant. */
    private TableSql rows(int year, AsOf asOf) {
        return TableSql.rows(clock.today(), year, asOf, asOf == null ? null : history.asOfFrom());
    }

    private long count(TableSql sql) {
        return query(sql.count(), sql.parameters(), rows -> {
            rows.next();
            return rows.getLong(1);
        });
    }

    private List<TableRow> list(String statement, List<Object> parameters) {
        return query(statement, parameters, rows -> {
            List<TableRow> list = new ArrayList<>();
            while (rows.next()) {
                list.add(ProjectedRow.read(rows));
            }
            return list;
        });
    }

    private interface Reading<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> T query(String statement, List<Object> parameters, Reading<T> reading) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement sql = prepare(connection, statement, parameters);
             ResultSet rows = sql.executeQuery()) {
            return reading.read(rows);
        } catch (SQLException e) {
            throw new IllegalStateException("The national table's query failed", e);
        }
    }

    /** Reads through a database cursor (a transaction of its own, {@value #FETCH_SIZE} rows at a time). */
    private void stream(String statement, List<Object> parameters, RowSink sink) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement sql = prepare(connection, statement, parameters)) {
                sql.setFetchSize(FETCH_SIZE);
                try (ResultSet rows = sql.executeQuery()) {
                    while (rows.next()) {
                        sink.accept(ProjectedRow.read(rows));
                    }
                }
            } finally {
                connection.rollback(); // read only
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The national table's query failed", e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String statement, List<Object> parameters)
            throws SQLException {
        PreparedStatement sql = connection.prepareStatement(statement);
        for (int i = 0; i < parameters.size(); i++) {
            sql.setObject(i + 1, parameters.get(i));
        }
        return sql;
    }
}
