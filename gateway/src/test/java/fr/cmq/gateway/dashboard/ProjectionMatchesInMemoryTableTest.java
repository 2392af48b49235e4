package fr.cmq.gateway.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.cmq.common.events.EventEnvelope;
import fr.cmq.common.reference.LabelStatus;
import fr.cmq.common.reference.LegalForm;
import fr.cmq.common.reference.SourceKind;
import fr.cmq.common.time.CmqClock;
import fr.cmq.common.web.CsvWriter;
import fr.cmq.common.web.Cursors;
import fr.cmq.events.EventSource;
import fr.cmq.events.Topics;
import fr.cmq.events.monitoring.BreakdownState;
import fr.cmq.events.monitoring.HeadlineState;
import fr.cmq.events.monitoring.IndicatorValueChange;
import fr.cmq.events.monitoring.MonitoringEventTypes;
import fr.cmq.events.monitoring.SteeringState;
import fr.cmq.gateway.Events;
import fr.cmq.gateway.StandInServices;
import fr.cmq.testing.RealInfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Acceptance of issue 12: the national table answered by PostgreSQL from the projection gives the same rows, order,
 * cursors, summary and CSV as the in-memory table it replaces ({@link InMemoryTable}, {@link InMemoryOrder},
 * {@link InMemorySummary}, kept in the tests as the oracle), on a fixed data set fed through the real event handlers:
 * every filter, every sort (both directions, several fields, missing values), several page sizes, paging through the
 * whole table, and paging through a table changed between two pages (rows added, changed, gone from the filter).
 * Issue 13: the campuses' register events carry every source kind (and none, legacy), the filters include the source
 * filter and the demonstration data's exclusion, and the summary is compared with and without demonstration data.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructureResource.class)
@QuarkusTestResource(StandInServices.class)
class ProjectionMatchesInMemoryTableTest {

    static final int CAMPUSES = 36;
    static final String MARK = "(test oracle)";
    static final List<String> SORTS = List.of("designation", "-designation", "region", "-region", "family", "-family",
            "labelExpiry", "-labelExpiry", "activePartners", "-activePartners", "forecastBudget", "-forecastBudget",
            "updatedAt", "-updatedAt", "region,-forecastBudget", "-activePartners,labelExpiry,designation",
            "family,-updatedAt", "-labelExpiry,-activePartners,region");
    static final String[] NAMES = {"Aéronautique et spatial", "aeronautique et spatial", "Énergie 100% verte",
            "Bois_forêt", "Numérique", "Santé", "ÉCOLE du goût", "Numérique"};
    static final String[] REGIONS = {"76", "84", "11", "93"};
    static final String[] FAMILIES = {"MATERIALS", "DIGITAL", "MOBILITY_AERONAUTICS_TRANSPORT"};
    static final String[] ACADEMIES = {"TOULOUSE", "LYON", "GRENOBLE", "PARIS"};
    static final String[] FORMS = {"ASSOCIATION", "GIP", "SUPPORT_ESTABLISHMENT", "NOT_PROVIDED"};

    static boolean published;
    static int year;
    static int last;

    @Inject
    NationalTable table;
    @Inject
    InMemoryTable oracle;
    @Inject
    TableAnswers answers;
    @Inject
    ProjectionState state;
    @Inject
    CmqClock clock;
    @Inject
    ObjectMapper objectMapper;

    static UUID campus(int i) {
        return UUID.nameUUIDFromBytes(("projection oracle campus " + i).getBytes());
    }

    @BeforeEach
    void publishTheDataSet() throws Exception {
        if (published) {
            return;
        }
        published = true;
        LocalDate today = clock.today();
        year = today.getYear();
        last = year - 1;
        long before = state.read().appliedChanges();
        int events = 0;
        for (int i = 0; i < CAMPUSES; i++) {
            events += publishCampus(i, today);
        }
        long expected = before + events;
        Events.await("the data set applied", () -> state.read().appliedChanges(), applied -> applied >= expected);
    }

