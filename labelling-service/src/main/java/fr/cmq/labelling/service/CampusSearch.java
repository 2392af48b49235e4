package fr.cmq.labelling.service;

import fr.cmq.labelling.domain.Campus;
import fr.cmq.labelling.domain.LabelDates;
import fr.cmq.labelling.domain.SearchText;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import java.time.LocalDate;
import java.util.List;

/** The register's query: its filters as one HQL condition, in designation order, from a cursor's position. */
final class CampusSearch {

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
            where.append(" and ").append(LabelDates.hqlCondition(query.labelStatus()));
            params.and("today", today);
        }
        if (query.q() != null && !query.q().isBlank()) {
            where.append(" and searchText like :q");
            params.and("q", "%" + SearchText.normalise(query.q().strip())
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (after != null) {
            where.append(" and (designation > :afterName or (designation = :afterName and id > :afterId))");
            params.and("afterName", after.designation()).and("afterId", after.id());
        }
        var found = Campus.<Campus>find(where.toString(), Sort.by("designation").and("id"), params);
        return limit == null ? found.list() : found.page(0, limit).list();
    }
}
