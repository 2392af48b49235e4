package fr.cmq.events.funding;

import fr.cmq.events.Topics;

/** The event types of {@link Topics#FUNDING}. */
public final class FundingEventTypes {

    /** A campus's budget for a year and kind was declared for the first time; data: {@link BudgetState}. */
    public static final String BUDGET_DECLARED = "BudgetDeclared";
    /** A campus's budget for a year and kind was replaced; data: {@link BudgetState}. */
    public static final String BUDGET_UPDATED = "BudgetUpdated";
    /** The director post's co-financing for a year was declared; data: {@link DirectorFundingState}. */
    public static final String DIRECTOR_FUNDING_DECLARED = "DirectorFundingDeclared";
    /** The director post's co-financing for a year was replaced; data: {@link DirectorFundingState}. */
    public static final String DIRECTOR_FUNDING_UPDATED = "DirectorFundingUpdated";
    /**
     * A multi-campus envelope was created: one event per covered campus (events are keyed by campus);
     * data: {@link EnvelopeState}.
     */
    public static final String ENVELOPE_CREATED = "EnvelopeCreated";
    /** An amount of an envelope was allocated to a campus; data: {@link AllocationChange}. */
    public static final String ENVELOPE_ALLOCATED = "EnvelopeAllocated";

    private FundingEventTypes() {
    }
}
