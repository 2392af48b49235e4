package fr.cmq.gateway.dashboard;

import jakarta.inject.Inject;
import com.fasterxml.jackson.core.JsonProcessingException;
import fr.cmq.events.EventContract;
import fr.cmq.events.funding.BudgetState;
import fr.cmq.events.funding.DirectorFundingState;
import fr.cmq.events.monitoring.BreakdownState;
import fr.cmq.events.monitoring.PartnerState;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The reads of the read model: registered campuses, the budgets, director fundings and partners stored with them
 * (JSON read back into the contract's records), and the names of the register's codes.
 */
@ApplicationScoped
public class ReadModelQueries {

    @Inject
    EntityManager entityManager;

    /** A registered campus (one whose register event arrived), if any. */
    public CampusReadModel campus(UUID campusId) {
        CampusReadModel campus = CampusReadModel.findById(campusId);
        return campus == null || campus.designation == null ? null : campus;
    }

    /** The registered campuses of the query's region, family and legal form (the filters the database applies). */
    List<CampusReadModel> campuses(TableQuery query) {
        StringBuilder where = new StringBuilder("designation is not null");
        Parameters params = new Parameters();
        whereEqual(where, params, "regionCode", query.region());
        whereEqual(where, params, "familyCode", query.family());
        whereEqual(where, params, "legalForm", query.legalForm());
        return CampusReadModel.list(where.toString(), params);
    }

    /** Adds {@code and field = :field} when the filter has a value (a filter without one selects everything). */
    private static void whereEqual(StringBuilder where, Parameters params, String field, String value) {
        if (value != null) {
            where.append(" and ").append(field).append(" = :").append(field);
            params.and(field, value);
        }
    }

    /** Registered campuses changed after a position of the change feed, oldest change first. */
    List<CampusReadModel> changedAfter(long changeSeq, int limit) {
        return CampusReadModel.<CampusReadModel>find("designation is not null and changeSeq > ?1 order by changeSeq",
                changeSeq).page(0, limit).list();
    }

    /** The FORECAST budget of the year of every campus that has one, by campus. */
    Map<UUID, BudgetState> forecastBudgets(int year) {
        return byCampus("select campus_id, view from budget_row where year = :year and kind = 'FORECAST'", year,
                BudgetState.class);
    }

    /** The director funding of the year of every campus that has one, by campus. */
    Map<UUID, DirectorFundingState> directorFundings(int year) {
        return byCampus("select campus_id, view from director_funding_row where year = :year", year,
                DirectorFundingState.class);
    }

    /** A campus's budgets, latest year first. */
    List<BudgetState> budgetsOf(UUID campusId) {
        return ofCampus("select view from budget_row where campus_id = :id order by year desc, kind", campusId,
                BudgetState.class);
    }

    /** A campus's director fundings, latest year first. */
    List<DirectorFundingState> directorFundingsOf(UUID campusId) {
        return ofCampus("select view from director_funding_row where campus_id = :id order by year desc", campusId,
                DirectorFundingState.class);
    }

    /** A campus's partners, by name. */
    List<PartnerState> partnersOf(UUID campusId) {
        return ofCampus("select view from partner_row where campus_id = :id order by view ->> 'name'", campusId,
                PartnerState.class);
    }

    /** A campus's indicator targets and values, by indicator, breakdown, year. */
    List<IndicatorPoint> indicatorPointsOf(UUID campusId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select indicator, breakdown, kind, year, value "
                        + "from indicator_point_row where campus_id = :id order by indicator, breakdown_key, year, kind")
                .setParameter("id", campusId).getResultList();
        return rows.stream().map(r -> new IndicatorPoint((String) r[0], read(r[1], BreakdownState.class),
                (String) r[2], ((Number) r[3]).intValue(), (BigDecimal) r[4])).toList();
    }

    /** Per campus, the number of indicators with at least one value for the year. */
    Map<UUID, Integer> indicatorsWithValue(int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select campus_id, count(distinct indicator) from "
                + "indicator_point_row where kind = 'VALUE' and year = :year group by campus_id")
                .setParameter("year", year).getResultList();
        Map<UUID, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.put((UUID) r[0], ((Number) r[1]).intValue()));
        return counts;
    }

    /** Per campus, the completion of its action plan of the year (the ACTION_PLAN_COMPLETION value), when scored. */
    Map<UUID, BigDecimal> planCompletions(int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select campus_id, value from indicator_point_row "
                        + "where kind = 'VALUE' and year = :year and indicator = :indicator and breakdown_key = ''")
                .setParameter("year", year).setParameter("indicator", IndicatorPoint.PLAN_COMPLETION).getResultList();
        Map<UUID, BigDecimal> completions = new HashMap<>();
        rows.forEach(r -> completions.put((UUID) r[0], (BigDecimal) r[1]));
        return completions;
    }

    /** The names of the regions, academies and families the registered campuses use, as their events carried them. */
    public RegisterNames registerNames() {
        return RegisterNames.of(
                named("select distinct region_code, register ->> 'regionName' from campus_row where designation is not null"),
                named("select distinct a.code, register -> 'academyNames' ->> a.code from campus_row, "
                        + "jsonb_array_elements_text(register -> 'academyCodes') as a(code) where designation is not null"),
                named("select distinct family_code, register ->> 'familyLabel' from campus_row where designation is not null"));
    }

    private List<RegisterNames.Named> named(String sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(sql).getResultList();
        return rows.stream().map(r -> new RegisterNames.Named((String) r[0], (String) r[1])).toList();
    }

    private <T> Map<UUID, T> byCampus(String sql, int year, Class<T> record) {
        @SuppressWarnings("unchecked")
        List<Object[]> results = entityManager.createNativeQuery(sql).setParameter("year", year).getResultList();
        Map<UUID, T> records = new HashMap<>();
        for (Object[] r : results) {
            records.put((UUID) r[0], read(r[1], record));
        }
        return records;
    }

    private <T> List<T> ofCampus(String sql, UUID campusId, Class<T> record) {
        @SuppressWarnings("unchecked")
        List<Object> rows = entityManager.createNativeQuery(sql).setParameter("id", campusId).getResultList();
        return rows.stream().map(json -> read(json, record)).toList();
    }

    /** A stored record, read with the contract's tolerant mapper. */
    private static <T> T read(Object json, Class<T> record) {
        try {
            return EventContract.objectMapper().readValue(json.toString(), record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable " + record.getSimpleName() + " in the read model", e);
        }
    }
}
