package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Role of the support establishment (monitoring code list). */
@Schema(description = "Role of the support establishment: CARRIER (porteur) or CO_CARRIER (co-porteur)")
public enum SupportRole implements CodeList {
    CARRIER("Porteur"),
    CO_CARRIER("Co-porteur");

    private final String label;

    SupportRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
