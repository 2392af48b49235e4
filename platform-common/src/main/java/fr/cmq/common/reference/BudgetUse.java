package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the money is spent on (the uses, "emplois", of the budget; funding code list). */
@Schema(description = "Use of the budget: OPERATIONAL_DIRECTOR (the operational director's pay, the heaviest"
        + " item); TRAVEL (travel costs); COMMUNICATION (communication, fairs); ACTIONS (the campus's actions);"
        + " EQUIPMENT (investment, equipment); RUNNING_COSTS (running costs)")
public enum BudgetUse implements CodeList {
    @Label("Rémunération du directeur opérationnel") OPERATIONAL_DIRECTOR,
    @Label("Frais de déplacement") TRAVEL,
    @Label("Communication et salons") COMMUNICATION,
    @Label("Actions") ACTIONS,
    @Label("Investissement et équipement") EQUIPMENT,
    @Label("Fonctionnement") RUNNING_COSTS
}