    /** One campus of the data set; answers the number of events published. */
    private static int publishCampus(int i, LocalDate today) throws Exception {
        UUID id = campus(i);
        int events = 0;
        String names = i % 5 == 0 ? "[\"Campus Plasti" + i + "\"]" : "[]";
        String academies = i % 6 == 0 ? "[\"" + ACADEMIES[i % 4] + "\",\"" + ACADEMIES[(i + 1) % 4] + "\"]"
                : "[\"" + ACADEMIES[i % 4] + "\"]";
        String register = """
                {"id":"%s","designation":"%s %s","familyCode":"%s","regionCode":"%s","academyCodes":%s,
                 "communicationNames":%s}""".formatted(id, NAMES[i % NAMES.length], i % 9 == 0 ? MARK : MARK + " " + (i % 4),
                FAMILIES[i % 3], REGIONS[i % 4], academies, names);
        if (i % 11 == 3) { // a register event made on a whole second and one with a fraction: updatedAt's text order
            publishAt(Topics.LABELLING, id, "CampusRegistered", register,
                    Instant.parse(i % 2 == 0 ? "2025-03-01T10:00:00Z" : "2025-03-01T10:00:00.250Z"));
            return 1;
        }
        Events.publish(Topics.LABELLING, id, "CampusRegistered", 1, i % 9 == 8
                ? register.replace("}", ",\"source\":\"Annexe 4, rapport IGAS/IGEN/IGAENR 2017\"}") : register,
                source(i));
        events++;
        // the label: none, an application, a refusal, a grant in each phase of the calendar, one without dates
        switch (i % 8) {
            case 1 -> events += label(id, "ApplicationSubmitted", "{\"campusId\":\"" + id + "\",\"status\":\"IN_PROGRESS\"}");
            case 2 -> events += label(id, "LabelRefused", "{\"campusId\":\"" + id + "\",\"status\":\"REFUSED\"}");
            case 3 -> events += granted(id, today.minusYears(1), 5, null);
            case 4 -> events += granted(id, today.minusYears(4).plusDays(i), 5, null); // renewal due
            case 5 -> events += granted(id, today.minusYears(5), 5, null); // expired today
            case 6 -> events += granted(id, today.minusYears(2), 5, today.minusDays(10)); // withdrawn
            case 7 -> events += label(id, "LabelGranted", "{\"campusId\":\"" + id + "\",\"status\":\"LABELLED\"}");
            default -> { }
        }
        if (i % 7 != 0) {
            Events.publish(Topics.MONITORING, id, "ProfileChanged", 1, """
                    {"campusId":"%s","legalForm":"%s","supportEstablishment":%s,"directorPost":{"exists":%s}}"""
                    .formatted(id, FORMS[i % 4], i % 3 == 0 ? "null"
                            : "{\"name\":\"Lycée\",\"type\":\"" + (i % 2 == 0 ? "LYCEE" : "IUT") + "\",\"role\":\"CARRIER\"}",
                            i % 2 == 0));
            events++;
        }
        if (i % 4 != 1) {
            long active = i % 5; // equal counts (ties) and zeros
            Events.publish(Topics.MONITORING, id, "PartnerAdded", 2, """
                    {"partner":{"id":"%s","name":"Partenaire %d"},"summary":{"totalActive":%d,
                     "matrix":{"publicInitial":%d,"publicContinuing":1,"privateInitial":%d,"privateContinuing":0},
                     "flags":{"noHigherEducation":%s,"noResearchLab":%s,"noGreta":false,"noAfpa":%s,"noOpca":true,
                              "noDireccteCorrespondent":false,"governanceWithoutEpleAndEpscp":%s}}}"""
                    .formatted(UUID.nameUUIDFromBytes(("partner " + i).getBytes()), i, active, active, i % 3,
                            i % 2 == 0, i % 3 == 0, i % 5 == 0, i % 7 == 0));
            events++;
        }
        if (i % 3 != 2) { // budgets of the year with equal totals (ties), one without resources
            long total = i % 6 == 0 ? 0 : 1_000_000L * (i % 4 + 1);
            events += budget(id, year, "FORECAST", total, 1);
            if (i % 2 == 0) {
                events += budget(id, year, "EXECUTED", total / 2, 2);
            }
        }
        if (i % 5 == 1) {
            events += budget(id, last, "FORECAST", 777_000, i % 3 != 2 ? 3 : 1);
        }
        if (i % 4 == 0) {
            Events.publish(Topics.FUNDING, id, "DirectorFundingDeclared", 10, """
                    {"campusId":"%s","year":%d,"totalCostCents":8000000,"nonRectoratPercent":%s}"""
                    .formatted(id, year, i % 8 == 0 ? "75.0" : "12.5"));
            events++;
        }
        // steering: a state of the last complete year, a state of the year before (the year turned), none
        if (i % 3 == 0) {
            events += value(id, 3, "PRESSURE_RATE", last, String.valueOf(100 + i) + ".0",
                    new SteeringState(last, i % 2, 1, i % 4 == 0 ? new BigDecimal("62.5") : null,
                            headlines(String.valueOf(100 + i) + ".0", i % 2 == 0 ? "110.0" : null)));
        } else if (i % 3 == 1 && i % 2 == 1) {
            events += value(id, 3, "MIXED_CLASSES", last, "3", new SteeringState(last - 1, 1, 0, null,
                    headlines(null, null)));
        }
        return events;
    }

