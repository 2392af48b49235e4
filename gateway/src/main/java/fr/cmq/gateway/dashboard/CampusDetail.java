package fr.cmq.gateway.dashboard;

import fr.cmq.events.funding.BudgetState;
import fr.cmq.events.funding.DirectorFundingState;
import fr.cmq.events.labelling.LabelState;
import fr.cmq.events.monitoring.PartnerState;
import fr.cmq.events.monitoring.PartnerTypologyState;
import fr.cmq.events.monitoring.ProfileState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One campus: its table row for the year and what the three services published about it (the contract's records). */
@Schema(name = "CampusDetail", description = "One campus of the national table with everything the three services "
        + "published about it, as their events carried it")
public record CampusDetail(
        TableRow row,
        @Schema(description = "Other names the campus communicates under") List<String> communicationNames,
        @Schema(description = "The label as the labelling service last published it; null before any", nullable = true)
        LabelState label,
        @Schema(description = "The profile as the monitoring service last published it; null before any", nullable = true)
        ProfileState profile,
        @Schema(description = "The typology of the active partners as the monitoring service last published it; null "
                + "before any partner", nullable = true) PartnerTypologyState partnerSummary,
        @Schema(description = "The campus's partners (active and departed), by name") List<PartnerState> partners,
        @Schema(description = "Every budget of the campus, latest year first") List<BudgetState> budgets,
        @Schema(description = "Every director co-financing of the campus, latest year first")
        List<DirectorFundingState> directorFundings,
        @Schema(description = "The Annexe 3 budget theme of each budget, in the order of budgets (computed from "
                + "them: total, coverage, % rectorat / région / entreprises / autres)")
        List<TableRow.BudgetTheme> budgetThemes,
        @Schema(description = "Each indicator with a target or a value, per breakdown, values and targets by year "
                + "(steering by results)") List<IndicatorSeries> indicators,
        @Schema(description = "Where each part of the campus comes from (issue 13): the register, the label, the "
                + "profile, the partner summary and each partner, each budget, each director co-financing and the "
                + "steering state, each with the source of the event that last set it") List<PartSource> sources) {
}
