package fr.cmq.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Everything the read model holds about one campus, for the API's detail and the campus page. */
@ApplicationScoped
public class CampusDetails {

    /** One campus: its table row for the year and what the three services published about it. */
    public record CampusDetail(TableRow row, List<String> communicationNames, JsonNode label, JsonNode profile,
                               JsonNode partnerSummary, List<JsonNode> partners, List<JsonNode> budgets,
                               List<JsonNode> directorFundings) {
    }

    private final NationalTable table;
    private final EntityManager entityManager;

    public CampusDetails(NationalTable table, EntityManager entityManager) {
        this.table = table;
        this.entityManager = entityManager;
    }

    public Optional<CampusDetail> find(UUID campusId, int year) {
        CampusRow campus = CampusRow.findById(campusId);
        if (campus == null || campus.designation == null) {
            return Optional.empty();
        }
        List<JsonNode> budgets = views("select view from budget_row where campus_id = :id order by year desc, kind", campusId);
        List<JsonNode> directors = views("select view from director_funding_row where campus_id = :id order by year desc", campusId);
        JsonNode forecast = budgets.stream().filter(b -> b.path("year").asInt() == year
                && "FORECAST".equals(b.path("kind").asText())).findFirst().orElse(null);
        JsonNode director = directors.stream().filter(d -> d.path("year").asInt() == year).findFirst().orElse(null);
        return Optional.of(new CampusDetail(table.row(campus, forecast, director, year, NationalTable.today()),
                List.copyOf(campus.communicationNames), campus.label, campus.profile, campus.partnerSummary,
                views("select view from partner_row where campus_id = :id order by view ->> 'name'", campusId),
                budgets, directors));
    }

    private List<JsonNode> views(String sql, UUID campusId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = entityManager.createNativeQuery(sql).setParameter("id", campusId).getResultList();
        return rows.stream().map(table::json).toList();
    }
}
