package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Size of a partner company; the report contrasts PME and large groups (monitoring code list). */
@Schema(description = "Size of a partner company: SME (PME) or LARGE (grand groupe). Required when the category is "
        + "COMPANY, absent otherwise")
public enum CompanySize implements CodeList {
    @Label("PME") SME,
    @Label("Grand groupe") LARGE
}
