package fr.cmq.common.rules;

import fr.cmq.common.reference.LabelStatus;
import fr.cmq.common.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The label calendar's query condition, run by a real PostgreSQL, selects exactly the (label, day) pairs whose
 * Java status is the one asked for: with a stored renewal column (labelling's layout) and with the renewal date
 * derived from the expiry (a table that stores the expiry only, as the gateway's read model); and its status
 * expression gives, for every (label, day) pair, the code Java gives.
 */
class LabelCalendarSqlTest {

    private static Connection connection;
    private static final List<LabelFacts> CASES = new ArrayList<>();
    private static final Set<LocalDate> DAYS = new TreeSet<>();

    @BeforeAll
    static void startPostgresAndStoreTheCases() throws Exception {
        connection = TestDatabases.connect(TestDatabases.create("label_calendar"));
        CASES.add(LabelFacts.NONE);
        CASES.add(new LabelFacts(null, null, null, null));
        CASES.add(LabelFacts.PENDING);
        CASES.add(LabelFacts.REFUSED);
        LocalDate[] starts = {LocalDate.of(2016, 4, 14), LocalDate.of(2020, 2, 29), LocalDate.of(2019, 2, 28),
                LocalDate.of(2015, 12, 31), LocalDate.of(2017, 1, 1), LocalDate.of(2023, 3, 1)};
        for (LocalDate start : starts) {
            for (int years = 1; years <= 5; years++) {
                CASES.add(LabelFacts.granted(start, years, null));
                LocalDate expiry = LabelCalendar.expiryDate(start, years);
                CASES.add(LabelFacts.granted(start, years, start.plusMonths(7)));
                CASES.add(LabelFacts.granted(start, years, LabelCalendar.renewalDueFrom(expiry)));
                CASES.add(LabelFacts.granted(start, years, expiry.minusDays(1)));
            }
        }
        for (LabelFacts facts : CASES) {
            for (LocalDate date : new LocalDate[] {facts.startDate(), facts.renewalDueFrom(), facts.expiryDate(),
                    facts.withdrawnOn()}) {
                if (date != null) {
                    DAYS.add(date.minusDays(1));
                    DAYS.add(date);
                    DAYS.add(date.plusDays(1));
                }
            }
        }
        DAYS.add(LocalDate.of(2013, 1, 1));
        DAYS.add(LocalDate.of(2040, 12, 31));
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("create table label_case (id int primary key, basis text, start_date date, "
                    + "renewal_due_from date, expiry_date date, withdrawn_on date)");
            ddl.execute("create table calendar_day (day date primary key)");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into label_case values (?, ?, ?, ?, ?, ?)")) {
            for (int id = 0; id < CASES.size(); id++) {
                LabelFacts facts = CASES.get(id);
                insert.setInt(1, id);
                // the case without a basis is stored as null, the others by their code
                insert.setString(2, id == 1 ? null : facts.basis().name());
                insert.setObject(3, facts.startDate());
                insert.setObject(4, facts.renewalDueFrom());
                insert.setObject(5, facts.expiryDate());
                insert.setObject(6, facts.withdrawnOn());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into calendar_day values (?)")) {
            for (LocalDate day : DAYS) {
                insert.setDate(1, Date.valueOf(day));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @AfterAll
    static void disconnect() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }

    @Test
    void withTheStoredRenewalDateSqlAndJavaAgreeOnEveryCaseAndDay() throws SQLException {
        assertAgreement(new LabelCalendar.Columns("c.basis", "c.renewal_due_from", "c.expiry_date", "c.withdrawn_on"));
    }

    @Test
    void withTheRenewalDateDerivedFromTheExpirySqlAndJavaAgreeOnEveryCaseAndDay() throws SQLException {
        assertAgreement(LabelCalendar.Columns.postgres("c.basis", "c.expiry_date", "c.withdrawn_on"));
    }

    @Test
    void theStatusExpressionGivesTheJavaStatusOfEveryCaseOnEveryDay() throws SQLException {
        for (LabelCalendar.Columns columns : List.of(
                new LabelCalendar.Columns("c.basis", "c.renewal_due_from", "c.expiry_date", "c.withdrawn_on"),
                LabelCalendar.Columns.postgres("c.basis", "c.expiry_date", "c.withdrawn_on"))) {
            String sql = "select c.id, d.day, " + LabelCalendar.statusExpression(columns, "d.day")
                    + " from label_case c cross join calendar_day d";
            int pairs = 0;
            Set<LabelStatus> seen = new HashSet<>();
            try (Statement query = connection.createStatement(); ResultSet rows = query.executeQuery(sql)) {
                while (rows.next()) {
                    LabelFacts facts = CASES.get(rows.getInt(1));
                    LocalDate day = rows.getObject(2, LocalDate.class);
                    LabelStatus expected = LabelCalendar.statusOn(facts, day);
                    assertEquals(expected.code(), rows.getString(3), facts + " on " + day + " by " + sql);
                    seen.add(expected);
                    pairs++;
                }
            }
            assertEquals(CASES.size() * DAYS.size(), pairs);
            assertEquals(Set.of(LabelStatus.values()), seen, "every status is exercised by the table of cases");
        }
    }

    @Test
    void theStatusExpressionTakesADayBoundOnce() throws SQLException {
        // the day appears several times in the expression: a positional parameter is bound once in a subquery
        String sql = "select " + LabelCalendar.statusExpression(
                LabelCalendar.Columns.postgres("c.basis", "c.expiry_date", "c.withdrawn_on"), "p.day")
                + " from label_case c cross join (select cast(? as date) as day) p where c.id = ?";
        LabelFacts granted = CASES.get(4);
        LocalDate day = granted.expiryDate().minusDays(1);
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, day);
            query.setInt(2, 4);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                assertEquals(LabelCalendar.statusOn(granted, day).code(), rows.getString(1));
            }
        }
    }

    private static void assertAgreement(LabelCalendar.Columns columns) throws SQLException {
        Map<LabelStatus, Set<String>> expected = new EnumMap<>(LabelStatus.class);
        for (LabelStatus status : LabelStatus.values()) {
            expected.put(status, new HashSet<>());
        }
        for (int id = 0; id < CASES.size(); id++) {
            for (LocalDate day : DAYS) {
                expected.get(LabelCalendar.statusOn(CASES.get(id), day)).add(id + "@" + day);
            }
        }
        int pairs = 0;
        for (LabelStatus status : LabelStatus.values()) {
            Set<String> selected = new HashSet<>();
            String sql = "select c.id, d.day from label_case c cross join calendar_day d where "
                    + LabelCalendar.conditionOn(status, columns, "d.day");
            try (Statement query = connection.createStatement(); ResultSet rows = query.executeQuery(sql)) {
                while (rows.next()) {
                    selected.add(rows.getInt(1) + "@" + rows.getObject(2, LocalDate.class));
                }
            }
            Set<String> missing = new TreeSet<>(expected.get(status));
            missing.removeAll(selected);
            Set<String> extra = new TreeSet<>(selected);
            extra.removeAll(expected.get(status));
            assertEquals(List.of(), List.copyOf(missing), status + " by Java, not selected by " + sql);
            assertEquals(List.of(), List.copyOf(extra), status + " selected by " + sql + ", not by Java");
            assertTrue(!selected.isEmpty(), status + " is exercised by the table of cases");
            pairs += selected.size();
        }
        // every (case, day) pair has exactly one status in SQL too
        assertEquals(CASES.size() * DAYS.size(), pairs);
    }
}
