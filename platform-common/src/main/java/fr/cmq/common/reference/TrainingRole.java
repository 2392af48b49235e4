package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Training role of a partner, the other axis of recommendation 6 (monitoring code list). */
@Schema(description = "Training role of a partner (recommendation 6): INITIAL (formation initiale, including "
        + "apprenticeship), CONTINUING (formation continue), BOTH, or NONE (the partner trains nobody)")
public enum TrainingRole implements CodeList {
    @Label("Formation initiale") INITIAL,
    @Label("Formation continue") CONTINUING,
    @Label("Initiale et continue") BOTH,
    @Label("Aucune") NONE;

    /** Trains in initial training (INITIAL or BOTH). */
    public boolean initial() {
        return this == INITIAL || this == BOTH;
    }

    /** Trains in continuing training (CONTINUING or BOTH). */
    public boolean continuing() {
        return this == CONTINUING || this == BOTH;
    }
}
