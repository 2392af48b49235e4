package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an action of the annual plan stands (monitoring code list). */
@Schema(description = "Status of an action of the annual plan: PLANNED, IN_PROGRESS, DONE, ABANDONED")
public enum ActionStatus implements CodeList {
    @Label("Prévue") PLANNED,
    @Label("En cours") IN_PROGRESS,
    @Label("Réalisée") DONE,
    @Label("Abandonnée") ABANDONED
}
