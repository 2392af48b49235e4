package fr.cmq.monitoring.api;

import fr.cmq.common.rules.Percentages;
import fr.cmq.monitoring.domain.ActionPlan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

@Schema(description = "The campus's action plan of a year and its completion (Annexe 3)")
public record ActionPlanView(
        @Schema(description = "The campus") UUID campusId,
        @Schema(description = "Year of the plan") int year,
        @Schema(description = "Actions scored by the steering committee") int scoredActions,
        @Schema(description = "The plan's completion: the mean of the scored actions' scores, in percent (may pass "
                + "100); null while none is scored. It is the value of ACTION_PLAN_COMPLETION for the year. "
                + Percentages.RULE, nullable = true) BigDecimal completionPercent,
        @Schema(description = "Sum of the actions' planned budgets, in euro cents") long plannedBudgetCents,
        @Schema(description = "The actions, in the order they were added") List<ActionView> items) {

    static ActionPlanView of(UUID campusId, ActionPlan plan) {
        return new ActionPlanView(campusId, plan.year(), plan.scoredActions(), plan.completionPercent(),
                plan.plannedBudgetCents(), plan.actions().stream().map(ActionView::of).toList());
    }
}
