package fr.cmq.monitoring.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Training role of a partner (recommendation 6): INITIAL (formation initiale, including "
        + "apprenticeship), CONTINUING (formation continue), BOTH, or NONE (the partner trains nobody)")
public enum TrainingRole {
    INITIAL, CONTINUING, BOTH, NONE;

    public boolean initial() {
        return this == INITIAL || this == BOTH;
    }

    public boolean continuing() {
        return this == CONTINUING || this == BOTH;
    }
}
