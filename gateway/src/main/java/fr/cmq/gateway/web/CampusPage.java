package fr.cmq.gateway.web;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.gateway.dashboard.CampusDetail;
import fr.cmq.gateway.dashboard.NationalTable;
import fr.cmq.gateway.dashboard.TableRow;
import io.quarkus.qute.TemplateData;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One campus as its page shows it: the table row and what the three services published about it (label, profile,
 * partners, budgets, director co-financing), as French text. Only named fields are taken from the events' JSON, so
 * nothing else they may carry (such as a writer's token subject) reaches the page. The profile and partners are
 * described by {@link ProfileSection}, the budgets and director co-financing by {@link FundingSection}.
 */
@TemplateData
public record CampusPage(String designation, String campusId, List<String> otherNames, List<Item> register,
                         List<Item> label, List<Item> profile, List<Item> partnerSummary, List<String> flags,
                         List<String> missing, List<Partner> partners, List<Budget> budgets, List<Director> directors) {

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
    public record Budget(String title, List<Item> figures, List<Line> contributions, List<Line> uses, List<Line> shares) {
    }

    @TemplateData
    public record Director(String title, List<Item> figures, List<Line> shares) {
    }

    static CampusPage of(CampusDetail detail) {
        TableRow row = detail.row();
        return new CampusPage(row.designation(), row.campusId().toString(), detail.communicationNames(),
                register(row), label(row, detail.label()), ProfileSection.profile(row, detail.profile()),
                ProfileSection.partnerSummary(row, detail.partnerSummary()),
                row.warningFlags().stream().map(f -> FrenchLabels.of(FrenchLabels.FLAGS, f)).toList(),
                row.missing().stream().map(m -> FrenchLabels.of(FrenchLabels.MISSING_ITEMS, m)).toList(),
                detail.partners().stream().map(ProfileSection::partner).toList(),
                detail.budgets().stream().map(FundingSection::budget).toList(),
                detail.directorFundings().stream().map(FundingSection::director).toList());
    }

    private static List<Item> register(TableRow row) {
        return List.of(
                new Item("Famille de métiers", FrenchLabels.withCode(FrenchLabels.FAMILIES, row.familyCode())),
                new Item("Région", FrenchLabels.withCode(FrenchLabels.REGIONS, row.regionCode())),
                new Item("Académies", String.join(", ", row.academyCodes().stream()
                        .map(a -> FrenchLabels.of(FrenchLabels.ACADEMIES, a)).toList())),
                new Item("Dernière mise à jour", row.updatedAt() == null ? "—"
                        : PageViews.date(row.updatedAt().atZone(NationalTable.FRANCE).toLocalDate())));
    }

    private static List<Item> label(TableRow row, JsonNode label) {
        List<Item> items = new ArrayList<>();
        items.add(new Item("Statut", FrenchLabels.of(FrenchLabels.LABEL_STATUSES, row.labelStatus())));
        if (label != null) {
            items.add(new Item("Début", PageViews.date(EventValues.date(label.path("startDate")))));
        }
        items.add(new Item("Échéance", PageViews.date(row.labelExpiry())));
        if (label != null) {
            if (label.path("durationYears").isNumber()) {
                items.add(new Item("Durée", label.path("durationYears").asInt() + " ans"));
            }
            add(items, "Appel à projets", EventValues.text(label.path("callCode")));
            add(items, "Acte de labellisation", EventValues.text(label.path("legalActReference")));
            LocalDate withdrawn = EventValues.date(label.path("withdrawnOn"));
            if (withdrawn != null) {
                items.add(new Item("Retiré le", PageViews.date(withdrawn)));
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
}
