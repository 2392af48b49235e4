package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The national table's warning flags on steering by results (recommendation 17, [172]: campuses have "aucune
 * cible"), raised from the monitoring service's steering state. They sit in the table's {@code warningFlags} next
 * to the partner typology's flags, and the table's {@code flag} filter takes them.
 */
@Schema(description = "A steering warning flag of the national table: NO_TARGETS (no catalogue indicator has a "
        + "target, the report's 'aucune cible'), NO_RECENT_VALUES (no indicator has a value for the last complete year)")
public enum SteeringFlag implements CodeList {
    @Label("Aucune cible (aucun indicateur n'a de cible)") NO_TARGETS,
    @Label("Aucune valeur pour la dernière année complète") NO_RECENT_VALUES
}
