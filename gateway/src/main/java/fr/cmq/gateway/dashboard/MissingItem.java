package fr.cmq.gateway.dashboard;

import fr.cmq.common.reference.CodeList;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The items of recommendation 6 a campus may still miss in the national table (the gateway's own code list). */
@Schema(description = "A recommendation 6 item still missing: LEGAL_FORM (no legal form provided), PARTNERS (no "
        + "active partner), FORECAST_BUDGET (no forecast budget for the year)")
public enum MissingItem implements CodeList {
    @Label("Forme juridique") LEGAL_FORM,
    @Label("Partenaires") PARTNERS,
    @Label("Budget prévisionnel") FORECAST_BUDGET
}
