package fr.cmq.monitoring.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Size of a partner company: SME (PME) or LARGE (grand groupe). Required when the category is "
        + "COMPANY, absent otherwise")
public enum CompanySize {
    SME, LARGE
}
