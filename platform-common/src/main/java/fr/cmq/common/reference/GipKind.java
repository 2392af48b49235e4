package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** For a campus whose legal form is GIP: which GIP (monitoring code list). */
@Schema(description = "For a GIP: ACADEMIC_FCIP (an existing academic GIP FCIP the campus relies on) or OTHER "
        + "(another GIP, e.g. GIP Emploi Roissy CDG). Required when legalForm is GIP, absent otherwise")
public enum GipKind implements CodeList {
    @Label("GIP FCIP académique") ACADEMIC_FCIP,
    @Label("Autre GIP") OTHER
}
