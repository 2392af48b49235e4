package fr.cmq.labelling.service;

import fr.cmq.common.reference.LabelStatus;
import fr.cmq.common.rules.LabelCalendar;
import fr.cmq.common.rules.SearchText;
import fr.cmq.labelling.domain.Campus;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The register's queries: its filters as one HQL condition, in designation order, from a cursor's position; the
 * labels falling due. Label statuses are the platform's label calendar, as a query condition.
 */
final class CampusSearch {

    /** The label facts kept on {@code Campus}, for the label calendar's query condition. */
    private static final LabelCalendar.Columns LABEL_COLUMNS = new LabelCalendar.Columns("labelBasis",
            "labelRenewalDueFrom", "labelExpiryDate", "labelWithdrawnOn");

    private CampusSearch() {
    }

    /** The campuses matching {@code query} on {@code today} after {@code after}, at most {@code limit} (null: all). */
    static List<Campus> find(CampusQuery query, CampusQuery.After after, Integer limit, LocalDate today) {
        Filters filters = new Filters()
                .and("regionCode = :region", "region", query.region())
                .and("familyCode = :family", "family", query.family())
                .and(":academy member of academyCodes", "academy", query.academy())
                .and("searchText like :q", "q", SearchText.containsPattern(query.q()));
        if (query.labelStatus() != null) {
            filters.and(LabelCalendar.condition(query.labelStatus(), LABEL_COLUMNS, "today"), "today", today);
        }
        if (after != null) {
            filters.and("(designation > :afterName or (designation = :afterName and id > :afterId))",
                    "afterName", after.designation());
            filters.parameters.put("afterId", after.id());
        }
        var found = Campus.<Campus>find(filters.condition.toString(), Sort.by("designation").and("id"), filters.parameters);
        return limit == null ? found.list() : found.page(0, limit).list();
    }

    /** Current labels (LABELLED or RENEWAL_DUE on {@code today}) expiring on or before {@code before}, by expiry. */
    static List<Campus> renewalsDue(LocalDate before, LocalDate today) {
        return Campus.<Campus>find("(" + LabelCalendar.condition(LabelStatus.LABELLED, LABEL_COLUMNS, "today") + " or "
                        + LabelCalendar.condition(LabelStatus.RENEWAL_DUE, LABEL_COLUMNS, "today")
                        + ") and labelExpiryDate <= :before", Sort.by("labelExpiryDate").and("designation"),
                Parameters.with("today", today).and("before", before)).list();
    }

    /** The register's filters as one HQL condition and its parameters, one optional filter at a time. */
    private static final class Filters {

        private final StringBuilder condition = new StringBuilder("1 = 1");
        private final Map<String, Object> parameters = new HashMap<>();

        /** Adds {@code clause} and its parameter when {@code value} is given; an absent filter adds nothing. */
        Filters and(String clause, String parameter, Object value) {
            if (value != null) {
                condition.append(" and ").append(clause);
                parameters.put(parameter, value);
            }
            return this;
        }
    }
}
