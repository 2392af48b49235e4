package fr.cmq.gateway.web;

import fr.cmq.common.reference.CodeList;
import fr.cmq.common.reference.LabelStatus;
import fr.cmq.common.reference.LegalForm;
import fr.cmq.common.reference.SourceKind;
import fr.cmq.common.rules.SearchText;
import fr.cmq.common.rules.YearBounds;
import fr.cmq.gateway.dashboard.MissingItem;
import fr.cmq.gateway.dashboard.RegisterNames;
import fr.cmq.gateway.dashboard.TableOrder;
import fr.cmq.gateway.dashboard.TableQuery;
import io.quarkus.qute.TemplateData;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The filters of the page's form, read leniently: the form offers known codes only, so an empty or unknown value
 * (a hand-edited address) means "no filter" instead of an error page. The year is this year by default, and one of
 * the platform's years ({@link YearBounds}).
 */
@TemplateData
public record PageFilters(int year, int currentYear, String region, String academy, String family, String legalForm,
                          String labelStatus, String flag, String missing, String q, String sort,
                          boolean allRegionsChosen, String source, String asOf) {

    static final int MAX_SEARCH_LENGTH = 200;

    /** The filters of a request on {@code today}; codes are known when the read model's names or a code list has them. */
    static PageFilters of(LocalDate today, RegisterNames names, String year, String region, String academy,
                          String family, String legalForm, String labelStatus, String flag, String missing, String q,
                          String sort) {
        String search = SearchText.query(q) == null ? null : q.strip();
        if (search != null && search.length() > MAX_SEARCH_LENGTH) {
            search = search.substring(0, MAX_SEARCH_LENGTH);
        }
        return new PageFilters(year(year, today), today.getYear(), known(names.regions().keySet(), region),
                known(names.academies().keySet(), academy), known(names.families().keySet(), family),
                known(CodeList.labels(LegalForm.class).keySet(), legalForm),
                known(CodeList.labels(LabelStatus.class).keySet(), labelStatus), known(PageLabels.FLAGS.keySet(), flag),
                known(CodeList.labels(MissingItem.class).keySet(), missing), search, sort(sort), false, null, null);
    }

    /** These filters and the source kind asked for (an unknown one: no filter). */
    PageFilters withSource(String kind) {
        return new PageFilters(year, currentYear, region, academy, family, legalForm, labelStatus, flag, missing, q,
                sort, allRegionsChosen, known(CodeList.labels(SourceKind.class).keySet(), kind), asOf);
    }

    /**
     * These filters with the date of « Situation au » (the table and summary at the end of that day), read leniently:
     * a malformed date, or one after today, shows today's table.
     */
    PageFilters withAsOf(String day, LocalDate today) {
        String asOf = null;
        try {
            LocalDate date = day == null || day.isBlank() ? null : LocalDate.parse(day.strip());
            asOf = date == null || date.isAfter(today) ? null : date.toString();
        } catch (java.time.format.DateTimeParseException e) {
            asOf = null;
        }
        return new PageFilters(year, currentYear, region, academy, family, legalForm, labelStatus, flag, missing, q,
                sort, allRegionsChosen, source, asOf);
    }

    /**
     * These filters for a user whose page opens on a default region (a regional user): when "all regions" was chosen,
     * the page's links keep {@code region=} (empty) so that the next page does not go back to the default.
     */
    PageFilters keepingAllRegions() {
        return region != null ? this : new PageFilters(year, currentYear, null, academy, family, legalForm, labelStatus,
                flag, missing, q, sort, true, source, asOf);
    }

    /** The years offered by the form, latest first: the platform's years. */
    static List<Integer> years(LocalDate today) {
        return YearBounds.years(today).stream().sorted(Comparator.reverseOrder()).toList();
    }

    /** The year of a {@code year} parameter: this year when absent, malformed or out of the platform's years. */
    static int year(String year, LocalDate today) {
        try {
            int value = year == null || year.isBlank() ? today.getYear() : Integer.parseInt(year.strip());
            return YearBounds.contains(value, today) ? value : today.getYear();
        } catch (NumberFormatException e) {
            return today.getYear();
        }
    }

    private static String known(Collection<String> codes, String code) {
        return code == null || !codes.contains(code.strip()) ? null : code.strip();
    }

    private static String sort(String sort) {
        if (sort == null) {
            return "designation";
        }
        String field = sort.strip();
        return PageLabels.SORT_FIELDS.containsKey(field.startsWith("-") ? field.substring(1) : field) ? field : "designation";
    }

    TableQuery tableQuery() {
        return new TableQuery(year, region, academy, family, legalForm, labelStatus, null, flag, missing, q,
                TableOrder.parse(sort), source == null ? List.of() : List.of(source), true);
    }

    public boolean filtered() {
        return region != null || academy != null || family != null || legalForm != null || labelStatus != null
                || flag != null || missing != null || q != null || source != null;
    }

    /** The query string of these filters (and year and sort), with the given parameters replaced or added. */
    String query(String... overrides) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("year", year == currentYear ? null : Integer.toString(year));
        params.put("region", region == null && allRegionsChosen ? "" : region);
        params.put("academy", academy);
        params.put("family", family);
        params.put("legalForm", legalForm);
        params.put("labelStatus", labelStatus);
        params.put("flag", flag);
        params.put("missing", missing);
        params.put("q", q);
        params.put("source", source);
        params.put("sort", "designation".equals(sort) ? null : sort);
        params.put("asOf", asOf);
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