    /**
     * The source of campus i's register event: each kind, demonstration kinds included; none (a legacy event, read as
     * DECLARED, or as REPORT_2017 Annexe 4 when its data carries the old source text, i % 9 == 8) for the others.
     */
    static EventSource source(int i) {
        return switch (i % 9) {
            case 2 -> new EventSource(EventSource.EXAMPLE, "examples/toulouse-example.sh", null, null, null, null);
            case 5 -> new EventSource(EventSource.SYNTHETIC, "load test", null, null, null, null);
            case 7 -> new EventSource(EventSource.IMPORTED, null, null, null, "import-76-2026-01-05.csv",
                    LocalDate.of(2026, 1, 5));
            case 4 -> new EventSource(EventSource.REPORT_2017, "Annexe 4", null, null, null, null);
            case 1 -> new EventSource(EventSource.DECLARED, null, "REGIONAL", "76", null, null);
            default -> null;
        };
    }

    private static int label(UUID id, String type, String label) throws Exception {
        Events.publish(Topics.LABELLING, id, type, 2, "{\"label\":" + label + "}");
        return 1;
    }

    private static int granted(UUID id, LocalDate start, int years, LocalDate withdrawnOn) throws Exception {
        String status = withdrawnOn == null ? "LABELLED" : "WITHDRAWN";
        return label(id, withdrawnOn == null ? "LabelGranted" : "LabelWithdrawn", """
                {"campusId":"%s","status":"%s","startDate":"%s","expiryDate":"%s","durationYears":%d%s}"""
                .formatted(id, status, start, start.plusYears(years), years,
                        withdrawnOn == null ? "" : ",\"withdrawnOn\":\"" + withdrawnOn + "\""));
    }

    private static int budget(UUID id, int budgetYear, String kind, long total, long version) throws Exception {
        long rectorat = total / 4;
        Events.publish(Topics.FUNDING, id, "BudgetDeclared", version, """
                {"campusId":"%s","year":%d,"kind":"%s","totalResourcesCents":%d,"totalUsesCents":%d,
                 "coverageRatioPercent":%s,
                 "sharesByFunderType":[{"funderType":"RECTORAT","amountCents":%d,"percent":%s},
                                       {"funderType":"COMPANY","amountCents":%d,"percent":%s}],
                 "sharesByModality":[{"modality":"EX_POST","amountCents":%d,"percent":%s}],
                 "nonRectoratPercent":%s}""".formatted(id, budgetYear, kind, total, total, total == 0 ? "null" : "100.0",
                rectorat, total == 0 ? "null" : "25.0", total - rectorat, total == 0 ? "null" : "75.0", total,
                total == 0 ? "null" : "100.0", total == 0 ? "null" : "75.0"));
        return 1;
    }

    private static int value(UUID id, long version, String indicator, int valueYear, String value,
                             SteeringState steering) throws Exception {
        Events.publish(Topics.MONITORING, id, MonitoringEventTypes.INDICATOR_VALUE_DECLARED, version,
                new IndicatorValueChange(indicator, "PERCENT", valueYear, new BreakdownState(null, null, null, null),
                        new BigDecimal(value), null, null, "CAMPUS_REPORT", null, steering));
        return 1;
    }

