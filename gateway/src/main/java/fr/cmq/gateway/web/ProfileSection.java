package fr.cmq.gateway.web;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.gateway.dashboard.TableRow;
import fr.cmq.gateway.web.CampusPage.Item;
import fr.cmq.gateway.web.CampusPage.Partner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The campus page's description of what the monitoring service published: the profile, the partners and their summary. */
final class ProfileSection {

    private ProfileSection() {
    }

    static List<Item> profile(TableRow row, JsonNode profile) {
        List<Item> items = new ArrayList<>();
        items.add(new Item("Forme juridique", row.legalForm() == null ? "Non renseignée"
                : FrenchLabels.of(FrenchLabels.LEGAL_FORMS, row.legalForm())));
        if (profile == null) {
            return items;
        }
        CampusPage.add(items, "Type de GIP", FrenchLabels.of(FrenchLabels.GIP_KINDS, EventValues.text(profile.path("gipKind"))));
        CampusPage.add(items, "Forme juridique depuis le", EventValues.dateText(profile.path("legalFormSince")));
        CampusPage.add(items, "Personnalité morale", EventValues.yesNo(profile.path("hasLegalPersonality")));
        CampusPage.add(items, "Budget propre", EventValues.yesNo(profile.path("hasOwnBudget")));
        JsonNode support = profile.path("supportEstablishment");
        if (support.isObject()) {
            String uai = EventValues.text(support.path("uai"));
            items.add(new Item("Établissement support", EventValues.text(support.path("name"))
                    + (uai == null ? "" : " (UAI " + uai + ")")
                    + " — " + FrenchLabels.of(FrenchLabels.SUPPORT_TYPES, EventValues.text(support.path("type")))
                    + ", " + FrenchLabels.of(FrenchLabels.SUPPORT_ROLES, EventValues.text(support.path("role"))).toLowerCase()));
        }
        JsonNode director = profile.path("directorPost");
        if (director.isObject()) {
            items.add(new Item("Poste de directeur opérationnel", directorPost(director)));
        }
        JsonNode governance = profile.path("governance");
        if (governance.isObject()) {
            CampusPage.add(items, "Comité de pilotage", EventValues.yesNo(governance.path("steeringCommittee")));
            CampusPage.add(items, "Comité de direction", EventValues.yesNo(governance.path("managementCommittee")));
            List<String> groups = new ArrayList<>();
            governance.path("workingGroups").forEach(g -> groups.add(g.asText()));
            items.add(new Item("Groupes de travail", groups.isEmpty() ? "Aucun" : String.join(", ", groups)));
            CampusPage.add(items, "Enseignement supérieur dans la gouvernance",
                    EventValues.yesNo(governance.path("higherEducationInGovernance")));
        }
        return items;
    }

    private static String directorPost(JsonNode director) {
        if (!director.path("exists").asBoolean()) {
            return "Non";
        }
        StringBuilder text = new StringBuilder("Oui");
        BigDecimal fte = EventValues.decimal(director.path("fte"));
        if (fte != null) {
            text.append(", ").append(fte.toPlainString().replace('.', ',')).append(" ETP");
        }
        if (director.path("vacant").asBoolean()) {
            text.append(", poste vacant");
        }
        if (director.path("missionLetter").isBoolean()) {
            text.append(director.path("missionLetter").asBoolean() ? ", avec lettre de mission" : ", sans lettre de mission");
        }
        return text.toString();
    }

    static List<Item> partnerSummary(TableRow row, JsonNode summary) {
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
            if (summary.path("higherEducation").isNumber()) {
                items.add(new Item("Dont enseignement supérieur", summary.path("higherEducation").asText()));
            }
            if (summary.path("inGovernance").isNumber()) {
                items.add(new Item("Dont membres de la gouvernance", summary.path("inGovernance").asText()));
            }
        }
        return items;
    }

    static Partner partner(JsonNode p) {
        boolean active = p.path("active").asBoolean(p.path("leftOn").isNull() || p.path("leftOn").isMissingNode());
        LocalDate left = EventValues.date(p.path("leftOn"));
        return new Partner(EventValues.text(p.path("name")),
                FrenchLabels.of(FrenchLabels.PARTNER_CATEGORIES, EventValues.text(p.path("category"))),
                FrenchLabels.of(FrenchLabels.SECTORS, EventValues.text(p.path("sector"))),
                FrenchLabels.of(FrenchLabels.TRAINING_ROLES, EventValues.text(p.path("trainingRole"))),
                p.path("inGovernance").asBoolean() ? "Oui" : "Non",
                PageViews.date(EventValues.date(p.path("joinedOn"))),
                active ? "Actif" : "Parti le " + PageViews.date(left));
    }
}
