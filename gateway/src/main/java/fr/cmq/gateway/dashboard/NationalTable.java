package fr.cmq.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cmq.common.problem.ProblemException;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.io.IOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Builds the national table's rows from the read model, for a year, with filters and order. */
@ApplicationScoped
public class NationalTable {

    public static final ZoneId FRANCE = ZoneId.of("Europe/Paris");
    public static final Set<String> MISSING_ITEMS = Set.of("LEGAL_FORM", "PARTNERS", "FORECAST_BUDGET");
    static final Map<String, Function<TableRow, String>> SORT_KEYS = Map.of(
            "designation", r -> normalise(r.designation()),
            "region", TableRow::regionCode,
            "family", TableRow::familyCode,
            "labelExpiry", r -> r.labelExpiry() == null ? null : r.labelExpiry().toString(),
            "activePartners", r -> r.activePartners() == null ? null : String.format("%010d", r.activePartners()),
            "forecastBudget", r -> r.forecastBudgetCents() == null ? null : String.format("%019d", r.forecastBudgetCents()),
            "updatedAt", r -> r.updatedAt().toString());

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    public NationalTable(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    public static LocalDate today() {
        return LocalDate.now(FRANCE);
    }

    /** Every row matching the query, in its order. */
    public List<TableRow> rows(TableQuery query) {
        StringBuilder where = new StringBuilder("designation is not null");
        Parameters params = new Parameters();
        if (query.region() != null) {
            where.append(" and regionCode = :region");
            params.and("region", query.region());
        }
        if (query.family() != null) {
            where.append(" and familyCode = :family");
            params.and("family", query.family());
        }
        if (query.legalForm() != null) {
            where.append(" and legalForm = :legalForm");
            params.and("legalForm", query.legalForm());
        }
        String q = query.q() == null || query.q().isBlank() ? null : normalise(query.q().strip());
        List<CampusRow> campuses = CampusRow.<CampusRow>list(where.toString(), params).stream()
                .filter(c -> query.academy() == null || c.academyCodes.contains(query.academy()))
                .filter(c -> q == null || matches(c, q))
                .toList();
        List<TableRow> rows = new ArrayList<>();
        for (TableRow row : rowsOf(campuses, query.year())) {
            if ((query.labelStatus() == null || query.labelStatus().equals(row.labelStatus()))
                    && (query.expiresBefore() == null
                    || (row.labelExpiry() != null && !row.labelExpiry().isAfter(query.expiresBefore())))
                    && (query.flag() == null || row.warningFlags().contains(query.flag()))
                    && (query.missing() == null || row.missing().contains(query.missing()))) {
                rows.add(row);
            }
        }
        rows.sort(comparator(query.sort()));
        return rows;
    }

    /** The table rows of these campuses for a year, in the same order (budgets read once for all). */
    public List<TableRow> rowsOf(List<CampusRow> campuses, int year) {
        Map<UUID, JsonNode> budgets = views("select campus_id, view from budget_row where year = :year and kind = 'FORECAST'",
                year);
        Map<UUID, JsonNode> directors = views("select campus_id, view from director_funding_row where year = :year", year);
        LocalDate today = today();
        return campuses.stream().map(c -> row(c, budgets.get(c.campusId), directors.get(c.campusId), year, today)).toList();
    }

    /** One page after the cursor's row (rows sort by the query's keys, then campus id). */
    public List<TableRow> page(List<TableRow> rows, List<String> sort, String cursorKey, int limit) {
        int start = 0;
        if (cursorKey != null) {
            Comparator<TableRow> order = comparator(sort);
            String[] parts = cursorKey.split("\u0001", -1);
            TableRow probe = null;
            for (int i = 0; i < rows.size(); i++) {
                if (cursorOf(rows.get(i), sort).equals(cursorKey)) {
                    probe = rows.get(i);
                    start = i + 1;
                    break;
                }
            }
            if (probe == null) {
                // The row of the cursor changed or left: go on after where its keys would sort.
                start = 0;
                while (start < rows.size() && compareToKeys(rows.get(start), sort, parts) <= 0) {
                    start++;
                }
            }
        }
        return rows.subList(Math.min(start, rows.size()), Math.min(start + limit, rows.size()));
    }

    public static String cursorOf(TableRow row, List<String> sort) {
        StringBuilder key = new StringBuilder();
        for (String field : sort) {
            String value = SORT_KEYS.get(field.replace("-", "")).apply(row);
            key.append(value == null ? "\u0002" : value).append('\u0001');
        }
        return key.append(row.campusId()).toString();
    }

    private static int compareToKeys(TableRow row, List<String> sort, String[] keys) {
        for (int i = 0; i < sort.size(); i++) {
            String field = sort.get(i);
            boolean descending = field.startsWith("-");
            String value = SORT_KEYS.get(field.replace("-", "")).apply(row);
            String key = keys[i].equals("\u0002") ? null : keys[i];
            int c = value == null || key == null ? compareNullsLast(value, key)
                    : descending ? key.compareTo(value) : value.compareTo(key);
            if (c != 0) {
                return c;
            }
        }
        return row.campusId().toString().compareTo(keys[keys.length - 1]);
    }

    static Comparator<TableRow> comparator(List<String> sort) {
        Comparator<TableRow> order = null;
        for (String field : sort) {
            boolean descending = field.startsWith("-");
            Function<TableRow, String> key = SORT_KEYS.get(field.replace("-", ""));
            // missing values sort last in both directions
            Comparator<TableRow> one = (a, b) -> {
                String x = key.apply(a);
                String y = key.apply(b);
                return x == null || y == null ? compareNullsLast(x, y) : descending ? y.compareTo(x) : x.compareTo(y);
            };
            order = order == null ? one : order.thenComparing(one);
        }
        Comparator<TableRow> byId = Comparator.comparing(r -> r.campusId().toString());
        return order == null ? byId : order.thenComparing(byId);
    }

    private static int compareNullsLast(String a, String b) {
        if (a == null) {
            return b == null ? 0 : 1;
        }
        return b == null ? -1 : a.compareTo(b);
    }

    public static List<String> parseSort(String sort) {
        List<String> fields = new ArrayList<>();
        for (String field : (sort == null || sort.isBlank() ? "designation" : sort).split(",")) {
            String name = field.strip();
            if (!SORT_KEYS.containsKey(name.replace("-", ""))) {
                throw ProblemException.invalid("sort", "unknown field '" + name + "'; sortable: "
                        + new java.util.TreeSet<>(SORT_KEYS.keySet()) + " (prefix - for descending)");
            }
            fields.add(name);
        }
        return fields;
    }

    TableRow row(CampusRow campus, JsonNode budget, JsonNode director, int year, LocalDate today) {
        JsonNode summary = campus.partnerSummary;
        TableRow.Matrix matrix = summary == null ? null : new TableRow.Matrix(
                summary.path("matrix").path("publicInitial").asLong(), summary.path("matrix").path("publicContinuing").asLong(),
                summary.path("matrix").path("privateInitial").asLong(), summary.path("matrix").path("privateContinuing").asLong());
        List<String> flags = new ArrayList<>();
        if (summary != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = summary.path("flags").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> flag = it.next();
                if (flag.getValue().asBoolean()) {
                    flags.add(flag.getKey());
                }
            }
        }
        List<TableRow.FunderShare> shares = new ArrayList<>();
        BigDecimal exAnte = null;
        if (budget != null) {
            budget.path("sharesByFunderType").forEach(s -> shares.add(new TableRow.FunderShare(
                    s.path("funderType").asText(), s.path("amountCents").asLong(), decimal(s.path("percent")))));
            exAnte = budget.path("totalResourcesCents").asLong() > 0 ? BigDecimal.valueOf(0, 1) : null;
            for (JsonNode m : budget.path("sharesByModality")) {
                if ("EX_ANTE".equals(m.path("modality").asText())) {
                    exAnte = decimal(m.path("percent"));
                }
            }
        }
        List<String> missing = new ArrayList<>();
        if (campus.legalForm == null || campus.legalForm.equals("NOT_PROVIDED")) {
            missing.add("LEGAL_FORM");
        }
        if (campus.activePartners == null || campus.activePartners == 0) {
            missing.add("PARTNERS");
        }
        if (budget == null) {
            missing.add("FORECAST_BUDGET");
        }
        return new TableRow(campus.campusId, campus.designation, campus.familyCode, campus.regionCode,
                List.copyOf(campus.academyCodes), LabelCalendar.status(campus, today), campus.labelExpiry,
                campus.legalForm, campus.supportType, campus.activePartners, matrix, flags, year,
                budget == null ? null : budget.path("totalResourcesCents").asLong(), shares,
                budget == null ? null : decimal(budget.path("nonRectoratPercent")), exAnte, campus.directorPost,
                director == null ? null : decimal(director.path("nonRectoratPercent")), missing, campus.updatedAt);
    }

    private Map<UUID, JsonNode> views(String sql, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> results = entityManager.createNativeQuery(sql).setParameter("year", year).getResultList();
        Map<UUID, JsonNode> views = new HashMap<>();
        for (Object[] r : results) {
            views.put((UUID) r[0], json(r[1]));
        }
        return views;
    }

    JsonNode json(Object value) {
        try {
            return value == null ? null : objectMapper.readTree(value.toString());
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable JSON in the read model", e);
        }
    }

    private static boolean matches(CampusRow campus, String q) {
        if (normalise(campus.designation).contains(q)) {
            return true;
        }
        return campus.communicationNames.stream().anyMatch(n -> normalise(n).contains(q));
    }

    static String normalise(String text) {
        return text == null ? null
                : Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static BigDecimal decimal(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.decimalValue();
    }
}