    private static List<HeadlineState> headlines(String pressure, String target) {
        BigDecimal v = pressure == null ? null : new BigDecimal(pressure);
        BigDecimal t = target == null ? null : new BigDecimal(target);
        return List.of(new HeadlineState("PRESSURE_RATE", null, v == null ? null : last, v, t,
                        v == null || t == null ? null : v.subtract(t)),
                new HeadlineState("SUSTAINABLE_EMPLOYMENT_RATE", "M6", null, null, null, null),
                new HeadlineState("MIXED_PATHWAY_LEARNERS", null, null, null, null, null));
    }

    private static void publishAt(String topic, UUID id, String type, String json, Instant occurredAt) throws Exception {
        Events.publish(topic, new EventEnvelope(UUID.randomUUID(), type, id, occurredAt, 1, "test",
                (ObjectNode) new ObjectMapper().readTree(json)));
    }

    /** Every filter of the table, one at a time, and a few combined. */
    private List<TableQuery> filters(List<String> sort) {
        List<TableQuery> queries = new ArrayList<>();
        queries.add(query(sort, null, null, null, null, null, null, null, null, null));
        for (String region : REGIONS) {
            queries.add(query(sort, region, null, null, null, null, null, null, null, null));
        }
        for (String academy : ACADEMIES) {
            queries.add(query(sort, null, academy, null, null, null, null, null, null, null));
        }
        for (String family : FAMILIES) {
            queries.add(query(sort, null, null, family, null, null, null, null, null, null));
        }
        for (LegalForm form : LegalForm.values()) {
            queries.add(query(sort, null, null, null, form.code(), null, null, null, null, null));
        }
        for (LabelStatus status : LabelStatus.values()) {
            queries.add(query(sort, null, null, null, null, status.code(), null, null, null, null));
        }
        queries.add(query(sort, null, null, null, null, null, clock.today().plusYears(1), null, null, null));
        queries.add(query(sort, null, null, null, null, null, clock.today().minusYears(1), null, null, null));
        for (String flag : TableParameters.FLAGS) {
            queries.add(query(sort, null, null, null, null, null, null, flag, null, null));
        }
        for (MissingItem item : MissingItem.values()) {
            queries.add(query(sort, null, null, null, null, null, null, null, item.code(), null));
        }
        for (String q : List.of("AERONAUTIQUE", "énergie 100%", "bois_", "plasti", "oracle) 2", "%", "_", "   ")) {
            queries.add(query(sort, null, null, null, null, null, null, null, null, q));
        }
        TableQuery all = query(sort, null, null, null, null, null, null, null, null, null);
        for (SourceKind kind : SourceKind.values()) {
            queries.add(withSources(all, List.of(kind.code())));
        }
        queries.add(withSources(all, List.of(SourceKind.EXAMPLE.code(), SourceKind.SYNTHETIC.code())));
        queries.add(all.withDemoData(false));
        queries.add(withSources(query(sort, "76", null, null, null, null, null, null, null, null),
                List.of(SourceKind.DECLARED.code(), SourceKind.EXAMPLE.code())).withDemoData(false));
        queries.add(query(sort, "84", null, null, "GIP", null, null, "noOpca", null, "oracle"));
        queries.add(query(sort, null, "LYON", "DIGITAL", null, "LABELLED", clock.today().plusYears(10), null,
                "FORECAST_BUDGET", null));
        return queries;
    }

    private static TableQuery withSources(TableQuery q, List<String> sources) {
        return new TableQuery(q.year(), q.region(), q.academy(), q.family(), q.legalForm(), q.labelStatus(),
                q.expiresBefore(), q.flag(), q.missing(), q.q(), q.sort(), sources, q.includeDemoData());
    }

    private static TableQuery query(List<String> sort, String region, String academy, String family, String legalForm,
                                    String labelStatus, LocalDate expiresBefore, String flag, String missing, String q) {
        return new TableQuery(year, region, academy, family, legalForm, labelStatus, expiresBefore, flag, missing, q,
                sort);
    }

