package fr.cmq.gateway.web;

import fr.cmq.common.reference.GipKind;
import fr.cmq.common.reference.PartnerCategory;
import fr.cmq.common.reference.Sector;
import fr.cmq.common.reference.SupportEstablishmentType;
import fr.cmq.common.reference.SupportRole;
import fr.cmq.common.reference.TrainingRole;
import fr.cmq.events.monitoring.PartnerState;
import fr.cmq.events.monitoring.PartnerTypologyState;
import fr.cmq.events.monitoring.ProfileState;
import fr.cmq.gateway.dashboard.TableRow;
import fr.cmq.gateway.web.CampusPage.Item;
import fr.cmq.gateway.web.CampusPage.Partner;

import java.util.ArrayList;
import java.util.List;

import static fr.cmq.gateway.web.CampusPage.add;
import static fr.cmq.gateway.web.CampusPage.yesNo;

/** The campus page's description of what the monitoring service published: the profile, the partners and their summary. */
final class ProfileSection {

    private ProfileSection() {
    }

    static List<Item> profile(TableRow row, ProfileState profile) {
        List<Item> items = new ArrayList<>();
        items.add(new Item("Forme juridique", PageViews.legalForm(row.legalForm())));
        if (profile == null) {
            return items;
        }
        add(items, "Type de GIP", PageLabels.of(GipKind.class, profile.gipKind()));
        add(items, "Forme juridique depuis le", profile.legalFormSince() == null ? null
                : PageViews.date(profile.legalFormSince()));
        add(items, "Personnalité morale", yesNo(profile.hasLegalPersonality()));
        add(items, "Budget propre", yesNo(profile.hasOwnBudget()));
        ProfileState.SupportEstablishment support = profile.supportEstablishment();
        if (support != null) {
            items.add(new Item("Établissement support", support.name()
                    + (support.uai() == null ? "" : " (UAI " + support.uai() + ")")
                    + " — " + PageLabels.of(SupportEstablishmentType.class, support.type())
                    + ", " + PageLabels.of(SupportRole.class, support.role()).toLowerCase()));
        }
        if (profile.directorPost() != null) {
            items.add(new Item("Poste de directeur opérationnel", directorPost(profile.directorPost())));
        }
        ProfileState.Governance governance = profile.governance();
        if (governance != null) {
            add(items, "Comité de pilotage", yesNo(governance.steeringCommittee()));
            add(items, "Comité de direction", yesNo(governance.managementCommittee()));
            List<String> groups = governance.workingGroups() == null ? List.of() : governance.workingGroups();
            items.add(new Item("Groupes de travail", groups.isEmpty() ? "Aucun" : String.join(", ", groups)));
            add(items, "Enseignement supérieur dans la gouvernance", yesNo(governance.higherEducationInGovernance()));
        }
        return items;
    }

    private static String directorPost(ProfileState.DirectorPost director) {
        if (!director.exists()) {
            return "Non";
        }
        StringBuilder text = new StringBuilder("Oui");
        if (director.fte() != null) {
            text.append(", ").append(director.fte().toPlainString().replace('.', ',')).append(" ETP");
        }
        if (Boolean.TRUE.equals(director.vacant())) {
            text.append(", poste vacant");
        }
        if (director.missionLetter() != null) {
            text.append(director.missionLetter() ? ", avec lettre de mission" : ", sans lettre de mission");
        }
        return text.toString();
    }

    static List<Item> partnerSummary(TableRow row, PartnerTypologyState summary) {
        List<Item> items = new ArrayList<>();
        items.add(new Item("Partenaires actifs", row.activePartners() == null ? "Aucun déclaré" : row.activePartners().toString()));
        TableRow.Matrix m = row.partnerMatrix();
        if (m != null) {
            items.add(new Item("Public, formation initiale", Long.toString(m.publicInitial())));
            items.add(new Item("Public, formation continue", Long.toString(m.publicContinuing())));
            items.add(new Item("Privé, formation initiale", Long.toString(m.privateInitial())));
            items.add(new Item("Privé, formation continue", Long.toString(m.privateContinuing())));
        }
        if (summary != null) {
            items.add(new Item("Dont enseignement supérieur", Long.toString(summary.higherEducation())));
            items.add(new Item("Dont membres de la gouvernance", Long.toString(summary.inGovernance())));
        }
        return items;
    }

    static Partner partner(PartnerState p) {
        return new Partner(p.name(), PageLabels.of(PartnerCategory.class, p.category()),
                PageLabels.of(Sector.class, p.sector()), PageLabels.of(TrainingRole.class, p.trainingRole()),
                p.inGovernance() ? "Oui" : "Non", PageViews.date(p.joinedOn()),
                p.leftOn() == null ? "Actif" : "Parti le " + PageViews.date(p.leftOn()));
    }
}
