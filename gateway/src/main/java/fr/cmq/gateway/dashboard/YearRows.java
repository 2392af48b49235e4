package fr.cmq.gateway.dashboard;

import fr.cmq.common.reference.BudgetKind;
import fr.cmq.common.reference.FundingModality;
import fr.cmq.events.funding.BudgetState;
import fr.cmq.events.funding.DirectorFundingState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * The national table's year columns of a campus (table {@code campus_year_row}): the FORECAST budget of the year
 * with its funder shares, ex-ante share and Annexe 3 theme, and the director funding of the year, as typed columns.
 * Written by the funding events' handler in its transaction, once the budget or funding itself was stored (a newer
 * event already applied leaves them).
 */
@ApplicationScoped
class YearRows {

    @Inject
    EntityManager entityManager;

    /** Puts the year's forecast budget columns (a budget of another kind changes nothing). */
    void putForecast(UUID campusId, BudgetState budget) {
        if (!BudgetKind.FORECAST.code().equals(budget.kind())) {
            return;
        }
        List<BudgetState.FunderTypeShare> shares = budget.sharesByFunderType() == null ? List.of()
                : budget.sharesByFunderType();
        TableRow.BudgetTheme theme = BudgetThemes.of(budget);
        run("""
                insert into campus_year_row (campus_id, year, forecast_budget_cents, funder_types, funder_amounts,
                    funder_percents, non_rectorat_percent, ex_ante_percent, total_uses_cents, coverage_ratio_percent,
                    annex3_amounts, annex3_percents)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (campus_id, year) do update set forecast_budget_cents = excluded.forecast_budget_cents,
                    funder_types = excluded.funder_types, funder_amounts = excluded.funder_amounts,
                    funder_percents = excluded.funder_percents, non_rectorat_percent = excluded.non_rectorat_percent,
                    ex_ante_percent = excluded.ex_ante_percent, total_uses_cents = excluded.total_uses_cents,
                    coverage_ratio_percent = excluded.coverage_ratio_percent,
                    annex3_amounts = excluded.annex3_amounts, annex3_percents = excluded.annex3_percents""",
                (connection, sql) -> {
                    sql.setObject(1, campusId);
                    sql.setInt(2, budget.year());
                    sql.setLong(3, budget.totalResourcesCents());
                    sql.setArray(4, connection.createArrayOf("text",
                            shares.stream().map(BudgetState.FunderTypeShare::funderType).toArray()));
                    sql.setArray(5, connection.createArrayOf("bigint",
                            shares.stream().map(BudgetState.FunderTypeShare::amountCents).toArray()));
                    sql.setArray(6, connection.createArrayOf("numeric",
                            shares.stream().map(BudgetState.FunderTypeShare::percent).toArray()));
                    sql.setBigDecimal(7, budget.nonRectoratPercent());
                    sql.setBigDecimal(8, exAntePercent(budget));
                    sql.setLong(9, theme.totalUsesCents());
                    sql.setBigDecimal(10, theme.coverageRatioPercent());
                    sql.setArray(11, connection.createArrayOf("bigint",
                            theme.shares().stream().map(TableRow.BucketShare::amountCents).toArray()));
                    sql.setArray(12, connection.createArrayOf("numeric",
                            theme.shares().stream().map(TableRow.BucketShare::percent).toArray()));
                });
    }

    /** Puts the year's director funding column. */
    void putDirectorFunding(UUID campusId, DirectorFundingState funding) {
        run("""
                insert into campus_year_row (campus_id, year, director_non_rectorat_percent) values (?, ?, ?)
                on conflict (campus_id, year) do update
                    set director_non_rectorat_percent = excluded.director_non_rectorat_percent""",
                (connection, sql) -> {
                    sql.setObject(1, campusId);
                    sql.setInt(2, funding.year());
                    sql.setBigDecimal(3, funding.nonRectoratPercent());
                });
    }

    /** The EX_ANTE share; 0.0 for a budget with resources but none granted ex ante; null without resources. */
    static BigDecimal exAntePercent(BudgetState budget) {
        BigDecimal exAnte = budget.totalResourcesCents() > 0 ? BigDecimal.valueOf(0, 1) : null;
        if (budget.sharesByModality() != null) {
            for (BudgetState.ModalityShare share : budget.sharesByModality()) {
                if (FundingModality.EX_ANTE.code().equals(share.modality())) {
                    exAnte = share.percent();
                }
            }
        }
        return exAnte;
    }

    private interface Binding {
        void bind(Connection connection, PreparedStatement sql) throws SQLException;
    }

    /** Runs a write on the transaction's connection (typed arrays bound by JDBC). */
    private void run(String statement, Binding binding) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement sql = connection.prepareStatement(statement)) {
                binding.bind(connection, sql);
                sql.executeUpdate();
            }
        });
    }
}
