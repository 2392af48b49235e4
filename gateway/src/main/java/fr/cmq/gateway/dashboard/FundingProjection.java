package fr.cmq.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.common.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;

/** What the funding service's events change in the read model: a campus's budgets and director fundings. */
@ApplicationScoped
class FundingProjection {

    static final String TOPIC = "cmq.funding.events";

    private final ReadModelStore store;

    FundingProjection(ReadModelStore store) {
        this.store = store;
    }

    /** Applies one event; true when the read model changed. */
    boolean apply(EventEnvelope event) {
        JsonNode data = event.data();
        return switch (event.type()) {
            case "BudgetDeclared", "BudgetUpdated" -> store.putBudget(event.campusId(), data.path("year").asInt(),
                    data.path("kind").asText(), data.path("totalResourcesCents").asLong(), data.toString(),
                    event.version());
            case "DirectorFundingDeclared", "DirectorFundingUpdated" -> store.putDirectorFunding(event.campusId(),
                    data.path("year").asInt(), data.toString(), event.version());
            default -> false; // envelopes are not columns of the national table
        };
    }
}
