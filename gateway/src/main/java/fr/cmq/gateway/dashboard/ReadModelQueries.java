package fr.cmq.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The reads of the read model: registered campuses, and the budgets, director fundings and partners stored with them. */
@ApplicationScoped
public class ReadModelQueries {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    public ReadModelQueries(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    /** A registered campus (one whose register event arrived), if any. */
    public CampusReadModel campus(UUID campusId) {
        CampusReadModel campus = CampusReadModel.findById(campusId);
        return campus == null || campus.designation == null ? null : campus;
    }

    /** The registered campuses of the query's region, family and legal form (the filters the database applies). */
    List<CampusReadModel> campuses(TableQuery query) {
        StringBuilder where = new StringBuilder("designation is not null");
        Parameters params = new Parameters();
        if (query.region() != null) {
            where.append(" and regionCode = :region");
            params.and("region", query.region());
        }
        if (query.family() != null) {
            where.append(" and familyCode = :family");
            params.and("family", query.family());
        }
        if (query.legalForm() != null) {
            where.append(" and legalForm = :legalForm");
            params.and("legalForm", query.legalForm());
        }
        return CampusReadModel.list(where.toString(), params);
    }

    /** Registered campuses changed after a position of the change feed, oldest change first. */
    List<CampusReadModel> changedAfter(long changeSeq, int limit) {
        return CampusReadModel.<CampusReadModel>find("designation is not null and changeSeq > ?1 order by changeSeq",
                changeSeq).page(0, limit).list();
    }

    /** The FORECAST budget of the year of every campus that has one, by campus. */
    Map<UUID, JsonNode> forecastBudgets(int year) {
        return byCampus("select campus_id, view from budget_row where year = :year and kind = 'FORECAST'", year);
    }

    /** The director funding of the year of every campus that has one, by campus. */
    Map<UUID, JsonNode> directorFundings(int year) {
        return byCampus("select campus_id, view from director_funding_row where year = :year", year);
    }

    /** A campus's budgets, latest year first. */
    List<JsonNode> budgetsOf(UUID campusId) {
        return ofCampus("select view from budget_row where campus_id = :id order by year desc, kind", campusId);
    }

    /** A campus's director fundings, latest year first. */
    List<JsonNode> directorFundingsOf(UUID campusId) {
        return ofCampus("select view from director_funding_row where campus_id = :id order by year desc", campusId);
    }

    /** A campus's partners, by name. */
    List<JsonNode> partnersOf(UUID campusId) {
        return ofCampus("select view from partner_row where campus_id = :id order by view ->> 'name'", campusId);
    }

    private Map<UUID, JsonNode> byCampus(String sql, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> results = entityManager.createNativeQuery(sql).setParameter("year", year).getResultList();
        Map<UUID, JsonNode> views = new HashMap<>();
        for (Object[] r : results) {
            views.put((UUID) r[0], json(r[1]));
        }
        return views;
    }

    private List<JsonNode> ofCampus(String sql, UUID campusId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = entityManager.createNativeQuery(sql).setParameter("id", campusId).getResultList();
        return rows.stream().map(this::json).toList();
    }

    private JsonNode json(Object value) {
        try {
            return value == null ? null : objectMapper.readTree(value.toString());
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable JSON in the read model", e);
        }
    }
}
