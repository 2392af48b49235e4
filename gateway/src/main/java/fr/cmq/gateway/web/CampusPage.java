package fr.cmq.gateway.web;

import fr.cmq.common.reference.BudgetKind;
import fr.cmq.common.reference.LabelStatus;
import fr.cmq.common.time.CmqClock;
import fr.cmq.events.labelling.LabelState;
import fr.cmq.events.monitoring.HeadlineState;
import fr.cmq.gateway.dashboard.CampusDetail;
import fr.cmq.gateway.dashboard.RegisterNames;
import fr.cmq.gateway.dashboard.TableRow;
import io.quarkus.qute.TemplateData;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One campus as its page shows it: the table row and what the three services published about it (label, profile,
 * partners, budgets and their Annexe 3 budget theme, director co-financing, steering by results and the charts of
 * its indicators against their targets), as French text. Only the contract's records reach the page, so nothing
 * else an event may carry does. The profile and partners are described by {@link ProfileSection}, the budgets and
 * director co-financing by {@link FundingSection}.
 */
@TemplateData
public record CampusPage(String designation, String campusId, List<String> otherNames, List<Item> register,
                         List<Item> label, List<Item> profile, List<Item> partnerSummary, List<String> flags,
                         List<String> missing, List<Partner> partners, List<Budget> budgets, List<Director> directors,
                         List<Item> steering, List<IndicatorCharts.Chart> indicators, SourceText.Badge source,
                         List<PartSourceLine> sources) {

    /** Where one part of the campus comes from: the part, its source's badge. */
    @TemplateData
    public record PartSourceLine(String part, SourceText.Badge source) {
    }

    /** A term and its description. */
    @TemplateData
    public record Item(String term, String value) {
    }

    @TemplateData
    public record Partner(String name, String category, String sector, String trainingRole, String governance,
                          String joinedOn, String status) {
    }

    @TemplateData
    public record Line(String label, String detail, String amount) {
    }

    @TemplateData
    public record Budget(String title, List<Item> figures, List<Line> contributions, List<Line> uses, List<Line> shares,
                         List<Line> annex3) {
    }

    @TemplateData
    public record Director(String title, List<Item> figures, List<Line> shares) {
    }

    static CampusPage of(CampusDetail detail, RegisterNames names) {
        TableRow row = detail.row();
        return new CampusPage(row.designation(), row.campusId().toString(), detail.communicationNames(),
                register(row, names), label(row, detail.label()), ProfileSection.profile(row, detail.profile()),
                ProfileSection.partnerSummary(row, detail.partnerSummary()), PageViews.flags(row), PageViews.missing(row),
                detail.partners().stream().map(ProfileSection::partner).toList(),
                detail.budgets().stream().map(FundingSection::budget).toList(),
                detail.directorFundings().stream().map(FundingSection::director).toList(), steering(row),
                IndicatorCharts.of(detail.indicators()), SourceText.badge(row.source()), sources(detail));
    }

    /** The source of each part of the campus, in French (issue 13). */
    private static List<PartSourceLine> sources(CampusDetail detail) {
        Map<UUID, String> partnerNames = new HashMap<>();
        detail.partners().forEach(p -> partnerNames.put(p.id(), p.name()));
        return detail.sources().stream().map(s -> new PartSourceLine(switch (s.part()) {
            case "REGISTER" -> "Registre";
            case "LABEL" -> "Label";
            case "PROFILE" -> "Profil (forme juridique, établissement support, poste de directeur)";
            case "PARTNERS" -> "Synthèse des partenaires";
            case "PARTNER" -> "Partenaire " + partnerNames.getOrDefault(s.partnerId(), "");
            case "BUDGET" -> PageLabels.of(BudgetKind.class, s.budgetKind()) + " " + s.year();
            case "DIRECTOR_FUNDING" -> "Cofinancement du poste de directeur " + s.year();
            case "STEERING" -> "Pilotage par les résultats";
            default -> s.part();
        }, SourceText.badge(s.source()))).toList();
    }

    /** The row's steering by results, in French. */
    private static List<Item> steering(TableRow row) {
        TableRow.Steering s = row.steering();
        List<Item> items = new ArrayList<>();
        items.add(new Item("Indicateurs avec une cible", Integer.toString(s.indicatorsWithTarget())));
        items.add(new Item("Indicateurs renseignés pour " + s.lastCompleteYear(),
                Integer.toString(s.indicatorsWithRecentValue())));
        items.add(new Item("Réalisation du plan d'actions " + s.lastCompleteYear(),
                s.planCompletionPercent() == null ? "non évalué" : PageViews.percent(s.planCompletionPercent())));
        for (HeadlineState h : s.headlines()) {
            boolean percent = PageLabels.PERCENT_INDICATORS.contains(h.indicator());
            String term = PageLabels.of(PageLabels.INDICATORS, h.indicator()) + ("M6".equals(h.horizon()) ? " à 6 mois" : "");
            items.add(new Item(term, h.value() == null ? "aucune valeur"
                    : SteeringPanel.figure(h.value(), percent) + " en " + h.year() + (h.target() == null
                    ? " (sans cible)" : " (cible " + SteeringPanel.figure(h.target(), percent) + ")")));
        }
        return items;
    }

    private static List<Item> register(TableRow row, RegisterNames names) {
        return List.of(
                new Item("Filière (Annexe 4 : « Nouvelle famille - Proposition DGE »)", PageLabels.withCode(names.families(), row.familyCode())),
                new Item("Région", PageLabels.withCode(names.regions(), row.regionCode())),
                new Item("Académies", PageViews.academies(row, names)),
                new Item("Dernière mise à jour", row.updatedAt() == null ? "—"
                        : PageViews.date(row.updatedAt().atZone(CmqClock.FRANCE).toLocalDate())));
    }

    private static List<Item> label(TableRow row, LabelState label) {
        List<Item> items = new ArrayList<>();
        items.add(new Item("Statut", PageLabels.of(LabelStatus.class, row.labelStatus())));
        if (label != null) {
            items.add(new Item("Début", PageViews.date(label.startDate())));
        }
        items.add(new Item("Échéance", PageViews.date(row.labelExpiry())));
        if (label != null) {
            if (label.durationYears() != null) {
                items.add(new Item("Durée", label.durationYears() + " ans"));
            }
            add(items, "Appel à projets", label.callCode());
            add(items, "Acte de labellisation", label.legalActReference());
            if (label.withdrawnOn() != null) {
                items.add(new Item("Retiré le", PageViews.date(label.withdrawnOn())));
            }
        }
        return items;
    }

    /** Adds the item when it has a value. */
    static void add(List<Item> items, String term, String value) {
        if (value != null && !value.isEmpty()) {
            items.add(new Item(term, value));
        }
    }

    /** "Oui" or "Non"; null for null. */
    static String yesNo(Boolean value) {
        return value == null ? null : value ? "Oui" : "Non";
    }
}
