package fr.cmq.monitoring.events;

import fr.cmq.monitoring.domain.GipKind;
import fr.cmq.monitoring.domain.LegalForm;
import fr.cmq.monitoring.domain.SupportEstablishmentType;
import fr.cmq.monitoring.domain.SupportRole;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Data of ProfileChanged: the campus's whole profile after the change. */
public record ProfileChangedData(UUID campusId, LegalForm legalForm, GipKind gipKind, LocalDate legalFormSince,
                                 boolean hasLegalPersonality, boolean hasOwnBudget, Support supportEstablishment,
                                 DirectorPost directorPost, Governance governance, long version, Instant updatedAt) {

    public record Support(String name, String uai, SupportEstablishmentType type, SupportRole role) {
    }

    public record DirectorPost(Boolean exists, BigDecimal fte, Boolean vacant, Boolean missionLetter) {
    }

    public record Governance(Boolean steeringCommittee, Boolean managementCommittee, List<String> workingGroups,
                             Boolean higherEducationInGovernance) {
    }
}
