package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a contribution stands (funding code list). */
@Schema(description = "PLANNED: expected; REQUESTED: asked of the funder; GRANTED: granted by the funder;"
        + " PAID: paid to the budget holder")
public enum ContributionStatus implements CodeList {
    PLANNED("Prévue"),
    REQUESTED("Demandée"),
    GRANTED("Accordée"),
    PAID("Versée");

    private final String label;

    ContributionStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
