package fr.cmq.gateway.dashboard;

import jakarta.inject.Inject;
import com.fasterxml.jackson.core.JsonProcessingException;
import fr.cmq.events.EventContract;
import fr.cmq.events.EventSource;
import fr.cmq.events.funding.BudgetState;
import fr.cmq.events.funding.DirectorFundingState;
import fr.cmq.events.monitoring.BreakdownState;
import fr.cmq.events.monitoring.PartnerState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.util.List;
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

    /** A campus's budgets as they were at an instant (each its newest version by then), latest year first. */
    List<BudgetState> budgetsOf(UUID campusId, java.time.Instant asOf) {
        return asOf(BudgetState.class, """
                select view from (select distinct on (year, kind) year, kind, view from budget_row_version
                    where campus_id = :id and valid_from <= :at order by year, kind, valid_from desc, change_id desc) b
                order by year desc, kind""", campusId, asOf);
    }

    /** A campus's director fundings as they were at an instant, latest year first. */
    List<DirectorFundingState> directorFundingsOf(UUID campusId, java.time.Instant asOf) {
        return asOf(DirectorFundingState.class, """
                select view from (select distinct on (year) year, view from director_funding_row_version
                    where campus_id = :id and valid_from <= :at order by year, valid_from desc, change_id desc) d
                order by year desc""", campusId, asOf);
    }

    /**
     * A JSON column of a campus row as the newest version of its part at an instant held it (null without one):
     * {@code register}, {@code label}, {@code profile} or {@code partner_summary}.
     */
    <T> T partAsOf(UUID campusId, ReadModelHistory.Part part, String column, Class<T> record,
                   java.time.Instant asOf) {
        List<T> found = asOf(record, "select " + column + " from campus_row_version where campus_id = :id and part = '"
                + part.name() + "' and valid_from <= :at and " + column
                + " is not null order by valid_from desc, change_id desc limit 1", campusId, asOf);
        return found.isEmpty() ? null : found.get(0);
    }

    private <T> List<T> asOf(Class<T> record, String sql, UUID campusId, java.time.Instant asOf) {
        @SuppressWarnings("unchecked")
        List<Object> rows = entityManager.createNativeQuery(sql).setParameter("id", campusId)
                .setParameter("at", asOf.atOffset(java.time.ZoneOffset.UTC)).getResultList();
        return rows.stream().filter(json -> json != null).map(json -> read(json, record)).toList();
    }

    /** A campus's partners, by name. */
    List<PartnerState> partnersOf(UUID campusId) {
        return ofCampus("select view from partner_row where campus_id = :id order by view ->> 'name'", campusId,
                PartnerState.class);
    }

    /**
     * The sources of a campus's partners (by name), budgets (latest year first) and director co-financings (latest
     * year first), as stored with them.
     */
    List<PartSource> partSourcesOf(UUID campusId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select * from (select 1 as o, 'PARTNER' as part, partner_id, null::int as year,
                                null::text as kind, view ->> 'name' as name, source
                            from partner_row where campus_id = :id and source is not null
                        union all select 2, 'BUDGET', null, year, kind, null, source
                            from budget_row where campus_id = :id and source is not null
                        union all select 3, 'DIRECTOR_FUNDING', null, year, null, null, source
                            from director_funding_row where campus_id = :id and source is not null) s
                        order by o, name, year desc, kind""")
                .setParameter("id", campusId).getResultList();
        return rows.stream().map(r -> new PartSource((String) r[1], (UUID) r[2],
                r[3] == null ? null : ((Number) r[3]).intValue(), (String) r[4], read(r[6], EventSource.class))).toList();
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
