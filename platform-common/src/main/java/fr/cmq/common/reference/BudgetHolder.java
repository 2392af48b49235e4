package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who holds the budget: the campus itself, or its support establishment when it has no legal personality
 * (funding code list).
 */
@Schema(description = "CAMPUS: the campus's own legal entity (GIP, association...) holds the budget;"
        + " SUPPORT_ESTABLISHMENT: the campus has no legal personality and its support establishment holds it")
public enum BudgetHolder implements CodeList {
    CAMPUS("Le campus (personne morale)"),
    SUPPORT_ESTABLISHMENT("L'établissement support");

    private final String label;

    BudgetHolder(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
