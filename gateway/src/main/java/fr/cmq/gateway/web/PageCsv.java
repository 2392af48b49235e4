package fr.cmq.gateway.web;

import fr.cmq.common.reference.FunderType;
import fr.cmq.common.reference.LabelStatus;
import fr.cmq.common.reference.SourceKind;
import fr.cmq.common.reference.SupportEstablishmentType;
import fr.cmq.common.web.CsvWriter;
import fr.cmq.events.monitoring.HeadlineState;
import fr.cmq.gateway.dashboard.RegisterNames;
import fr.cmq.gateway.dashboard.AsOf;
import fr.cmq.gateway.dashboard.NationalTable;
import fr.cmq.gateway.dashboard.TableQuery;
import fr.cmq.gateway.dashboard.TableRow;
import jakarta.ws.rs.core.StreamingOutput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The page's "Exporter en CSV": the rows of the page's filters for a spreadsheet (the platform's {@link CsvWriter},
 * with a byte order mark so that spreadsheet software reads the accents), French headers, each code followed by its
 * French label. BI tools use /api/v1/dashboard/campuses?format=csv (codes only, with a token).
 */
final class PageCsv {

    /** The headline indicators (the steering state's, in its order). */
    private static final List<String> HEADLINES = List.of("PRESSURE_RATE", "SUSTAINABLE_EMPLOYMENT_RATE",
            "MIXED_PATHWAY_LEARNERS");

    private PageCsv() {
    }

    static List<String> header() {
        List<String> columns = new ArrayList<>(List.of("Identifiant", "Désignation", "Code filière", "Filière",
                "Code région", "Région", "Académies", "Statut du label", "Échéance du label", "Forme juridique",
                "Type d'établissement support", "Partenaires actifs", "Public formation initiale",
                "Public formation continue", "Privé formation initiale", "Privé formation continue", "Alertes",
                "Année budgétaire", "Budget prévisionnel (euros)"));
        Arrays.stream(FunderType.values()).forEach(t -> columns.add("Part " + t.label() + " (%)"));
        columns.addAll(List.of("Part hors rectorat (%)", "Part ex ante (%)", "Poste de directeur opérationnel",
                "Part hors rectorat du poste de directeur (%)", "Données manquantes",
                "Dernière année complète", "Indicateurs avec une cible", "Indicateurs renseignés pour la dernière année complète",
                "Réalisation du plan d'actions (%)"));
        for (String indicator : HEADLINES) {
            String label = PageLabels.of(PageLabels.INDICATORS, indicator);
            columns.addAll(List.of(label + " : année", label + " : dernière valeur", label + " : cible"));
        }
        columns.add("Couverture des emplois par les ressources (%)");
        Arrays.stream(FunderType.Annex3Bucket.values()).forEach(b -> columns.add("Annexe 3 : part " + b.label() + " (%)"));
        columns.add("Dernière mise à jour");
        columns.add("Source");
        return columns;
    }

    static List<Object> cells(TableRow r, RegisterNames names) {
        TableRow.Matrix m = r.partnerMatrix();
        List<Object> cells = new ArrayList<>(Arrays.asList(r.campusId(), r.designation(), r.familyCode(),
                PageLabels.of(names.families(), r.familyCode()), r.regionCode(),
                PageLabels.of(names.regions(), r.regionCode()), PageViews.academies(r, names),
                PageLabels.of(LabelStatus.class, r.labelStatus()), r.labelExpiry(), PageViews.legalForm(r.legalForm()),
                PageLabels.of(SupportEstablishmentType.class, r.supportEstablishmentType()), r.activePartners(),
                m == null ? null : m.publicInitial(), m == null ? null : m.publicContinuing(),
                m == null ? null : m.privateInitial(), m == null ? null : m.privateContinuing(),
                String.join(" ; ", PageViews.flags(r)), r.year(),
                r.forecastBudgetCents() == null ? null : BigDecimal.valueOf(r.forecastBudgetCents(), 2)));
        Map<String, TableRow.FunderShare> shares = r.funderShares().stream()
                .collect(Collectors.toMap(TableRow.FunderShare::funderType, s -> s, (a, b) -> a));
        Arrays.stream(FunderType.values())
                .forEach(t -> cells.add(shares.containsKey(t.code()) ? shares.get(t.code()).percent() : null));
        cells.addAll(Arrays.asList(r.nonRectoratPercent(), r.exAntePercent(),
                r.directorPost() == null ? null : r.directorPost() ? "oui" : "non", r.directorNonRectoratPercent(),
                String.join(" ; ", PageViews.missing(r))));
        TableRow.Steering steering = r.steering();
        cells.addAll(Arrays.asList(steering.lastCompleteYear(), steering.indicatorsWithTarget(),
                steering.indicatorsWithRecentValue(), steering.planCompletionPercent()));
        for (String indicator : HEADLINES) {
            HeadlineState h = steering.headline(indicator);
            cells.addAll(h == null ? Arrays.asList(null, null, null) : Arrays.asList(h.year(), h.value(), h.target()));
        }
        TableRow.BudgetTheme theme = r.budgetTheme();
        cells.add(theme == null ? null : theme.coverageRatioPercent());
        for (FunderType.Annex3Bucket bucket : FunderType.Annex3Bucket.values()) {
            cells.add(theme == null ? null : theme.sharePercent(bucket.code()));
        }
        cells.add(r.updatedAt());
        cells.add(r.source() == null ? null : PageLabels.of(SourceKind.class, r.source().kind()));
        return cells;
    }

    /** The rows of the query as the national table's database cursor gives them (a byte order mark first). */
    static StreamingOutput stream(NationalTable table, TableQuery query, RegisterNames names) {
        return stream(table, query, null, names);
    }

    /** The rows of the query as of a date's end (today's when {@code asOf} is null). */
    static StreamingOutput stream(NationalTable table, TableQuery query, AsOf asOf, RegisterNames names) {
        return output -> {
            CsvWriter csv = CsvWriter.utf8WithByteOrderMark(output).row(header());
            table.forEach(query, asOf, row -> csv.row(cells(row, names)));
            csv.flush();
        };
    }
}
