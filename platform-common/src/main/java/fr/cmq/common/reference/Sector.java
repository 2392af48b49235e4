package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Sector of a partner organisation, one axis of recommendation 6 (monitoring code list). */
@Schema(description = "Sector of a partner organisation (recommendation 6): PUBLIC or PRIVATE")
public enum Sector implements CodeList {
    @Label("Public") PUBLIC,
    @Label("Privé") PRIVATE
}
