package fr.cmq.monitoring.api;

import fr.cmq.common.reference.GipKind;
import fr.cmq.common.reference.LegalForm;
import fr.cmq.common.source.FactSource;
import fr.cmq.monitoring.domain.CampusProfile;
import fr.cmq.monitoring.service.DirectorPost;
import fr.cmq.monitoring.service.Governance;
import fr.cmq.monitoring.service.SupportEstablishment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(description = "A campus's profile, as answered by the API and carried by the ProfileChanged event")
public record ProfileView(
        @Schema(description = "The campus's identifier for life") UUID campusId,
        LegalForm legalForm,
        @Schema(nullable = true) GipKind gipKind,
        @Schema(description = "Date the current legal form took effect") LocalDate legalFormSince,
        boolean hasLegalPersonality,
        boolean hasOwnBudget,
        @Schema(nullable = true) SupportEstablishment supportEstablishment,
        DirectorPost directorPost,
        Governance governance,
        @Schema(description = "Incremented by each change; the ETag is this number in quotes") long version,
        @Schema(description = "Last change (UTC)") Instant updatedAt,
        @Schema(description = "Where the profile's facts come from (issue 13)") FactSource source) {

    public static ProfileView of(CampusProfile p) {
        SupportEstablishment support = p.supportName == null ? null
                : new SupportEstablishment(p.supportName, p.supportUai, p.supportType, p.supportRole);
        return new ProfileView(p.campusId, p.legalForm, p.gipKind, p.legalFormSince, p.hasLegalPersonality,
                p.hasOwnBudget, support,
                new DirectorPost(p.directorPostExists, p.directorFte == null ? null : p.directorFte.stripTrailingZeros(),
                        p.directorPostVacant, p.directorMissionLetter),
                new Governance(p.steeringCommittee, p.managementCommittee, List.copyOf(p.workingGroups),
                        p.higherEducationInGovernance),
                p.version(), p.updatedAt(), p.source);
    }
}
