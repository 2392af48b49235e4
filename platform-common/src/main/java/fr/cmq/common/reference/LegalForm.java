package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The legal form of a campus, as the report's Tableau 4 counts them (monitoring code list). */
@Schema(description = "Legal form of the campus (report Tableau 4): ASSOCIATION (association loi 1901), "
        + "GIP (groupement d'intérêt public), SUPPORT_ESTABLISHMENT (backed by a support establishment, without "
        + "legal personality of its own), NOT_PROVIDED (not recorded: 4 of the 77 campuses in the report)")
public enum LegalForm implements CodeList {
    @Label("Association") ASSOCIATION,
    @Label("GIP") GIP,
    @Label("Adossement à un établissement support") SUPPORT_ESTABLISHMENT,
    @Label("Non renseignée") NOT_PROVIDED
}
