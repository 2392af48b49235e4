package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Sector of a partner organisation, one axis of recommendation 6 (monitoring code list). */
@Schema(description = "Sector of a partner organisation (recommendation 6): PUBLIC or PRIVATE")
public enum Sector implements CodeList {
    PUBLIC("Public"),
    PRIVATE("Privé");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
