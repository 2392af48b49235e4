package fr.cmq.gateway.dashboard;

import jakarta.inject.Inject;
import fr.cmq.events.funding.BudgetState;
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
    NationalTable table;

    /** The campus with its row for the year; empty when it is not (yet) registered in the read model. */
    public Optional<CampusDetail> find(UUID campusId, int year) {
        CampusReadModel campus = readModel.campus(campusId);
        TableRow row = campus == null ? null : table.row(campusId, year).orElse(null);
        if (row == null) {
            return Optional.empty();
        }
        List<BudgetState> budgets = readModel.budgetsOf(campusId);
        return Optional.of(new CampusDetail(row, List.copyOf(campus.communicationNames()), campus.label,
                campus.profile, campus.partnerSummary, readModel.partnersOf(campusId), budgets,
                readModel.directorFundingsOf(campusId), budgets.stream().map(BudgetThemes::of).toList(),
                IndicatorSeries.of(readModel.indicatorPointsOf(campusId))));
    }
}
