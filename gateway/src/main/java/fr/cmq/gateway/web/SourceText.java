package fr.cmq.gateway.web;

import fr.cmq.common.reference.SourceKind;
import fr.cmq.events.EventSource;
import io.quarkus.qute.TemplateData;

import java.util.ArrayList;
import java.util.List;

/**
 * A source of the read model (issue 13) as the page shows it: the kind's French label for the badge (« Rapport
 * 2017 », « Déclaré », « Importé », « Exemple (fictif) », « Données synthétiques »: the badge is its text, its colour
 * only repeats it), and the details of the source in a sentence.
 */
final class SourceText {

    /**
     * The badge of a source: its text, the kind's code (for the template's colour), the details (the reference, the
     * declaring role and region, the imported file and day; empty when none) and whether it is demonstration data.
     */
    @TemplateData
    public record Badge(String label, String code, String detail, boolean demo) {
    }

    private SourceText() {
    }

    /** The badge of a source; null without one. */
    static Badge badge(EventSource source) {
        if (source == null) {
            return null;
        }
        return new Badge(PageLabels.of(SourceKind.class, source.kind()), source.kind(), details(source), source.demo());
    }

    /** « Annexe 4 », « rôle régional, région 76 », « fichier a.csv, importé le 05/01/2026 »; empty without any. */
    static String details(EventSource source) {
        List<String> details = new ArrayList<>();
        if (source.reference() != null && !source.reference().isBlank()) {
            details.add(source.reference());
        }
        if (source.role() != null) {
            details.add("rôle " + switch (source.role()) {
                case "NATIONAL" -> "national";
                case "REGIONAL" -> "régional";
                default -> source.role();
            });
        }
        if (source.regionCode() != null) {
            details.add("région " + source.regionCode());
        }
        if (source.fileName() != null) {
            details.add("fichier " + source.fileName());
        }
        if (source.importedOn() != null) {
            details.add("importé le " + PageViews.date(source.importedOn()));
        }
        return String.join(", ", details);
    }
}
