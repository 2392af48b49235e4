package fr.cmq.gateway.dashboard;

import fr.cmq.common.rules.SearchText;
import fr.cmq.common.web.Cursors;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The reference oracle (the gateway before issue 12, kept verbatim): the order of the national table and its paging: rows sort by the requested fields (missing values last in both
 * directions), then by campus id; a cursor holds the sort keys of the last row given, so a page goes on after it
 * even when that row changed or left the table meanwhile.
 */
public final class InMemoryOrder {

    static final Map<String, Function<TableRow, String>> SORT_KEYS = Map.of(
            "designation", r -> SearchText.normalise(r.designation()),
            "region", TableRow::regionCode,
            "family", TableRow::familyCode,
            "labelExpiry", r -> r.labelExpiry() == null ? null : r.labelExpiry().toString(),
            "activePartners", r -> r.activePartners() == null ? null : String.format("%010d", r.activePartners()),
            "forecastBudget", r -> r.forecastBudgetCents() == null ? null : String.format("%019d", r.forecastBudgetCents()),
            "updatedAt", r -> r.updatedAt().toString());

    private static final String FIELD_END = "\u0001";
    private static final String NO_VALUE = "\u0002";

    /** One page of rows: the rows, the cursor of the next page (null on the last) and the position of the first row. */
    public record Slice(List<TableRow> items, String nextCursor, int firstPosition) {
    }

    private InMemoryOrder() {
    }

    static Comparator<TableRow> comparator(List<String> sort) {
        Comparator<TableRow> order = null;
        for (String field : sort) {
            boolean descending = field.startsWith("-");
            Function<TableRow, String> key = SORT_KEYS.get(field.replace("-", ""));
            Comparator<TableRow> one = (a, b) -> compare(key.apply(a), key.apply(b), descending);
            order = order == null ? one : order.thenComparing(one);
        }
        Comparator<TableRow> byId = Comparator.comparing(r -> r.campusId().toString());
        return order == null ? byId : order.thenComparing(byId);
    }

    /** The page of {@code limit} rows after the cursor's row ({@code cursorKey} decoded; null for the first page). */
    public static Slice page(List<TableRow> rows, List<String> sort, String cursorKey, int limit) {
        int start = cursorKey == null ? 0 : after(rows, sort, cursorKey);
        int end = Math.min(start + limit, rows.size());
        List<TableRow> items = rows.subList(Math.min(start, rows.size()), end);
        String next = !items.isEmpty() && end < rows.size()
                ? Cursors.encode(cursorOf(items.get(items.size() - 1), sort)) : null;
        return new Slice(items, next, items.isEmpty() ? 0 : start + 1);
    }

    private static int after(List<TableRow> rows, List<String> sort, String cursorKey) {
        for (int i = 0; i < rows.size(); i++) {
            if (cursorOf(rows.get(i), sort).equals(cursorKey)) {
                return i + 1;
            }
        }
        // The row of the cursor changed or left: go on after where its keys would sort.
        String[] keys = cursorKey.split(FIELD_END, -1);
        int start = 0;
        while (start < rows.size() && compareToKeys(rows.get(start), sort, keys) <= 0) {
            start++;
        }
        return start;
    }

    static String cursorOf(TableRow row, List<String> sort) {
        StringBuilder key = new StringBuilder();
        for (String field : sort) {
            String value = SORT_KEYS.get(field.replace("-", "")).apply(row);
            key.append(value == null ? NO_VALUE : value).append(FIELD_END);
        }
        return key.append(row.campusId()).toString();
    }

    private static int compareToKeys(TableRow row, List<String> sort, String[] keys) {
        for (int i = 0; i < sort.size(); i++) {
            String field = sort.get(i);
            String value = SORT_KEYS.get(field.replace("-", "")).apply(row);
            String key = keys[i].equals(NO_VALUE) ? null : keys[i];
            int c = compare(value, key, field.startsWith("-"));
            if (c != 0) {
                return c;
            }
        }
        return row.campusId().toString().compareTo(keys[keys.length - 1]);
    }

    /** Missing values sort last in both directions. */
    private static int compare(String a, String b, boolean descending) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return descending ? b.compareTo(a) : a.compareTo(b);
    }
}
