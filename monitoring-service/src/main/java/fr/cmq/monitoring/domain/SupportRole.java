package fr.cmq.monitoring.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Role of the support establishment: CARRIER (porteur) or CO_CARRIER (co-porteur)")
public enum SupportRole {
    CARRIER, CO_CARRIER
}
