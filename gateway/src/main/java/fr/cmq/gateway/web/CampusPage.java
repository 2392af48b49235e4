package fr.cmq.gateway.web;

import io.quarkus.qute.TemplateData;
import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.gateway.dashboard.CampusDetails;
import fr.cmq.gateway.dashboard.TableRow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One campus as its page shows it: the table row and what the three services published about it (label, profile,
 * partners, budgets, director co-financing), as French text. Only named fields are taken from the events' JSON, so
 * nothing else they may carry (such as a writer's token subject) reaches the page.
 */
@TemplateData
public record CampusPage(String designation, String campusId, List<String> otherNames, List<Item> register, List<Item> label,
                  List<Item> profile, List<Item> partnerSummary, List<String> flags, List<String> missing,
                  List<Partner> partners, List<Budget> budgets, List<Director> directors) {

    /** A term and its description. */
    @TemplateData
    public record Item(String term, String value) {
    }

    @TemplateData

    public record Partner(String name, String category, String sector, String trainingRole, String governance, String joinedOn,
                   String status) {
    }

    @TemplateData

    public record Line(String label, String detail, String amount) {
    }

    @TemplateData

    public record Budget(String title, List<Item> figures, List<Line> contributions, List<Line> uses, List<Line> shares) {
    }

    @TemplateData

    public record Director(String title, List<Item> figures, List<Line> shares) {
    }

    static CampusPage of(CampusDetails.CampusDetail detail) {
        TableRow row = detail.row();
        List<Item> register = List.of(
                new Item("Famille de métiers", FrenchLabels.withCode(FrenchLabels.FAMILIES, row.familyCode())),
                new Item("Région", FrenchLabels.withCode(FrenchLabels.REGIONS, row.regionCode())),
                new Item("Académies", String.join(", ", row.academyCodes().stream()
                        .map(a -> FrenchLabels.of(FrenchLabels.ACADEMIES, a)).toList())),
                new Item("Dernière mise à jour", row.updatedAt() == null ? "—"
                        : PageViews.date(row.updatedAt().atZone(fr.cmq.gateway.dashboard.NationalTable.FRANCE).toLocalDate())));
        return new CampusPage(row.designation(), row.campusId().toString(), detail.communicationNames(),
                register, label(row, detail.label()), profile(row, detail.profile()),
                partnerSummary(row, detail.partnerSummary()),
                row.warningFlags().stream().map(f -> FrenchLabels.of(FrenchLabels.FLAGS, f)).toList(),
                row.missing().stream().map(m -> FrenchLabels.of(FrenchLabels.MISSING_ITEMS, m)).toList(),
                detail.partners().stream().map(CampusPage::partner).toList(),
                detail.budgets().stream().map(CampusPage::budget).toList(),
                detail.directorFundings().stream().map(CampusPage::director).toList());
    }

    private static List<Item> label(TableRow row, JsonNode label) {
        List<Item> items = new ArrayList<>();
        items.add(new Item("Statut", FrenchLabels.of(FrenchLabels.LABEL_STATUSES, row.labelStatus())));
        if (label != null) {
            items.add(new Item("Début", PageViews.date(date(label.path("startDate")))));
        }
        items.add(new Item("Échéance", PageViews.date(row.labelExpiry())));
        if (label != null) {
            if (label.path("durationYears").isNumber()) {
                items.add(new Item("Durée", label.path("durationYears").asInt() + " ans"));
            }
            add(items, "Appel à projets", text(label.path("callCode")));
            add(items, "Acte de labellisation", text(label.path("legalActReference")));
            LocalDate withdrawn = date(label.path("withdrawnOn"));
            if (withdrawn != null) {
                items.add(new Item("Retiré le", PageViews.date(withdrawn)));
            }
        }
        return items;
    }

    private static List<Item> profile(TableRow row, JsonNode profile) {
        List<Item> items = new ArrayList<>();
        items.add(new Item("Forme juridique", row.legalForm() == null ? "Non renseignée"
                : FrenchLabels.of(FrenchLabels.LEGAL_FORMS, row.legalForm())));
        if (profile == null) {
            return items;
        }
        add(items, "Type de GIP", FrenchLabels.of(FrenchLabels.GIP_KINDS, text(profile.path("gipKind"))));
        add(items, "Forme juridique depuis le", dateText(profile.path("legalFormSince")));
        add(items, "Personnalité morale", yesNo(profile.path("hasLegalPersonality")));
        add(items, "Budget propre", yesNo(profile.path("hasOwnBudget")));
        JsonNode support = profile.path("supportEstablishment");
        if (support.isObject()) {
            String uai = text(support.path("uai"));
            items.add(new Item("Établissement support", text(support.path("name")) + (uai == null ? "" : " (UAI " + uai + ")")
                    + " — " + FrenchLabels.of(FrenchLabels.SUPPORT_TYPES, text(support.path("type")))
                    + ", " + FrenchLabels.of(FrenchLabels.SUPPORT_ROLES, text(support.path("role"))).toLowerCase()));
        }
        JsonNode director = profile.path("directorPost");
        if (director.isObject()) {
            if (director.path("exists").asBoolean()) {
                StringBuilder text = new StringBuilder("Oui");
                if (decimal(director.path("fte")) != null) {
                    text.append(", ").append(decimal(director.path("fte")).toPlainString().replace('.', ',')).append(" ETP");
                }
                if (director.path("vacant").asBoolean()) {
                    text.append(", poste vacant");
                }
                if (director.path("missionLetter").isBoolean()) {
                    text.append(director.path("missionLetter").asBoolean() ? ", avec lettre de mission" : ", sans lettre de mission");
                }
                items.add(new Item("Poste de directeur opérationnel", text.toString()));
            } else {
                items.add(new Item("Poste de directeur opérationnel", "Non"));
            }
        }
        JsonNode governance = profile.path("governance");
        if (governance.isObject()) {
            add(items, "Comité de pilotage", yesNo(governance.path("steeringCommittee")));
            add(items, "Comité de direction", yesNo(governance.path("managementCommittee")));
            List<String> groups = new ArrayList<>();
            governance.path("workingGroups").forEach(g -> groups.add(g.asText()));
            items.add(new Item("Groupes de travail", groups.isEmpty() ? "Aucun" : String.join(", ", groups)));
            add(items, "Enseignement supérieur dans la gouvernance", yesNo(governance.path("higherEducationInGovernance")));
        }
        return items;
    }

    private static List<Item> partnerSummary(TableRow row, JsonNode summary) {
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

    private static Partner partner(JsonNode p) {
        boolean active = p.path("active").asBoolean(p.path("leftOn").isNull() || p.path("leftOn").isMissingNode());
        LocalDate left = date(p.path("leftOn"));
        return new Partner(text(p.path("name")),
                FrenchLabels.of(FrenchLabels.PARTNER_CATEGORIES, text(p.path("category"))),
                FrenchLabels.of(FrenchLabels.SECTORS, text(p.path("sector"))),
                FrenchLabels.of(FrenchLabels.TRAINING_ROLES, text(p.path("trainingRole"))),
                p.path("inGovernance").asBoolean() ? "Oui" : "Non",
                PageViews.date(date(p.path("joinedOn"))),
                active ? "Actif" : "Parti le " + PageViews.date(left));
    }

    private static Budget budget(JsonNode b) {
        String title = FrenchLabels.of(FrenchLabels.BUDGET_KINDS, text(b.path("kind"))) + " " + b.path("year").asInt();
        List<Item> figures = new ArrayList<>();
        figures.add(new Item("Total des ressources", PageViews.euros(b.path("totalResourcesCents").asLong())));
        figures.add(new Item("Total des emplois", PageViews.euros(b.path("totalUsesCents").asLong())));
        add(figures, "Taux de couverture", percent(b.path("coverageRatioPercent")));
        add(figures, "Part hors rectorat", percent(b.path("nonRectoratPercent")));
        add(figures, "Porteur du budget", text(b.path("holderName")));
        for (JsonNode m : b.path("sharesByModality")) {
            figures.add(new Item("Part " + FrenchLabels.of(FrenchLabels.MODALITIES, text(m.path("modality"))).toLowerCase(),
                    PageViews.percent(decimal(m.path("percent")))));
        }
        List<Line> contributions = new ArrayList<>();
        for (JsonNode c : b.path("contributions")) {
            contributions.add(new Line(text(c.path("funderName")),
                    FrenchLabels.of(FrenchLabels.FUNDER_TYPES, text(c.path("funderType")))
                            + (c.path("modality").isTextual() ? ", " + FrenchLabels.of(FrenchLabels.MODALITIES, text(c.path("modality"))).toLowerCase() : ""),
                    PageViews.euros(c.path("amountCents").asLong())));
        }
        List<Line> uses = new ArrayList<>();
        for (JsonNode u : b.path("uses")) {
            uses.add(new Line(USES.getOrDefault(text(u.path("use")), text(u.path("use"))), "",
                    PageViews.euros(u.path("amountCents").asLong())));
        }
        List<Line> shares = new ArrayList<>();
        for (JsonNode s : b.path("sharesByFunderType")) {
            shares.add(new Line(FrenchLabels.of(FrenchLabels.FUNDER_TYPES, text(s.path("funderType"))),
                    PageViews.percent(decimal(s.path("percent"))), PageViews.euros(s.path("amountCents").asLong())));
        }
        return new Budget(title, figures, contributions, uses, shares);
    }

    private static final Map<String, String> USES = Map.of(
            "OPERATIONAL_DIRECTOR", "Rémunération du directeur opérationnel",
            "TRAVEL", "Frais de déplacement",
            "COMMUNICATION", "Communication et salons",
            "ACTIONS", "Actions",
            "EQUIPMENT", "Investissement et équipement",
            "RUNNING_COSTS", "Fonctionnement");

    private static Director director(JsonNode d) {
        List<Item> figures = new ArrayList<>();
        figures.add(new Item("Coût annuel du poste", PageViews.euros(d.path("totalCostCents").asLong())));
        add(figures, "Employeur", text(d.path("employerName")));
        add(figures, "Part hors rectorat", percent(d.path("nonRectoratPercent")));
        List<Line> shares = new ArrayList<>();
        for (JsonNode s : d.path("shares")) {
            shares.add(new Line(text(s.path("funderName")) + " — "
                    + FrenchLabels.of(FrenchLabels.FUNDER_TYPES, text(s.path("funderType"))),
                    PageViews.percent(decimal(s.path("percent"))), PageViews.euros(s.path("amountCents").asLong())));
        }
        return new Director("Cofinancement du poste de directeur " + d.path("year").asInt(), figures, shares);
    }

    private static void add(List<Item> items, String term, String value) {
        if (value != null && !value.isEmpty()) {
            items.add(new Item(term, value));
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    private static String yesNo(JsonNode node) {
        return node.isBoolean() ? (node.asBoolean() ? "Oui" : "Non") : null;
    }

    private static String percent(JsonNode node) {
        BigDecimal value = decimal(node);
        return value == null ? null : PageViews.percent(value);
    }

    private static BigDecimal decimal(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        try {
            return node.isTextual() ? new BigDecimal(node.asText()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String dateText(JsonNode node) {
        LocalDate date = date(node);
        return date == null ? null : PageViews.date(date);
    }

    private static LocalDate date(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
