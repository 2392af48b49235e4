package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Type of the support establishment of a campus, as in the report's Tableau 4 (monitoring code list). */
@Schema(description = "Type of the support establishment (report Tableau 4): LYCEE (EPLE), IUT, UNIVERSITY, "
        + "OTHER_EPSCP (other établissement public à caractère scientifique, culturel et professionnel)")
public enum SupportEstablishmentType implements CodeList {
    LYCEE("Lycée (EPLE)"),
    IUT("Institut universitaire de technologie (IUT)"),
    UNIVERSITY("Université"),
    OTHER_EPSCP("Autre EPSCP");

    private final String label;

    SupportEstablishmentType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
