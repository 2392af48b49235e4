package fr.cmq.monitoring.events;

import fr.cmq.events.monitoring.ActionChange;
import fr.cmq.events.monitoring.BreakdownState;
import fr.cmq.events.monitoring.HeadlineState;
import fr.cmq.events.monitoring.IndicatorTargetChange;
import fr.cmq.events.monitoring.IndicatorValueChange;
import fr.cmq.events.monitoring.SelfAssessmentState;
import fr.cmq.events.monitoring.SteeringState;
import fr.cmq.monitoring.domain.ActionPlan;
import fr.cmq.monitoring.domain.Breakdown;
import fr.cmq.monitoring.domain.CampusSteering;
import fr.cmq.monitoring.domain.IndicatorDefinition;
import fr.cmq.monitoring.domain.IndicatorTarget;
import fr.cmq.monitoring.domain.IndicatorValue;
import fr.cmq.monitoring.domain.PlanAction;
import fr.cmq.monitoring.domain.SelfAssessment;

import java.util.List;

/**
 * The {@code data} of the steering-by-results events (targets, values, action plan, self-assessment): the records of
 * the event contract ({@code fr.cmq.events.monitoring}) built from the domain, each with the campus's steering state
 * after the change. Codes travel as their names.
 */
public final class SteeringEventData {

    private SteeringEventData() {
    }

    /** IndicatorTargetSet. */
    public static IndicatorTargetChange target(IndicatorTarget t, IndicatorDefinition d, CampusSteering steering) {
        return new IndicatorTargetChange(d.code(), d.unit().name(), t.year, breakdown(t.breakdown()), d.scaled(t.target),
                steering(steering));
    }

    /** IndicatorValueDeclared. */
    public static IndicatorValueChange value(IndicatorValue v, IndicatorDefinition d, CampusSteering steering) {
        return new IndicatorValueChange(d.code(), d.unit().name(), v.year, breakdown(v.breakdown()), d.scaled(v.value),
                v.numerator, v.denominator, v.source.name(), v.sourceReference, steering(steering));
    }

    /** ActionAdded, ActionScored: the action, its year's plan after the change, the steering state. */
    public static ActionChange action(PlanAction a, ActionPlan plan, CampusSteering steering) {
        return new ActionChange(
                new ActionChange.Action(a.id, a.year, a.title, a.theme.name(), List.copyOf(a.partnerIds),
                        a.plannedBudgetCents, a.status.name(), a.score, a.committeeDate),
                new ActionChange.Plan(plan.year(), plan.actions().size(), plan.scoredActions(),
                        plan.completionPercent()),
                steering(steering));
    }

    /** SelfAssessmentSubmitted. */
    public static SelfAssessmentState selfAssessment(SelfAssessment s) {
        return new SelfAssessmentState(s.year, List.copyOf(s.strengths), List.copyOf(s.weaknesses),
                List.copyOf(s.actionsDecided), List.copyOf(s.indicatorCodes));
    }

    public static SteeringState steering(CampusSteering s) {
        return new SteeringState(s.lastCompleteYear(), s.indicatorsWithTarget(), s.indicatorsWithRecentValue(),
                s.planCompletionPercent(), s.headlines().stream()
                .map(h -> new HeadlineState(h.code(), name(h.horizon()), h.year(), h.value(), h.target(),
                        h.gapToTarget())).toList());
    }

    private static BreakdownState breakdown(Breakdown b) {
        return new BreakdownState(b.establishment(), name(b.pathwayStatus()), name(b.level()), name(b.horizon()));
    }

    private static String name(Enum<?> code) {
        return code == null ? null : code.name();
    }
}
