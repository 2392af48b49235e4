package fr.cmq.gateway.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * The filters and order of the national table; all filters are optional and combine. {@code sources}: the rows whose
 * source kind is one of these (none: every kind); {@code includeDemoData}: false leaves out the demonstration kinds
 * (EXAMPLE, SYNTHETIC), as every national figure does unless asked (the table itself shows them).
 */
public record TableQuery(int year, String region, String academy, String family, String legalForm,
                         String labelStatus, LocalDate expiresBefore, String flag, String missing, String q,
                         List<String> sort, List<String> sources, boolean includeDemoData) {

    public TableQuery {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** The query without a source filter, demonstration data included (the table's). */
    public TableQuery(int year, String region, String academy, String family, String legalForm, String labelStatus,
                      LocalDate expiresBefore, String flag, String missing, String q, List<String> sort) {
        this(year, region, academy, family, legalForm, labelStatus, expiresBefore, flag, missing, q, sort, List.of(),
                true);
    }

    /** The same query, demonstration data included or not (a national figure's: summary, open data). */
    public TableQuery withDemoData(boolean include) {
        return new TableQuery(year, region, academy, family, legalForm, labelStatus, expiresBefore, flag, missing, q,
                sort, sources, include);
    }
}