    @Test
    void everyFilterAndEverySortGiveTheSameRowsInTheSameOrder() throws Exception {
        int compared = 0;
        for (String sort : SORTS) {
            for (TableQuery query : filters(TableOrder.parse(sort))) {
                List<TableRow> expected = oracle.rows(query, clock.today());
                List<TableRow> rows = new ArrayList<>();
                table.forEach(query, rows::add);
                assertEquals(json(expected), json(rows), "rows of " + query);
                compared += expected.size();
            }
        }
        assertTrue(compared > CAMPUSES * SORTS.size(), "the filters select rows: " + compared);
    }

    @Test
    void theDataSetHasEverySourceKindAndDemonstrationData() {
        TableQuery all = query(TableOrder.parse("designation"), null, null, null, null, null, null, null, null, null);
        for (SourceKind kind : SourceKind.values()) {
            assertTrue(!oracle.rows(withSources(all, List.of(kind.code())), clock.today()).isEmpty(), kind.code());
        }
        assertTrue(oracle.rows(all.withDemoData(false), clock.today()).size()
                < oracle.rows(all, clock.today()).size(), "demonstration rows left out");
    }

    @Test
    void pagingForwardGivesTheSamePagesAndCursors() throws Exception {
        for (String sort : SORTS) {
            List<String> fields = TableOrder.parse(sort);
            for (int limit : new int[] {1, 4, 50}) {
                walk(query(fields, null, null, null, null, null, null, null, null, null), limit);
            }
            for (TableQuery query : filters(fields)) {
                walk(query, 7);
            }
        }
    }

    /** Pages through the whole table, each page and cursor compared with the oracle's. */
    private void walk(TableQuery query, int limit) throws Exception {
        List<TableRow> all = oracle.rows(query, clock.today());
        String cursorKey = null;
        int pages = 0;
        do {
            InMemoryOrder.Slice expected = InMemoryOrder.page(all, query.sort(), cursorKey, limit);
            NationalTable.Slice page = table.page(query, cursorKey, limit);
            assertEquals(json(expected.items()), json(page.items()), "page " + pages + " of " + query);
            assertEquals(expected.nextCursor(), page.nextCursor(), "cursor after page " + pages + " of " + query);
            if (!expected.items().isEmpty()) {
                assertEquals(expected.firstPosition(), table.firstPosition(query, cursorKey),
                        "position of page " + pages + " of " + query);
            }
            cursorKey = Cursors.decode(page.nextCursor());
            pages++;
        } while (cursorKey != null);
        assertEquals(Math.max(1, (all.size() + limit - 1) / limit), pages, "pages of " + query);
    }

    @Test
    void aTableChangedBetweenTwoPagesGoesOnAsTheOracleDoes() throws Exception {
        List<String> sorts = List.of("designation", "-activePartners,labelExpiry,designation", "-forecastBudget",
                "region,-updatedAt");
        List<TableQuery> queries = new ArrayList<>();
        for (String sort : sorts) {
            queries.add(query(TableOrder.parse(sort), null, null, null, null, null, null, null, null, "oracle"));
            queries.add(query(TableOrder.parse(sort), null, null, null, "ASSOCIATION", null, null, null, null, null));
        }
        List<String> cursors = new ArrayList<>();
        for (TableQuery query : queries) {
            NationalTable.Slice first = table.page(query, null, 3);
            assertEquals(json(InMemoryOrder.page(oracle.rows(query, clock.today()), query.sort(), null, 3).items()),
                    json(first.items()));
            assertTrue(first.nextCursor() != null, "a second page of " + query);
            cursors.add(Cursors.decode(first.nextCursor()));
        }
        // between the pages: the rows the cursors name change (renamed, another legal form: gone from the filter,
        // partners and budget changed), and campuses are added
        long before = state.read().appliedChanges();
        int events = 0;
        for (TableQuery query : queries) {
            TableRow cursorRow = table.page(query, null, 3).items().get(2);
            UUID id = cursorRow.campusId();
            events += change(id, events);
        }
        for (int i = CAMPUSES; i < CAMPUSES + 4; i++) {
            events += publishCampus(i, clock.today());
        }
        long expected = before + events;
        Events.await("the changes applied", () -> state.read().appliedChanges(), applied -> applied >= expected);
        for (int q = 0; q < queries.size(); q++) {
            TableQuery query = queries.get(q);
            List<TableRow> all = oracle.rows(query, clock.today());
            for (int limit : new int[] {3, 50}) {
                InMemoryOrder.Slice expectedPage = InMemoryOrder.page(all, query.sort(), cursors.get(q), limit);
                NationalTable.Slice page = table.page(query, cursors.get(q), limit);
                assertEquals(json(expectedPage.items()), json(page.items()), "second page of " + query);
                assertEquals(expectedPage.nextCursor(), page.nextCursor(), "cursor of the second page of " + query);
            }
        }
    }

