package fr.cmq.gateway.dashboard;

import jakarta.inject.Inject;
import fr.cmq.common.rules.SearchText;
import fr.cmq.common.time.CmqClock;
import fr.cmq.events.funding.BudgetState;
import fr.cmq.events.funding.DirectorFundingState;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The national table's rows for a year, filtered and ordered as a {@link TableQuery} asks. */
@ApplicationScoped
public class NationalTable {

    @Inject
    ReadModelQueries readModel;
    @Inject
    CmqClock clock;

    /** Every row matching the query, in its order. */
    public List<TableRow> rows(TableQuery query) {
        String q = SearchText.query(query.q());
        List<CampusReadModel> campuses = readModel.campuses(query).stream()
                .filter(c -> query.academy() == null || c.academyCodes().contains(query.academy()))
                .filter(c -> q == null || matches(c, q))
                .toList();
        List<TableRow> rows = new ArrayList<>();
        for (TableRow row : rowsOf(campuses, query.year())) {
            if ((query.labelStatus() == null || query.labelStatus().equals(row.labelStatus()))
                    && (query.expiresBefore() == null
                    || (row.labelExpiry() != null && !row.labelExpiry().isAfter(query.expiresBefore())))
                    && (query.flag() == null || row.warningFlags().contains(query.flag()))
                    && (query.missing() == null || row.missing().contains(query.missing()))) {
                rows.add(row);
            }
        }
        rows.sort(TableOrder.comparator(query.sort()));
        return rows;
    }

    /** The table rows of these campuses for a year, in the same order (budgets read once for all). */
    public List<TableRow> rowsOf(List<CampusReadModel> campuses, int year) {
        Map<UUID, BudgetState> budgets = readModel.forecastBudgets(year);
        Map<UUID, DirectorFundingState> directors = readModel.directorFundings(year);
        LocalDate today = clock.today();
        Map<UUID, Integer> recentValues = readModel.indicatorsWithValue(today.getYear() - 1);
        Map<UUID, BigDecimal> completions = readModel.planCompletions(today.getYear() - 1);
        return campuses.stream().map(c -> TableRows.of(c, budgets.get(c.campusId), directors.get(c.campusId), year,
                today, recentValues.get(c.campusId), completions.get(c.campusId))).toList();
    }

    private static boolean matches(CampusReadModel campus, String q) {
        return SearchText.matches(campus.designation, q)
                || campus.communicationNames().stream().anyMatch(name -> SearchText.matches(name, q));
    }
}
