package fr.cmq.gateway.web;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.gateway.web.CampusPage.Budget;
import fr.cmq.gateway.web.CampusPage.Director;
import fr.cmq.gateway.web.CampusPage.Item;
import fr.cmq.gateway.web.CampusPage.Line;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The campus page's description of what the funding service published: each budget and director co-financing. */
final class FundingSection {

    private static final Map<String, String> USES = Map.of(
            "OPERATIONAL_DIRECTOR", "Rémunération du directeur opérationnel",
            "TRAVEL", "Frais de déplacement",
            "COMMUNICATION", "Communication et salons",
            "ACTIONS", "Actions",
            "EQUIPMENT", "Investissement et équipement",
            "RUNNING_COSTS", "Fonctionnement");

    private FundingSection() {
    }

    static Budget budget(JsonNode b) {
        String title = FrenchLabels.of(FrenchLabels.BUDGET_KINDS, EventValues.text(b.path("kind"))) + " " + b.path("year").asInt();
        List<Item> figures = new ArrayList<>();
        figures.add(new Item("Total des ressources", PageViews.euros(b.path("totalResourcesCents").asLong())));
        figures.add(new Item("Total des emplois", PageViews.euros(b.path("totalUsesCents").asLong())));
        CampusPage.add(figures, "Taux de couverture", EventValues.percent(b.path("coverageRatioPercent")));
        CampusPage.add(figures, "Part hors rectorat", EventValues.percent(b.path("nonRectoratPercent")));
        CampusPage.add(figures, "Porteur du budget", EventValues.text(b.path("holderName")));
        for (JsonNode m : b.path("sharesByModality")) {
            figures.add(new Item("Part " + modality(m).toLowerCase(), PageViews.percent(EventValues.decimal(m.path("percent")))));
        }
        List<Line> contributions = new ArrayList<>();
        for (JsonNode c : b.path("contributions")) {
            contributions.add(new Line(EventValues.text(c.path("funderName")), funderType(c)
                    + (c.path("modality").isTextual() ? ", " + modality(c).toLowerCase() : ""),
                    PageViews.euros(c.path("amountCents").asLong())));
        }
        List<Line> uses = new ArrayList<>();
        for (JsonNode u : b.path("uses")) {
            String use = EventValues.text(u.path("use"));
            uses.add(new Line(USES.getOrDefault(use, use), "", PageViews.euros(u.path("amountCents").asLong())));
        }
        List<Line> shares = new ArrayList<>();
        for (JsonNode s : b.path("sharesByFunderType")) {
            shares.add(new Line(funderType(s), PageViews.percent(EventValues.decimal(s.path("percent"))),
                    PageViews.euros(s.path("amountCents").asLong())));
        }
        return new Budget(title, figures, contributions, uses, shares);
    }

    static Director director(JsonNode d) {
        List<Item> figures = new ArrayList<>();
        figures.add(new Item("Coût annuel du poste", PageViews.euros(d.path("totalCostCents").asLong())));
        CampusPage.add(figures, "Employeur", EventValues.text(d.path("employerName")));
        CampusPage.add(figures, "Part hors rectorat", EventValues.percent(d.path("nonRectoratPercent")));
        List<Line> shares = new ArrayList<>();
        for (JsonNode s : d.path("shares")) {
            shares.add(new Line(EventValues.text(s.path("funderName")) + " — " + funderType(s),
                    PageViews.percent(EventValues.decimal(s.path("percent"))), PageViews.euros(s.path("amountCents").asLong())));
        }
        return new Director("Cofinancement du poste de directeur " + d.path("year").asInt(), figures, shares);
    }

    private static String funderType(JsonNode node) {
        return FrenchLabels.of(FrenchLabels.FUNDER_TYPES, EventValues.text(node.path("funderType")));
    }

    private static String modality(JsonNode node) {
        return FrenchLabels.of(FrenchLabels.MODALITIES, EventValues.text(node.path("modality")));
    }
}
