package fr.cmq.gateway.web;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cmq.common.time.CmqClock;
import fr.cmq.gateway.dashboard.CampusHistory;
import io.quarkus.qute.TemplateData;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The « Historique » section of a campus page: its changes, oldest first, as French text (when, which service, what
 * event, which recommendation 6 fields changed from what to what, and the source). Never the actor: the pages show
 * no person.
 */
@TemplateData
public record HistorySection(List<Entry> entries, boolean truncated) {

    /** The changes a page lists (the API pages through the rest). */
    static final int SHOWN = 200;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRANCE);

    /** One change. */
    @TemplateData
    public record Entry(String when, String service, String event, List<String> changes, String source) {
    }

    static final Map<String, String> SERVICES = Map.of("labelling", "Labellisation", "monitoring", "Suivi",
            "funding", "Financement");
    static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("designation", "Désignation"), Map.entry("familyCode", "Filière"),
            Map.entry("regionCode", "Région"), Map.entry("academyCodes", "Académies"),
            Map.entry("labelStatus", "Statut du label"), Map.entry("labelStartDate", "Début du label"),
            Map.entry("labelExpiry", "Échéance du label"), Map.entry("labelWithdrawnOn", "Retrait du label"),
            Map.entry("legalForm", "Forme juridique"),
            Map.entry("supportEstablishmentType", "Type d'établissement support"),
            Map.entry("directorPost", "Poste de directeur"), Map.entry("activePartners", "Partenaires actifs"),
            Map.entry("partnerMatrix.publicInitial", "Partenaires publics, formation initiale"),
            Map.entry("partnerMatrix.publicContinuing", "Partenaires publics, formation continue"),
            Map.entry("partnerMatrix.privateInitial", "Partenaires privés, formation initiale"),
            Map.entry("partnerMatrix.privateContinuing", "Partenaires privés, formation continue"),
            Map.entry("partnerFlags", "Alertes partenaires"),
            Map.entry("indicatorsWithTarget", "Indicateurs avec une cible"),
            Map.entry("planCompletionPercent", "Réalisation du plan d'actions (%)"),
            Map.entry("forecastBudgetCents", "Budget prévisionnel"),
            Map.entry("funderSharePercents", "Parts par type de financeur (%)"),
            Map.entry("nonRectoratPercent", "Part hors rectorat (%)"),
            Map.entry("exAntePercent", "Part ex ante (%)"),
            Map.entry("directorNonRectoratPercent", "Poste de directeur : part hors rectorat (%)"));
    static final Map<String, String> SOURCE_KINDS = Map.of("REPORT_2017", "Rapport 2017", "DECLARED", "Déclaré",
            "IMPORTED", "Importé", "EXAMPLE", "Exemple (fictif)", "SYNTHETIC", "Données synthétiques");

    static HistorySection of(CampusHistory.Page page) {
        List<Entry> entries = new ArrayList<>();
        for (CampusHistory.Change change : page.items()) {
            List<String> changes = new ArrayList<>();
            for (CampusHistory.FieldChange field : change.changes()) {
                changes.add(PageLabels.of(FIELDS, field.field()) + (change.year() == null ? "" : " " + change.year())
                        + " : " + value(field.field(), field.oldValue()) + " → " + value(field.field(), field.newValue()));
            }
            entries.add(new Entry(WHEN.format(change.occurredAt().atZone(CmqClock.FRANCE)),
                    PageLabels.of(SERVICES, change.service()), change.eventType(), changes, source(change.source())));
        }
        return new HistorySection(entries, page.nextCursor() != null);
    }

    private static String source(Map<String, Object> source) {
        Object kind = source == null ? null : source.get("kind");
        String text = kind == null ? "—" : PageLabels.of(SOURCE_KINDS, kind.toString());
        Object reference = source == null ? null : source.get("reference");
        return reference == null ? text : text + " (" + reference + ")";
    }

    private static String value(String field, Object value) {
        if (!(value instanceof JsonNode node) || node.isNull()) {
            return value == null ? "—" : value.toString();
        }
        if (field.equals("forecastBudgetCents") && node.canConvertToLong()) {
            return PageViews.euros(node.asLong());
        }
        if (node.isBoolean()) {
            return node.asBoolean() ? "Oui" : "Non";
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.asText()));
            return items.isEmpty() ? "aucune" : String.join(", ", items);
        }
        if (node.isObject()) {
            List<String> items = new ArrayList<>();
            node.fields().forEachRemaining(f -> items.add(f.getKey() + " " + f.getValue().asText().replace('.', ',')));
            return String.join(", ", items);
        }
        return node.isNumber() ? node.asText().replace('.', ',') : node.asText();
    }
}
