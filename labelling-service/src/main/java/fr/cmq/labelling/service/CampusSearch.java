package fr.cmq.labelling.service;

import fr.cmq.common.reference.LabelStatus;
import fr.cmq.common.rules.LabelCalendar;
import fr.cmq.common.rules.SearchText;
import fr.cmq.labelling.domain.Campus;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import java.time.LocalDate;
import java.util.List;

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
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (query.region() != null) {
            where.append(" and regionCode = :region");
            params.and("region", query.region());
        }
        if (query.family() != null) {
            where.append(" and familyCode = :family");
            params.and("family", query.family());
        }
        if (query.academy() != null) {
            where.append(" and :academy member of academyCodes");
            params.and("academy", query.academy());
        }
        if (query.labelStatus() != null) {
            where.append(" and ").append(LabelCalendar.condition(query.labelStatus(), LABEL_COLUMNS, "today"));
            params.and("today", today);
        }
        String pattern = SearchText.containsPattern(query.q());
        if (pattern != null) {
            where.append(" and searchText like :q");
            params.and("q", pattern);
        }
        if (after != null) {
            where.append(" and (designation > :afterName or (designation = :afterName and id > :afterId))");
            params.and("afterName", after.designation()).and("afterId", after.id());
        }
        var found = Campus.<Campus>find(where.toString(), Sort.by("designation").and("id"), params);
        return limit == null ? found.list() : found.page(0, limit).list();
    }

    /** Current labels (LABELLED or RENEWAL_DUE on {@code today}) expiring on or before {@code before}, by expiry. */
    static List<Campus> renewalsDue(LocalDate before, LocalDate today) {
        return Campus.<Campus>find("(" + LabelCalendar.condition(LabelStatus.LABELLED, LABEL_COLUMNS, "today") + " or "
                        + LabelCalendar.condition(LabelStatus.RENEWAL_DUE, LABEL_COLUMNS, "today")
                        + ") and labelExpiryDate <= :before", Sort.by("labelExpiryDate").and("designation"),
                Parameters.with("today", today).and("before", before)).list();
    }
}
