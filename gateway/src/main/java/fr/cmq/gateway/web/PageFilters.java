package fr.cmq.gateway.web;

import io.quarkus.qute.TemplateData;
import fr.cmq.gateway.dashboard.NationalTable;
import fr.cmq.gateway.dashboard.TableOrder;
import fr.cmq.gateway.dashboard.TableQuery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The filters of the page's form, read leniently: the form offers known codes only, so an empty or unknown value
 * (a hand-edited address) means "no filter" instead of an error page.
 */
@TemplateData
public record PageFilters(int year, String region, String academy, String family, String legalForm, String labelStatus,
                   String flag, String missing, String q, String sort) {

    static final int FIRST_YEAR = 2013;

    static PageFilters of(String year, String region, String academy, String family, String legalForm,
                          String labelStatus, String flag, String missing, String q, String sort) {
        String search = q == null || q.isBlank() ? null : q.strip();
        if (search != null && search.length() > 200) {
            search = search.substring(0, 200);
        }
        return new PageFilters(year(year), known(FrenchLabels.REGIONS, region), known(FrenchLabels.ACADEMIES, academy),
                known(FrenchLabels.FAMILIES, family), known(FrenchLabels.LEGAL_FORMS, legalForm),
                known(FrenchLabels.LABEL_STATUSES, labelStatus), known(FrenchLabels.FLAGS, flag),
                known(FrenchLabels.MISSING_ITEMS, missing), search, sort(sort));
    }

    static int currentYear() {
        return NationalTable.today().getYear();
    }

    /** The years offered by the form: the API accepts 2013 to five years ahead. */
    static List<Integer> years() {
        int current = currentYear();
        return java.util.stream.IntStream.rangeClosed(FIRST_YEAR, current + 5).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList();
    }

    private static int year(String year) {
        int current = currentYear();
        if (year == null || year.isBlank()) {
            return current;
        }
        try {
            int value = Integer.parseInt(year.strip());
            return value < FIRST_YEAR || value > current + 5 ? current : value;
        } catch (NumberFormatException e) {
            return current;
        }
    }

    private static String known(Map<String, String> labels, String code) {
        return code == null || !labels.containsKey(code.strip()) ? null : code.strip();
    }

    private static String sort(String sort) {
        if (sort == null) {
            return "designation";
        }
        String field = sort.strip();
        return FrenchLabels.SORT_FIELDS.containsKey(field.startsWith("-") ? field.substring(1) : field) ? field : "designation";
    }

    TableQuery tableQuery() {
        return new TableQuery(year, region, academy, family, legalForm, labelStatus, null, flag, missing, q,
                TableOrder.parse(sort));
    }

    public boolean filtered() {
        return region != null || academy != null || family != null || legalForm != null || labelStatus != null
                || flag != null || missing != null || q != null;
    }

    /** The query string of these filters (and year and sort), with the given parameters replaced or added. */
    String query(String... overrides) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("year", year == currentYear() ? null : Integer.toString(year));
        params.put("region", region);
        params.put("academy", academy);
        params.put("family", family);
        params.put("legalForm", legalForm);
        params.put("labelStatus", labelStatus);
        params.put("flag", flag);
        params.put("missing", missing);
        params.put("q", q);
        params.put("sort", "designation".equals(sort) ? null : sort);
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            params.put(overrides[i], overrides[i + 1]);
        }
        StringJoiner query = new StringJoiner("&");
        params.forEach((name, value) -> {
            if (value != null) {
                query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    /** A path followed by this query, e.g. {@code /?region=76}. */
    String href(String path, String... overrides) {
        String query = query(overrides);
        return query.isEmpty() ? path : path + "?" + query;
    }
}
