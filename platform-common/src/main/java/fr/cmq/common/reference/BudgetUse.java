package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the money is spent on (the uses, "emplois", of the budget; funding code list). */
@Schema(description = "Use of the budget: OPERATIONAL_DIRECTOR (the operational director's pay, the heaviest"
        + " item); TRAVEL (travel costs); COMMUNICATION (communication, fairs); ACTIONS (the campus's actions);"
        + " EQUIPMENT (investment, equipment); RUNNING_COSTS (running costs)")
public enum BudgetUse implements CodeList {
    OPERATIONAL_DIRECTOR("Rémunération du directeur opérationnel"),
    TRAVEL("Frais de déplacement"),
    COMMUNICATION("Communication et salons"),
    ACTIONS("Actions"),
    EQUIPMENT("Investissement et équipement"),
    RUNNING_COSTS("Fonctionnement");

    private final String label;

    BudgetUse(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
