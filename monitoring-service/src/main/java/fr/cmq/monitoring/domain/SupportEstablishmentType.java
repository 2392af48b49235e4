package fr.cmq.monitoring.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Type of the support establishment (report Tableau 4): LYCEE (EPLE), IUT, UNIVERSITY, "
        + "OTHER_EPSCP (other établissement public à caractère scientifique, culturel et professionnel)")
public enum SupportEstablishmentType {
    LYCEE, IUT, UNIVERSITY, OTHER_EPSCP
}
