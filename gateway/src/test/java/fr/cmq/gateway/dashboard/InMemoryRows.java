package fr.cmq.gateway.dashboard;

import fr.cmq.common.reference.CodeList;
import fr.cmq.common.reference.FundingModality;
import fr.cmq.common.reference.LabelBasis;
import fr.cmq.common.reference.LabelStatus;
import fr.cmq.common.reference.LegalForm;
import fr.cmq.common.reference.SteeringFlag;
import fr.cmq.common.rules.LabelCalendar;
import fr.cmq.common.rules.LabelFacts;
import fr.cmq.events.funding.BudgetState;
import fr.cmq.events.funding.DirectorFundingState;
import fr.cmq.events.monitoring.HeadlineState;
import fr.cmq.events.monitoring.PartnerTypologyState;
import fr.cmq.events.monitoring.SteeringState;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference oracle (the gateway before issue 12, kept verbatim): one row of the national table from what the read model holds about a campus and the year's forecast budget and
 * director funding: the label status on the day (the platform's label calendar), the partner matrix and raised
 * flags, the funder shares, the recommendation 6 items still missing, the steering by results (and its two flags)
 * and the Annexe 3 budget theme.
 */
final class InMemoryRows {

    private InMemoryRows() {
    }

    /** The headline indicators of the steering state, in catalogue order, with their horizon. */
    static final List<HeadlineState> NO_HEADLINES = List.of(
            new HeadlineState("PRESSURE_RATE", null, null, null, null, null),
            new HeadlineState("SUSTAINABLE_EMPLOYMENT_RATE", "M6", null, null, null, null),
            new HeadlineState("MIXED_PATHWAY_LEARNERS", null, null, null, null, null));

    /**
     * @param recentValues   indicators with a value of the last complete year, from the read model's points (used
     *                       when the steering state was computed for an earlier year: the calendar year has turned)
     * @param planCompletion the same year's plan completion from the points, likewise
     */
    static TableRow of(CampusReadModel campus, BudgetState budget, DirectorFundingState director, int year,
                       LocalDate today, Integer recentValues, BigDecimal planCompletion) {
        PartnerTypologyState summary = campus.partnerSummary;
        TableRow.Steering steering = steering(campus.steering, today, recentValues, planCompletion);
        return new TableRow(campus.campusId, campus.designation, campus.familyCode, campus.regionCode,
                List.copyOf(InMemoryTable.academyCodes(campus)), campus.registerSource(), labelStatus(campus, today).code(), campus.labelExpiry,
                campus.legalForm, campus.supportType, campus.activePartners, matrix(summary), flags(summary, steering),
                year, budget == null ? null : budget.totalResourcesCents(), funderShares(budget),
                budget == null ? null : budget.nonRectoratPercent(), exAntePercent(budget), campus.directorPost,
                director == null ? null : director.nonRectoratPercent(), missing(campus, budget), steering,
                BudgetThemes.of(budget), campus.updatedAt);
    }

    /**
     * The steering columns: the state monitoring's last event carried; when it was computed for an earlier last
     * complete year than today's, what depends on that year (values of the year, plan completion) from the points.
     */
    static TableRow.Steering steering(SteeringState state, LocalDate today, Integer recentValues,
                                      BigDecimal planCompletion) {
        int lastCompleteYear = today.getYear() - 1;
        if (state != null && state.lastCompleteYear() == lastCompleteYear) {
            return new TableRow.Steering(lastCompleteYear, state.indicatorsWithTarget(),
                    state.indicatorsWithRecentValue(), state.planCompletionPercent(), state.headlines());
        }
        return new TableRow.Steering(lastCompleteYear, state == null ? 0 : state.indicatorsWithTarget(),
                recentValues == null ? 0 : recentValues, planCompletion,
                state == null || state.headlines() == null ? NO_HEADLINES : state.headlines());
    }

    /**
     * The label's status on the day, from the facts of the last label event: its status gives the basis (nothing,
     * an application, a grant, a refusal), its dates place a grant on the calendar.
     */
    static LabelStatus labelStatus(CampusReadModel campus, LocalDate today) {
        LabelStatus published = CodeList.find(LabelStatus.class, campus.labelState).orElse(LabelStatus.NOT_RECORDED);
        LabelBasis basis = published.basis();
        if (basis == LabelBasis.GRANTED && (campus.labelStart == null || campus.labelExpiry == null)) {
            return published; // a grant without its dates cannot be placed on the calendar
        }
        return LabelCalendar.statusOn(new LabelFacts(basis, campus.labelStart, campus.labelExpiry,
                campus.labelWithdrawnOn), today);
    }

    private static TableRow.Matrix matrix(PartnerTypologyState summary) {
        if (summary == null || summary.matrix() == null) {
            return null;
        }
        PartnerTypologyState.Matrix m = summary.matrix();
        return new TableRow.Matrix(m.publicInitial(), m.publicContinuing(), m.privateInitial(), m.privateContinuing());
    }

    /** The monitoring summary's flags that are raised, in the contract's order, then the steering flags. */
    private static List<String> flags(PartnerTypologyState summary, TableRow.Steering steering) {
        List<String> flags = new ArrayList<>(summary == null || summary.flags() == null ? List.of()
                : summary.flags().raised());
        if (steering.indicatorsWithTarget() == 0) {
            flags.add(SteeringFlag.NO_TARGETS.code());
        }
        if (steering.indicatorsWithRecentValue() == 0) {
            flags.add(SteeringFlag.NO_RECENT_VALUES.code());
        }
        return List.copyOf(flags);
    }

    private static List<TableRow.FunderShare> funderShares(BudgetState budget) {
        if (budget == null || budget.sharesByFunderType() == null) {
            return List.of();
        }
        return budget.sharesByFunderType().stream()
                .map(s -> new TableRow.FunderShare(s.funderType(), s.amountCents(), s.percent())).toList();
    }

    /** The EX_ANTE share; 0.0 for a budget with resources but none granted ex ante; null without resources. */
    private static BigDecimal exAntePercent(BudgetState budget) {
        if (budget == null) {
            return null;
        }
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

    private static List<String> missing(CampusReadModel campus, BudgetState budget) {
        List<String> missing = new ArrayList<>();
        if (campus.legalForm == null || campus.legalForm.equals(LegalForm.NOT_PROVIDED.code())) {
            missing.add(MissingItem.LEGAL_FORM.code());
        }
        if (campus.activePartners == null || campus.activePartners == 0) {
            missing.add(MissingItem.PARTNERS.code());
        }
        if (budget == null) {
            missing.add(MissingItem.FORECAST_BUDGET.code());
        }
        return missing;
    }
}
