package fr.cmq.monitoring.events;

import fr.cmq.monitoring.domain.CompanySize;
import fr.cmq.monitoring.domain.MembershipBasis;
import fr.cmq.monitoring.domain.PartnerCategory;
import fr.cmq.monitoring.domain.PartnerTypology;
import fr.cmq.monitoring.domain.Sector;
import fr.cmq.monitoring.domain.TrainingRole;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Data of PartnerAdded, PartnerUpdated and PartnerLeft: the partner and the campus's typology after the change. */
public record PartnerEventData(PartnerData partner, TypologyData summary) {

    public record PartnerData(UUID id, UUID campusId, String name, String siret, String uai, PartnerCategory category,
                              CompanySize companySize, Sector sector, TrainingRole trainingRole,
                              MembershipBasis membershipBasis, boolean inGovernance, List<String> workingGroups,
                              LocalDate joinedOn, LocalDate leftOn, boolean active, long version, Instant createdAt,
                              Instant updatedAt) {
    }

    public record TypologyData(UUID campusId, long totalActive, PartnerTypology.Matrix matrix,
                               long withoutTrainingRole, Map<String, Long> byCategory, long higherEducation,
                               long smeCompanies, long inGovernance, long inWorkingGroups, long signedCommitments,
                               BigDecimal signedCommitmentShare, PartnerTypology.Flags flags) {
    }
}
