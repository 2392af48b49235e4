package fr.cmq.gateway.dashboard;

import fr.cmq.common.problem.ProblemException;
import fr.cmq.common.rules.SearchText;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The order of the national table and its cursors: rows sort by the requested fields (missing values last in both
 * directions), then by campus id; a cursor holds the sort keys of the last row given (each field's key text, then the
 * campus id, joined by U+0001, U+0002 for no value), so a page goes on after where those keys sort even when that row
 * changed or left the table meanwhile. The database sorts by the projection's column of each field, whose order is
 * the order of the key texts ({@link NationalTable}); a cursor's keys are read back as that column's typed values.
 */
public final class TableOrder {

    /** A sortable field: its projection column, its key text in a cursor, and that text read back as a value. */
    record Field(String column, Function<TableRow, String> key, Function<String, Object> value) {
    }

    static final Map<String, Field> FIELDS = Map.of(
            "designation", new Field("designation_key", r -> SearchText.normalise(r.designation()), text -> text),
            "region", new Field("region_code", TableRow::regionCode, text -> text),
            "family", new Field("family_code", TableRow::familyCode, text -> text),
            "labelExpiry", new Field("label_expiry",
                    r -> r.labelExpiry() == null ? null : r.labelExpiry().toString(), LocalDate::parse),
            "activePartners", new Field("active_partners",
                    r -> r.activePartners() == null ? null : String.format("%010d", r.activePartners()),
                    Integer::valueOf),
            "forecastBudget", new Field("forecast_budget_cents",
                    r -> r.forecastBudgetCents() == null ? null : String.format("%019d", r.forecastBudgetCents()),
                    Long::valueOf),
            "updatedAt", new Field("updated_at_key", r -> r.updatedAt().toString(), text -> text));

    private static final String FIELD_END = "\u0001";
    private static final String NO_VALUE = "\u0002";

    /** One sort field of a query: the field and its direction. */
    record Sorted(Field field, boolean descending) {
    }

    /** A decoded cursor: the typed value of each sort field (null for none), then the campus id. */
    record Keyset(List<Object> values, UUID campusId) {
    }

    private TableOrder() {
    }

    /** The sort fields of a {@code sort} parameter ({@code designation} when absent); 400 naming an unknown one. */
    public static List<String> parse(String sort) {
        List<String> fields = new ArrayList<>();
        for (String field : (sort == null || sort.isBlank() ? "designation" : sort).split(",")) {
            String name = field.strip();
            if (!FIELDS.containsKey(name.replace("-", ""))) {
                throw ProblemException.invalid("sort", "unknown field '" + name + "'; sortable: "
                        + new TreeSet<>(FIELDS.keySet()) + " (prefix - for descending)");
            }
            fields.add(name);
        }
        return fields;
    }

    static List<Sorted> sorted(List<String> sort) {
        return sort.stream().map(f -> new Sorted(FIELDS.get(f.replace("-", "")), f.startsWith("-"))).toList();
    }

    /** The SQL order of a sort: each field's column, missing values last in both directions, then the campus id. */
    static String orderBy(List<String> sort) {
        return Stream.concat(sorted(sort).stream().map(s -> s.field().column() + (s.descending() ? " desc" : " asc")
                        + " nulls last"), Stream.of("campus_id"))
                .collect(Collectors.joining(", "));
    }

    /** The cursor key of a row under a sort (what {@link fr.cmq.common.web.Cursors#encode} makes opaque). */
    static String cursorOf(TableRow row, List<String> sort) {
        StringBuilder key = new StringBuilder();
        for (Sorted sorted : sorted(sort)) {
            String value = sorted.field().key().apply(row);
            key.append(value == null ? NO_VALUE : value).append(FIELD_END);
        }
        return key.append(row.campusId()).toString();
    }

    /** A decoded cursor's keys as typed values of the sort's columns; 400 naming {@code cursor} for another sort's. */
    static Keyset keyset(String cursorKey, List<String> sort) {
        String[] keys = cursorKey.split(FIELD_END, -1);
        List<Sorted> fields = sorted(sort);
        if (keys.length != fields.size() + 1) {
            throw notOurs();
        }
        List<Object> values = new ArrayList<>();
        try {
            for (int i = 0; i < fields.size(); i++) {
                values.add(keys[i].equals(NO_VALUE) ? null : fields.get(i).field().value().apply(keys[i]));
            }
            return new Keyset(values, UUID.fromString(keys[keys.length - 1]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw notOurs();
        }
    }

    /**
     * The condition "the row sorts after the keyset" (missing values last in both directions): the first field
     * that differs decides, then the campus id. Binds its values in order into {@code parameters}.
     */
    static String after(List<String> sort, Keyset keyset, List<Object> parameters) {
        List<Sorted> fields = sorted(sort);
        List<String> terms = new ArrayList<>();
        StringBuilder equalSoFar = new StringBuilder();
        List<Object> equalValues = new ArrayList<>();
        for (int i = 0; i <= fields.size(); i++) {
            boolean id = i == fields.size();
            Object value = id ? keyset.campusId() : keyset.values().get(i);
            String column = id ? "campus_id" : fields.get(i).field().column();
            if (value != null) { // nothing sorts after a missing value but rows equal to it
                boolean descending = !id && fields.get(i).descending();
                String after = id ? column + " > ?"
                        : "(" + column + (descending ? " < ?" : " > ?") + " or " + column + " is null)";
                terms.add("(" + equalSoFar + after + ")");
                parameters.addAll(equalValues);
                parameters.add(value);
            }
            if (!id) {
                equalSoFar.append(value == null ? column + " is null and " : column + " = ? and ");
                if (value != null) {
                    equalValues.add(value);
                }
            }
        }
        return "(" + String.join(" or ", terms) + ")";
    }

    private static ProblemException notOurs() {
        return ProblemException.invalid("cursor", "not a cursor of this table with this sort");
    }
}
