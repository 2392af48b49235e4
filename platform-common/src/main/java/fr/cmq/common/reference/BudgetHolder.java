package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who holds the budget: the campus itself, or its support establishment when it has no legal personality
 * (funding code list).
 */
@Schema(description = "CAMPUS: the campus's own legal entity (GIP, association...) holds the budget;"
        + " SUPPORT_ESTABLISHMENT: the campus has no legal personality and its support establishment holds it")
public enum BudgetHolder implements CodeList {
    @Label("Le campus (personne morale)") CAMPUS,
    @Label("L'établissement support") SUPPORT_ESTABLISHMENT
}
