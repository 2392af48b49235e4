package fr.cmq.gateway.dashboard;

import jakarta.inject.Inject;
import fr.cmq.common.reference.BudgetKind;
import fr.cmq.common.time.CmqClock;
import fr.cmq.events.funding.BudgetState;
import fr.cmq.events.funding.DirectorFundingState;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.LocalDate;
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
        LocalDate today = clock.today();
        int lastCompleteYear = today.getYear() - 1;
        List<IndicatorPoint> points = readModel.indicatorPointsOf(campusId);
        List<IndicatorPoint> recent = points.stream()
                .filter(p -> p.year() == lastCompleteYear && IndicatorPoint.VALUE.equals(p.kind())).toList();
        BigDecimal completion = recent.stream().filter(p -> IndicatorPoint.PLAN_COMPLETION.equals(p.indicator())
                && IndicatorPoint.CAMPUS_AS_A_WHOLE.equals(p.breakdown())).map(IndicatorPoint::value).findFirst()
                .orElse(null);
        int recentValues = (int) recent.stream().map(IndicatorPoint::indicator).distinct().count();
        return Optional.of(new CampusDetail(TableRows.of(campus, forecast, director, year, today, recentValues,
                completion), List.copyOf(campus.communicationNames()), campus.label, campus.profile,
                campus.partnerSummary, readModel.partnersOf(campusId), budgets, directors,
                budgets.stream().map(BudgetThemes::of).toList(), IndicatorSeries.of(points)));
    }
}
