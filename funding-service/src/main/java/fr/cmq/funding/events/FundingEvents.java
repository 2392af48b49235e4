package fr.cmq.funding.events;

/**
 * Event types published on {@code cmq.funding.events} (key = campus id). Each carries in {@code data} the
 * new state with its computed totals and shares, so that the dashboard needs no call back.
 */
public final class FundingEvents {

    /** A campus's budget for a year and kind was declared for the first time; data: the budget (BudgetView). */
    public static final String BUDGET_DECLARED = "BudgetDeclared";
    /** A campus's budget for a year and kind was replaced; data: the budget (BudgetView). */
    public static final String BUDGET_UPDATED = "BudgetUpdated";
    /** The director post's co-financing for a year was declared; data: DirectorFundingView. */
    public static final String DIRECTOR_FUNDING_DECLARED = "DirectorFundingDeclared";
    /** The director post's co-financing for a year was replaced; data: DirectorFundingView. */
    public static final String DIRECTOR_FUNDING_UPDATED = "DirectorFundingUpdated";
    /**
     * A multi-campus envelope was created; one event per covered campus (events are keyed by campus),
     * data: the envelope (EnvelopeView).
     */
    public static final String ENVELOPE_CREATED = "EnvelopeCreated";
    /** An amount of an envelope was allocated to a campus; data: the allocation and the envelope after it. */
    public static final String ENVELOPE_ALLOCATED = "EnvelopeAllocated";

    private FundingEvents() {
    }
}
