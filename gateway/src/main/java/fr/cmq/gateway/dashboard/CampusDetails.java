package fr.cmq.gateway.dashboard;

import jakarta.inject.Inject;
import fr.cmq.common.reference.BudgetKind;
import fr.cmq.common.time.CmqClock;
import fr.cmq.events.funding.BudgetState;
import fr.cmq.events.funding.DirectorFundingState;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Everything the read model holds about one campus, for the API's detail and the campus page. */
@ApplicationScoped
public class CampusDetails {

    @Inject
    ReadModelQueries readModel;
    @Inject
    CmqClock clock;

    /** The campus with its row for the year; empty when it is not (yet) registered in the read model. */
    public Optional<CampusDetail> find(UUID campusId, int year) {
        CampusReadModel campus = readModel.campus(campusId);
        if (campus == null) {
            return Optional.empty();
        }
        List<BudgetState> budgets = readModel.budgetsOf(campusId);
        List<DirectorFundingState> directors = readModel.directorFundingsOf(campusId);
        BudgetState forecast = budgets.stream()
                .filter(b -> b.year() == year && BudgetKind.FORECAST.code().equals(b.kind())).findFirst().orElse(null);
        DirectorFundingState director = directors.stream().filter(d -> d.year() == year).findFirst().orElse(null);
        return Optional.of(new CampusDetail(TableRows.of(campus, forecast, director, year, clock.today()),
                List.copyOf(campus.communicationNames()), campus.label, campus.profile, campus.partnerSummary,
                readModel.partnersOf(campusId), budgets, directors));
    }
}
