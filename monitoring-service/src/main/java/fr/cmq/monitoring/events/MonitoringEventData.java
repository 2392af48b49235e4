package fr.cmq.monitoring.events;

import fr.cmq.common.reference.GipKind;
import fr.cmq.common.reference.LegalForm;
import fr.cmq.events.monitoring.LegalFormTransition;
import fr.cmq.events.monitoring.PartnerChange;
import fr.cmq.events.monitoring.PartnerState;
import fr.cmq.events.monitoring.PartnerTypologyState;
import fr.cmq.events.monitoring.ProfileState;
import fr.cmq.monitoring.domain.CampusProfile;
import fr.cmq.monitoring.domain.Partner;
import fr.cmq.monitoring.domain.PartnerTypology;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code data} of each monitoring event: the records of the event contract (platform-events,
 * {@code fr.cmq.events.monitoring}) built from the domain. Codes travel as their names.
 */
public final class MonitoringEventData {

    private MonitoringEventData() {
    }

    /** ProfileChanged: the whole profile after the change. */
    public static ProfileState profile(CampusProfile p) {
        ProfileState.SupportEstablishment support = p.supportName == null ? null
                : new ProfileState.SupportEstablishment(p.supportName, p.supportUai, name(p.supportType),
                name(p.supportRole));
        return new ProfileState(name(p.legalForm), name(p.gipKind), p.legalFormSince, p.hasLegalPersonality,
                p.hasOwnBudget, support,
                new ProfileState.DirectorPost(p.directorPostExists,
                        p.directorFte == null ? null : p.directorFte.stripTrailingZeros(), p.directorPostVacant,
                        p.directorMissionLetter),
                new ProfileState.Governance(p.steeringCommittee, p.managementCommittee, List.copyOf(p.workingGroups),
                        p.higherEducationInGovernance));
    }

    /** LegalFormChanged: the profile's new legal form, and the one it replaces (null for the first recorded). */
    public static LegalFormTransition legalForm(CampusProfile p, LegalForm previousForm, GipKind previousKind) {
        return new LegalFormTransition(name(p.legalForm), name(p.gipKind), p.legalFormSince, name(previousForm),
                name(previousKind), p.hasLegalPersonality, p.hasOwnBudget);
    }

    /** PartnerAdded, PartnerUpdated, PartnerLeft: the partner and the campus's typology after the change. */
    public static PartnerChange partner(Partner p, PartnerTypology t) {
        Map<String, Long> byCategory = new LinkedHashMap<>();
        t.byCategory().forEach((category, count) -> byCategory.put(category.name(), count));
        PartnerTypology.Matrix m = t.matrix();
        PartnerTypology.Flags f = t.flags();
        return new PartnerChange(
                new PartnerState(p.id, p.name, p.siret, p.uai, name(p.category), name(p.companySize), name(p.sector),
                        name(p.trainingRole), name(p.membershipBasis), p.inGovernance, List.copyOf(p.workingGroups),
                        p.joinedOn, p.leftOn, p.active()),
                new PartnerTypologyState(t.totalActive(),
                        new PartnerTypologyState.Matrix(m.publicInitial(), m.publicContinuing(), m.privateInitial(),
                                m.privateContinuing()),
                        t.withoutTrainingRole(), byCategory, t.higherEducation(), t.smeCompanies(), t.inGovernance(),
                        t.inWorkingGroups(), t.signedCommitments(), t.signedCommitmentPercent(),
                        new PartnerTypologyState.Flags(f.noHigherEducation(), f.noResearchLab(), f.noGreta(),
                                f.noAfpa(), f.noOpca(), f.noDireccteCorrespondent(),
                                f.governanceWithoutEple(), f.governanceWithoutEpscp())));
    }

    private static String name(Enum<?> code) {
        return code == null ? null : code.name();
    }
}
