package fr.cmq.gateway.dashboard;

import jakarta.inject.Inject;
import fr.cmq.events.EventSource;
import fr.cmq.events.funding.BudgetState;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
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
                IndicatorSeries.of(readModel.indicatorPointsOf(campusId)), sources(campus, row)));
    }

    /** The source of each part of the campus: the campus's own parts, then its partners, budgets and co-financings. */
    private List<PartSource> sources(CampusReadModel campus, TableRow row) {
        List<PartSource> sources = new ArrayList<>();
        add(sources, PartSource.REGISTER, row.source());
        add(sources, PartSource.LABEL, campus.labelSource);
        add(sources, PartSource.PROFILE, campus.profileSource);
        add(sources, PartSource.PARTNERS, campus.partnersSource);
        add(sources, PartSource.STEERING, campus.steeringSource);
        sources.addAll(readModel.partSourcesOf(campus.campusId));
        return List.copyOf(sources);
    }

    private static void add(List<PartSource> sources, String part, EventSource source) {
        if (source != null) {
            sources.add(PartSource.of(part, source));
        }
    }
}
