package fr.cmq.common.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Type of the support establishment of a campus, as in the report's Tableau 4 (monitoring code list). */
@Schema(description = "Type of the support establishment (report Tableau 4): LYCEE (EPLE), IUT, UNIVERSITY, "
        + "OTHER_EPSCP (other établissement public à caractère scientifique, culturel et professionnel)")
public enum SupportEstablishmentType implements CodeList {
    @Label("Lycée (EPLE)") LYCEE,
    @Label("Institut universitaire de technologie (IUT)") IUT,
    @Label("Université") UNIVERSITY,
    @Label("Autre EPSCP") OTHER_EPSCP
}
