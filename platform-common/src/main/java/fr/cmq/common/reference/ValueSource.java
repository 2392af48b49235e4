package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a declared indicator value comes from (monitoring code list). */
@Schema(description = "Source of an indicator value: DOCUMENT (a document of the campus or of an authority), "
        + "SURVEY_IVA / SURVEY_IPA (the national surveys of pupils' and apprentices' entry into working life), "
        + "SURVEY_INSERJEUNES (InserJeunes), CAMPUS_SURVEY (the campus's own cohort survey), CAMPUS_REPORT (the "
        + "campus's annual report), ACTION_PLAN (computed from the annual action plan: never declared)")
public enum ValueSource implements CodeList {
    @Label("Document") DOCUMENT,
    @Label("Enquête IVA (insertion dans la vie active des lycéens)") SURVEY_IVA,
    @Label("Enquête IPA (insertion professionnelle des apprentis)") SURVEY_IPA,
    @Label("InserJeunes") SURVEY_INSERJEUNES,
    @Label("Enquête de suivi de cohorte du campus") CAMPUS_SURVEY,
    @Label("Rapport d'activité du campus") CAMPUS_REPORT,
    @Label("Calculé à partir du plan annuel d'actions") ACTION_PLAN
}
