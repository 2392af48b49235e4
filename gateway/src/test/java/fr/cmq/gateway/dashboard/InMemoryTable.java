package fr.cmq.gateway.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import fr.cmq.common.reference.SourceKind;
import fr.cmq.common.rules.SearchText;
import fr.cmq.events.EventContract;
import fr.cmq.events.funding.BudgetState;
import fr.cmq.events.funding.DirectorFundingState;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The reference oracle: the national table as the gateway computed it before issue 12 (kept verbatim in the tests):
 * every campus row loaded, all budgets of the year parsed from JSON, rows built in memory ({@link InMemoryRows}),
 * filtered, sorted ({@link InMemoryOrder}). Issue 13 added the source filter and the demonstration data's exclusion
 * (a national figure's), on the register's source kind kept with the campus. The projection must give the same rows, order and cursors.
 */
@ApplicationScoped
public class InMemoryTable {

    @Inject
    EntityManager entityManager;

    /** Every row matching the query, in its order. */
    @Transactional
    public List<TableRow> rows(TableQuery query, LocalDate today) {
        String q = SearchText.query(query.q());
        List<CampusReadModel> campuses = campuses(query).stream()
                .filter(c -> query.academy() == null || academyCodes(c).contains(query.academy()))
                .filter(c -> query.sources().isEmpty() || query.sources().contains(c.sourceKind))
                .filter(c -> query.includeDemoData() || !SourceKind.valueOf(c.sourceKind).demo())
                .filter(c -> q == null || matches(c, q))
                .toList();
        List<TableRow> rows = new ArrayList<>();
        for (TableRow row : rowsOf(campuses, query.year(), today)) {
            if ((query.labelStatus() == null || query.labelStatus().equals(row.labelStatus()))
                    && (query.expiresBefore() == null
                    || (row.labelExpiry() != null && !row.labelExpiry().isAfter(query.expiresBefore())))
                    && (query.flag() == null || row.warningFlags().contains(query.flag()))
                    && (query.missing() == null || row.missing().contains(query.missing()))) {
                rows.add(row);
            }
        }
        rows.sort(InMemoryOrder.comparator(query.sort()));
        return rows;
    }

    /** The table rows of these campuses for a year, in the same order (budgets read once for all). */
    List<TableRow> rowsOf(List<CampusReadModel> campuses, int year, LocalDate today) {
        Map<UUID, BudgetState> budgets = byCampus(
                "select campus_id, view from budget_row where year = :year and kind = 'FORECAST'", year,
                BudgetState.class);
        Map<UUID, DirectorFundingState> directors = byCampus(
                "select campus_id, view from director_funding_row where year = :year", year,
                DirectorFundingState.class);
        Map<UUID, Integer> recentValues = indicatorsWithValue(today.getYear() - 1);
        Map<UUID, BigDecimal> completions = planCompletions(today.getYear() - 1);
        return campuses.stream().map(c -> InMemoryRows.of(c, budgets.get(c.campusId), directors.get(c.campusId), year,
                today, recentValues.get(c.campusId), completions.get(c.campusId))).toList();
    }

    static List<String> academyCodes(CampusReadModel campus) {
        return campus.register == null || campus.register.academyCodes() == null ? List.of()
                : campus.register.academyCodes();
    }

    private static boolean matches(CampusReadModel campus, String q) {
        return SearchText.matches(campus.designation, q)
                || campus.communicationNames().stream().anyMatch(name -> SearchText.matches(name, q));
    }

    private List<CampusReadModel> campuses(TableQuery query) {
        StringBuilder where = new StringBuilder("designation is not null");
        Parameters params = new Parameters();
        whereEqual(where, params, "regionCode", query.region());
        whereEqual(where, params, "familyCode", query.family());
        whereEqual(where, params, "legalForm", query.legalForm());
        List<CampusReadModel> campuses = CampusReadModel.list(where.toString(), params);
        campuses.forEach(entityManager::detach);
        return campuses;
    }

    private static void whereEqual(StringBuilder where, Parameters params, String field, String value) {
        if (value != null) {
            where.append(" and ").append(field).append(" = :").append(field);
            params.and(field, value);
        }
    }

    private Map<UUID, Integer> indicatorsWithValue(int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select campus_id, count(distinct indicator) from "
                + "indicator_point_row where kind = 'VALUE' and year = :year group by campus_id")
                .setParameter("year", year).getResultList();
        Map<UUID, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.put((UUID) r[0], ((Number) r[1]).intValue()));
        return counts;
    }

    private Map<UUID, BigDecimal> planCompletions(int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select campus_id, value from indicator_point_row "
                        + "where kind = 'VALUE' and year = :year and indicator = :indicator and breakdown_key = ''")
                .setParameter("year", year).setParameter("indicator", IndicatorPoint.PLAN_COMPLETION).getResultList();
        Map<UUID, BigDecimal> completions = new HashMap<>();
        rows.forEach(r -> completions.put((UUID) r[0], (BigDecimal) r[1]));
        return completions;
    }

    private <T> Map<UUID, T> byCampus(String sql, int year, Class<T> record) {
        @SuppressWarnings("unchecked")
        List<Object[]> results = entityManager.createNativeQuery(sql).setParameter("year", year).getResultList();
        Map<UUID, T> records = new HashMap<>();
        for (Object[] r : results) {
            try {
                records.put((UUID) r[0], EventContract.objectMapper().readValue(r[1].toString(), record));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return records;
    }
}
