package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The sections of the calls for projects of 2015 to 2017 (the report's Tableau 1), the themes of an action sheet. */
@Schema(description = "Theme of an action of the annual plan: a section of the calls for projects of 2015-2017 "
        + "(Tableau 1 of the report). OPPORTUNITY (1, economic opportunity analysis), TRAINING_OFFER (2), PARTNERSHIP "
        + "(3, with the economic fabric and research laboratories), PEDAGOGY (4), MEANS (5-1, arrangements and "
        + "means), FOLLOW_UP (5-2, follow-up and evaluation), COMMUNICATION (5-3), INTERNATIONAL (6, European or "
        + "international opening), CAMPUS_LIFE (7)")
public enum ActionTheme implements CodeList {
    @Label("Analyse d'opportunité économique") OPPORTUNITY,
    @Label("Offre de formation") TRAINING_OFFER,
    @Label("Partenariat avec le tissu économique et les laboratoires de recherche") PARTNERSHIP,
    @Label("Projet pédagogique") PEDAGOGY,
    @Label("Modalités et moyens") MEANS,
    @Label("Suivi et évaluation") FOLLOW_UP,
    @Label("Communication") COMMUNICATION,
    @Label("Ouverture européenne ou internationale") INTERNATIONAL,
    @Label("Vie du campus") CAMPUS_LIFE
}
