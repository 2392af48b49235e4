package fr.cmq.events.monitoring;

import fr.cmq.events.EventPayload;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A campus's profile after a change: the data of {@code ProfileChanged}. */
@Schema(description = "A campus's profile after the change (data of ProfileChanged): legal form, support "
        + "establishment, director post and governance. No person's name is ever carried")
public record ProfileState(
        @Schema(description = "ASSOCIATION, GIP, SUPPORT_ESTABLISHMENT or NOT_PROVIDED", required = true)
        String legalForm,
        @Schema(description = "ACADEMIC_FCIP or OTHER, only when legalForm is GIP", nullable = true) String gipKind,
        @Schema(description = "Day the current legal form took effect") LocalDate legalFormSince,
        @Schema(description = "The campus has a legal personality of its own") boolean hasLegalPersonality,
        @Schema(description = "The campus has a budget of its own") boolean hasOwnBudget,
        @Schema(description = "The support establishment, when the campus has one", nullable = true)
        SupportEstablishment supportEstablishment,
        @Schema(description = "The operational director post (recommendation 7)", required = true)
        DirectorPost directorPost,
        @Schema(description = "The governance bodies (recommendation 13)", required = true) Governance governance)
        implements EventPayload {

    @Schema(name = "ProfileStateSupportEstablishment", description = "The campus's support establishment")
    public record SupportEstablishment(
            @Schema(description = "Name of the establishment") String name,
            @Schema(description = "UAI code: 7 digits then 1 upper-case letter", nullable = true) String uai,
            @Schema(description = "LYCEE, IUT, UNIVERSITY or OTHER_EPSCP") String type,
            @Schema(description = "CARRIER or CO_CARRIER") String role) {
    }

    @Schema(name = "ProfileStateDirectorPost", description = "The operational director post; no name is carried")
    public record DirectorPost(
            @Schema(description = "Whether the campus has an operational director post") boolean exists,
            @Schema(description = "Full-time equivalent of the post (0 to 5), when it exists", nullable = true)
            BigDecimal fte,
            @Schema(description = "Whether the post is vacant, when it exists", nullable = true) Boolean vacant,
            @Schema(description = "Whether a mission letter exists, when the post exists", nullable = true)
            Boolean missionLetter) {
    }

    @Schema(name = "ProfileStateGovernance", description = "The governance bodies the campus has")
    public record Governance(
            @Schema(description = "A steering committee exists") boolean steeringCommittee,
            @Schema(description = "A management committee exists") boolean managementCommittee,
            @Schema(description = "Themes of the working groups, possibly empty") List<String> workingGroups,
            @Schema(description = "Higher education sits in the governance bodies")
            boolean higherEducationInGovernance) {
    }
}
