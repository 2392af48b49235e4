package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Role of the support establishment (monitoring code list). */
@Schema(description = "Role of the support establishment: CARRIER (porteur) or CO_CARRIER (co-porteur)")
public enum SupportRole implements CodeList {
    @Label("Porteur") CARRIER,
    @Label("Co-porteur") CO_CARRIER
}