    private int versions = 100;

    /** Changes a campus's sort keys and legal form (events of versions newer than the data set's). */
    private int change(UUID id, int salt) throws Exception {
        int v = versions++;
        Events.publish(Topics.LABELLING, id, "CampusUpdated", v, """
                {"id":"%s","designation":"Zz renommé %d %s","familyCode":"DIGITAL","regionCode":"11",
                 "academyCodes":["PARIS"],"communicationNames":[]}""".formatted(id, salt, MARK));
        Events.publish(Topics.MONITORING, id, "ProfileChanged", v, """
                {"campusId":"%s","legalForm":"GIP","supportEstablishment":null,"directorPost":{"exists":false}}"""
                .formatted(id));
        Events.publish(Topics.MONITORING, id, "PartnerAdded", v, """
                {"partner":{"id":"%s","name":"Nouveau"},"summary":{"totalActive":%d,
                 "matrix":{"publicInitial":1,"publicContinuing":0,"privateInitial":0,"privateContinuing":0},
                 "flags":{"noHigherEducation":true,"noResearchLab":true,"noGreta":true,"noAfpa":true,"noOpca":true,
                          "noDireccteCorrespondent":true,"governanceWithoutEpleAndEpscp":true}}}"""
                .formatted(UUID.randomUUID(), 40 + salt));
        budget(id, year, "FORECAST", 99_000_000L + salt, v);
        return 4;
    }

    @Test
    void theSummaryIsTheOraclesForEveryFilter() throws Exception {
        for (TableQuery filter : filters(TableOrder.parse("designation"))) {
            for (TableQuery query : List.of(filter.withDemoData(false), filter.withDemoData(true))) {
                String expected = objectMapper.writeValueAsString(InMemorySummary.of(oracle.rows(query, clock.today()),
                        query.year(), query.includeDemoData()));
                assertEquals(expected, objectMapper.writeValueAsString(answers.summary(query)), "summary of " + query);
            }
        }
    }

    @Test
    void theCsvIsTheOraclesForEverySortAndSomeFilters() throws Exception {
        for (String sort : SORTS) {
            List<TableQuery> queries = filters(TableOrder.parse(sort));
            for (TableQuery query : List.of(queries.get(0), queries.get(1), queries.get(queries.size() - 1),
                    queries.get(queries.size() - 2))) {
                ByteArrayOutputStream expected = new ByteArrayOutputStream();
                CsvWriter.stream(TableCsv.header(), oracle.rows(query, clock.today()), TableCsv::cells)
                        .write(expected);
                ByteArrayOutputStream csv = new ByteArrayOutputStream();
                TableCsv.stream(table, query).write(csv);
                assertEquals(expected.toString(), csv.toString(), "CSV of " + query);
            }
        }
    }

    @Test
    void theDetailRowIsTheOraclesForEveryCampusAndYear() throws Exception {
        for (int y : new int[] {year, last, year + 1}) {
            TableQuery ofYear = new TableQuery(y, null, null, null, null, null, null, null, null, null,
                    TableOrder.parse("designation"));
            List<TableRow> expected = oracle.rows(ofYear, clock.today());
            List<TableRow> rows = new ArrayList<>();
            table.forEach(ofYear, rows::add);
            assertEquals(json(expected), json(rows), "rows of " + y);
            for (TableRow row : expected) {
                assertEquals(json(row), json(table.row(row.campusId(), y).orElseThrow()), "detail row in " + y);
            }
        }
    }

    private String json(Object value) throws Exception {
        return objectMapper.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }
}
