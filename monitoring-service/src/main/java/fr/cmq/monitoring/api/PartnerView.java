package fr.cmq.monitoring.api;

import fr.cmq.common.reference.CompanySize;
import fr.cmq.common.reference.MembershipBasis;
import fr.cmq.common.reference.PartnerCategory;
import fr.cmq.common.reference.Sector;
import fr.cmq.common.reference.TrainingRole;
import fr.cmq.common.source.FactSource;
import fr.cmq.monitoring.domain.Partner;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(description = "A partner of a campus, as answered by the API and carried by the partner events")
public record PartnerView(
        UUID id,
        UUID campusId,
        String name,
        @Schema(nullable = true) String siret,
        @Schema(nullable = true) String uai,
        PartnerCategory category,
        @Schema(nullable = true) CompanySize companySize,
        Sector sector,
        TrainingRole trainingRole,
        MembershipBasis membershipBasis,
        boolean inGovernance,
        List<String> workingGroups,
        @Schema(nullable = true) LocalDate joinedOn,
        @Schema(nullable = true) LocalDate leftOn,
        @Schema(description = "True while the partner has no left date") boolean active,
        @Schema(description = "Incremented by each change; the ETag is this number in quotes") long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Where the partner's facts come from (issue 13)") FactSource source) {

    public static PartnerView of(Partner p) {
        return new PartnerView(p.id, p.campusId, p.name, p.siret, p.uai, p.category, p.companySize, p.sector,
                p.trainingRole, p.membershipBasis, p.inGovernance, List.copyOf(p.workingGroups), p.joinedOn, p.leftOn,
                p.active(), p.version(), p.createdAt(), p.updatedAt(), p.source);
    }
}
