package fr.cmq.monitoring.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The legal form of a campus, as the report's Tableau 4 counts them. */
@Schema(description = "Legal form of the campus (report Tableau 4): ASSOCIATION (association loi 1901), "
        + "GIP (groupement d'intérêt public), SUPPORT_ESTABLISHMENT (backed by a support establishment, without "
        + "legal personality of its own), NOT_PROVIDED (not recorded: 4 of the 77 campuses in the report)")
public enum LegalForm {
    ASSOCIATION, GIP, SUPPORT_ESTABLISHMENT, NOT_PROVIDED
}
