package fr.cmq.events.labelling;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The expert opinion on an application: stars or an outcome (recommendation 5). */
@Schema(description = "The expert opinion on an application: either stars or an outcome")
public record OpinionState(
        @Schema(description = "Stars from 1 to 3 (the national expert group's scale, report § 76), when the opinion is given as stars", nullable = true) Integer stars,
        @Schema(description = "FAVOURABLE, UNFAVOURABLE or FAVOURABLE_WITH_COMPLEMENTS, when the opinion is given "
                + "as an outcome", nullable = true) String outcome,
        @Schema(description = "Why (required below 3 stars or for an outcome other than FAVOURABLE)", nullable = true)
        String justification,
        @Schema(description = "NATIONAL_EXPERT_GROUP or REGIONAL_TRIPARTITE_COMMISSION") String issuingBody,
        @Schema(description = "Day the opinion was issued") LocalDate issuedOn) {
}
