package fr.cmq.gateway.dashboard;

import jakarta.inject.Inject;
import fr.cmq.common.events.EventEnvelope;
import fr.cmq.events.funding.BudgetState;
import fr.cmq.events.funding.DirectorFundingState;
import jakarta.enterprise.context.ApplicationScoped;

import static fr.cmq.events.funding.FundingEventTypes.BUDGET_DECLARED;
import static fr.cmq.events.funding.FundingEventTypes.BUDGET_UPDATED;
import static fr.cmq.events.funding.FundingEventTypes.DIRECTOR_FUNDING_DECLARED;
import static fr.cmq.events.funding.FundingEventTypes.DIRECTOR_FUNDING_UPDATED;

/** What the funding service's events change in the read model: a campus's budgets and director fundings. */
@ApplicationScoped
class FundingProjection {

    @Inject
    ReadModelStore store;
    @Inject
    YearRows yearRows;
    @Inject
    ProjectionState state;

    /** Applies one event; true when the read model changed. */
    boolean apply(EventEnvelope event) {
        boolean changed = switch (event.type()) {
            case BUDGET_DECLARED, BUDGET_UPDATED -> budget(event);
            case DIRECTOR_FUNDING_DECLARED, DIRECTOR_FUNDING_UPDATED -> directorFunding(event);
            default -> false; // envelopes are not columns of the national table
        };
        return state.appliedIf(changed, event);
    }

    private boolean budget(EventEnvelope event) {
        BudgetState budget = withoutHolderName(event.payload(BudgetState.class));
        if (!store.putBudget(event.campusId(), budget, event.source(), event.version())) {
            return false;
        }
        yearRows.putForecast(event.campusId(), budget);
        return true;
    }

    private boolean directorFunding(EventEnvelope event) {
        DirectorFundingState funding = event.payload(DirectorFundingState.class);
        if (!store.putDirectorFunding(event.campusId(), funding, event.source(), event.version())) {
            return false;
        }
        yearRows.putDirectorFunding(event.campusId(), funding);
        return true;
    }

    /**
     * The read model feeds the public exports (table, campus detail, CSV, web page), which hold no personal data: a
     * budget keeps who holds it (the campus itself or its support establishment, a code) but not the free-text name
     * written with it, which could be a person's ("porteur du budget").
     */
    static BudgetState withoutHolderName(BudgetState b) {
        return new BudgetState(b.year(), b.kind(), b.holder(), null, b.uses(), b.contributions(),
                b.totalResourcesCents(), b.totalUsesCents(), b.balanceCents(), b.coverageRatioPercent(),
                b.sharesByFunderType(), b.sharesByModality(), b.nonRectoratPercent());
    }
}
