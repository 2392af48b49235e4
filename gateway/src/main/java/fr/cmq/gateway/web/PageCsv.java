package fr.cmq.gateway.web;

import fr.cmq.gateway.dashboard.TableRow;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The page's "Exporter en CSV": the rows of the page's filters for a spreadsheet, RFC 4180, UTF-8 with a byte order
 * mark (so that spreadsheet software reads the accents), French headers, each code followed by its French label.
 * BI tools use /api/v1/dashboard/campuses?format=csv (codes only, with a token).
 */
final class PageCsv {

    private PageCsv() {
    }

    static String header() {
        List<String> columns = new ArrayList<>(List.of("Identifiant", "Désignation", "Code famille", "Famille",
                "Code région", "Région", "Académies", "Statut du label", "Échéance du label", "Forme juridique",
                "Type d'établissement support", "Partenaires actifs", "Public formation initiale",
                "Public formation continue", "Privé formation initiale", "Privé formation continue", "Alertes",
                "Année budgétaire", "Budget prévisionnel (euros)"));
        FrenchLabels.FUNDER_TYPES.values().forEach(label -> columns.add("Part " + label + " (%)"));
        columns.addAll(List.of("Part hors rectorat (%)", "Part ex ante (%)", "Poste de directeur opérationnel",
                "Part hors rectorat du poste de directeur (%)", "Données manquantes", "Dernière mise à jour"));
        return columns.stream().map(PageCsv::field).collect(Collectors.joining(","));
    }

    static String line(TableRow r) {
        TableRow.Matrix m = r.partnerMatrix();
        List<Object> values = new ArrayList<>(List.of(r.campusId(), r.designation(), r.familyCode(),
                FrenchLabels.of(FrenchLabels.FAMILIES, r.familyCode()), r.regionCode(),
                FrenchLabels.of(FrenchLabels.REGIONS, r.regionCode()),
                r.academyCodes().stream().map(a -> FrenchLabels.of(FrenchLabels.ACADEMIES, a)).collect(Collectors.joining(", ")),
                FrenchLabels.of(FrenchLabels.LABEL_STATUSES, r.labelStatus()), opt(r.labelExpiry()),
                r.legalForm() == null ? "Non renseignée" : FrenchLabels.of(FrenchLabels.LEGAL_FORMS, r.legalForm()),
                FrenchLabels.of(FrenchLabels.SUPPORT_TYPES, r.supportEstablishmentType()), opt(r.activePartners()),
                m == null ? "" : m.publicInitial(), m == null ? "" : m.publicContinuing(),
                m == null ? "" : m.privateInitial(), m == null ? "" : m.privateContinuing(),
                r.warningFlags().stream().map(f -> FrenchLabels.of(FrenchLabels.FLAGS, f)).collect(Collectors.joining(" ; ")),
                r.year(), r.forecastBudgetCents() == null ? "" : java.math.BigDecimal.valueOf(r.forecastBudgetCents(), 2)));
        Map<String, TableRow.FunderShare> shares = r.funderShares().stream()
                .collect(Collectors.toMap(TableRow.FunderShare::funderType, s -> s, (a, b) -> a));
        FrenchLabels.FUNDER_TYPES.keySet().forEach(t -> values.add(shares.containsKey(t) ? opt(shares.get(t).percent()) : ""));
        values.addAll(List.of(opt(r.nonRectoratPercent()), opt(r.exAntePercent()),
                r.directorPost() == null ? "" : r.directorPost() ? "oui" : "non", opt(r.directorNonRectoratPercent()),
                r.missing().stream().map(i -> FrenchLabels.of(FrenchLabels.MISSING_ITEMS, i)).collect(Collectors.joining(" ; ")),
                opt(r.updatedAt())));
        return values.stream().map(v -> field(String.valueOf(v))).collect(Collectors.joining(","));
    }

    static StreamingOutput stream(List<TableRow> rows) {
        return output -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            writer.write(header());
            writer.write("\r\n");
            for (TableRow row : rows) {
                writer.write(line(row));
                writer.write("\r\n");
            }
            writer.flush();
        };
    }

    private static Object opt(Object value) {
        return value == null ? "" : value;
    }

    /** One RFC 4180 field; a value a spreadsheet would run as a formula is prefixed with an apostrophe. */
    static String field(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?[0-9.]+")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r") || text.contains("'")
                || text.contains(";")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
