package fr.cmq.events.monitoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A partner of a campus (an organisation; no person's name). */
@Schema(description = "A partner of a campus (an organisation)")
public record PartnerState(
        @Schema(description = "Identifier of the partner", required = true) UUID id,
        @Schema(description = "Name of the organisation", required = true) String name,
        @Schema(description = "SIRET (14 digits)", nullable = true) String siret,
        @Schema(description = "UAI of an education establishment", nullable = true) String uai,
        @Schema(description = "Partner category code (GET /api/v1/reference/partner-categories), e.g. EPLE_LYCEE, "
                + "UNIVERSITY, COMPANY", required = true) String category,
        @Schema(description = "SME or LARGE, only for category COMPANY", nullable = true) String companySize,
        @Schema(description = "PUBLIC or PRIVATE", required = true) String sector,
        @Schema(description = "INITIAL, CONTINUING, BOTH or NONE", required = true) String trainingRole,
        @Schema(description = "CONVENTION, SIGNED_COMMITMENT, LETTER_OF_SUPPORT, MEMBERSHIP_FEE or LISTED_ONLY",
                required = true) String membershipBasis,
        @Schema(description = "The partner sits in the campus's governance") boolean inGovernance,
        @Schema(description = "Themes of the working groups it takes part in, possibly empty")
        List<String> workingGroups,
        @Schema(description = "Day it joined", nullable = true) LocalDate joinedOn,
        @Schema(description = "Day it left; the partner stays in the history", nullable = true) LocalDate leftOn,
        @Schema(description = "True while the partner has no left date") boolean active) {
}
