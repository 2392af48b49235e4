package fr.cmq.monitoring.events;

import fr.cmq.monitoring.domain.CampusProfile;
import fr.cmq.monitoring.domain.GipKind;
import fr.cmq.monitoring.domain.LegalForm;
import fr.cmq.monitoring.domain.Partner;
import fr.cmq.monitoring.domain.PartnerTypology;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the data of each monitoring event from the domain (never from an API view). */
public final class EventPayloads {

    private EventPayloads() {
    }

    public static ProfileChangedData profileChanged(CampusProfile p) {
        ProfileChangedData.Support support = p.supportName == null ? null
                : new ProfileChangedData.Support(p.supportName, p.supportUai, p.supportType, p.supportRole);
        return new ProfileChangedData(p.campusId, p.legalForm, p.gipKind, p.legalFormSince, p.hasLegalPersonality,
                p.hasOwnBudget, support,
                new ProfileChangedData.DirectorPost(p.directorPostExists,
                        p.directorFte == null ? null : p.directorFte.stripTrailingZeros(), p.directorPostVacant,
                        p.directorMissionLetter),
                new ProfileChangedData.Governance(p.steeringCommittee, p.managementCommittee,
                        List.copyOf(p.workingGroups), p.higherEducationInGovernance),
                p.version, p.updatedAt);
    }

    /** The profile's new legal form, and the one it replaces (null for the first recorded). */
    public static LegalFormChangedData legalFormChanged(CampusProfile p, LegalForm previousForm,
                                                        GipKind previousKind) {
        return new LegalFormChangedData(p.legalForm, p.gipKind, p.legalFormSince, previousForm, previousKind,
                p.hasLegalPersonality, p.hasOwnBudget);
    }

    public static PartnerEventData partnerChanged(Partner p, PartnerTypology typology) {
        Map<String, Long> byCategory = new LinkedHashMap<>();
        typology.byCategory().forEach((category, count) -> byCategory.put(category.name(), count));
        return new PartnerEventData(
                new PartnerEventData.PartnerData(p.id, p.campusId, p.name, p.siret, p.uai, p.category,
                        p.companySize, p.sector, p.trainingRole, p.membershipBasis, p.inGovernance,
                        List.copyOf(p.workingGroups), p.joinedOn, p.leftOn, p.active(), p.version, p.createdAt,
                        p.updatedAt),
                new PartnerEventData.TypologyData(p.campusId, typology.totalActive(), typology.matrix(),
                        typology.withoutTrainingRole(), byCategory, typology.higherEducation(),
                        typology.smeCompanies(), typology.inGovernance(), typology.inWorkingGroups(),
                        typology.signedCommitments(), typology.signedCommitmentShare(), typology.flags()));
    }
}
