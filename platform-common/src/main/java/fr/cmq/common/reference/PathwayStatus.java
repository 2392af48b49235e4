package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The status of a learner in a campus's training ([45]: élèves, étudiants, apprentis, stagiaires), monitoring code list. */
@Schema(description = "Status of learners ([45] of the report): SCHOOL (pupils under school status), APPRENTICE, "
        + "STUDENT (higher education), CONTINUING_TRAINING (trainees of continuing vocational training)")
public enum PathwayStatus implements CodeList {
    @Label("Élève (statut scolaire)") SCHOOL,
    @Label("Apprenti") APPRENTICE,
    @Label("Étudiant") STUDENT,
    @Label("Stagiaire de la formation continue") CONTINUING_TRAINING
}
