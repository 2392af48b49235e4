package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a contribution stands (funding code list). */
@Schema(description = "PLANNED: expected; REQUESTED: asked of the funder; GRANTED: granted by the funder;"
        + " PAID: paid to the budget holder")
public enum ContributionStatus implements CodeList {
    @Label("Prévue") PLANNED,
    @Label("Demandée") REQUESTED,
    @Label("Accordée") GRANTED,
    @Label("Versée") PAID
}
