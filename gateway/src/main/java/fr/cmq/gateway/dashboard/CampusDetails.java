package fr.cmq.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Everything the read model holds about one campus, for the API's detail and the campus page. */
@ApplicationScoped
public class CampusDetails {

    private final ReadModelQueries readModel;

    public CampusDetails(ReadModelQueries readModel) {
        this.readModel = readModel;
    }

    /** The campus with its row for the year; empty when it is not (yet) registered in the read model. */
    public Optional<CampusDetail> find(UUID campusId, int year) {
        CampusReadModel campus = readModel.campus(campusId);
        if (campus == null) {
            return Optional.empty();
        }
        List<JsonNode> budgets = readModel.budgetsOf(campusId);
        List<JsonNode> directors = readModel.directorFundingsOf(campusId);
        JsonNode forecast = budgets.stream().filter(b -> b.path("year").asInt() == year
                && "FORECAST".equals(b.path("kind").asText())).findFirst().orElse(null);
        JsonNode director = directors.stream().filter(d -> d.path("year").asInt() == year).findFirst().orElse(null);
        return Optional.of(new CampusDetail(TableRows.of(campus, forecast, director, year, NationalTable.today()),
                List.copyOf(campus.communicationNames), campus.label, campus.profile, campus.partnerSummary,
                readModel.partnersOf(campusId), budgets, directors));
    }
}
