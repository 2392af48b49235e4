package fr.cmq.monitoring.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** For a campus whose legal form is GIP: which GIP. */
@Schema(description = "For a GIP: ACADEMIC_FCIP (an existing academic GIP FCIP the campus relies on) or OTHER "
        + "(another GIP, e.g. GIP Emploi Roissy CDG). Required when legalForm is GIP, absent otherwise")
public enum GipKind {
    ACADEMIC_FCIP, OTHER
}
