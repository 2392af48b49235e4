package fr.cmq.gateway.web;

import fr.cmq.common.reference.FunderType;
import fr.cmq.common.reference.LegalForm;
import fr.cmq.common.reference.SupportEstablishmentType;
import fr.cmq.gateway.dashboard.NationalSummary;
import fr.cmq.gateway.dashboard.Report2017;
import io.quarkus.qute.TemplateData;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The four charts of the page (legal forms, funder split, partner typology, labels falling due per year), drawn
 * server-side as bars from the same {@link NationalSummary} as /api/v1/dashboard/summary: no JavaScript needed, and
 * each bar carries its figure as text for screen readers.
 */
public final class SummaryCharts {

    private SummaryCharts() {
    }

    /** One bar: its label, its figure as text, and its length relative to the chart's largest bar. */
    @TemplateData
    public record Bar(String label, String value, int width) {
    }

    @TemplateData
    public record Chart(String id, String title, String note, List<Bar> bars, String empty) {
    }

    /** Today's figures next to the 2017 report's: a line per legal form, support type, the forms not provided. */
    @TemplateData
    public record Comparison(String caption, String note, List<ComparisonLine> lines) {
    }

    /** One line of the comparison: what is counted, today's figure, the report's (« — » when it gives none). */
    @TemplateData
    public record ComparisonLine(String label, String today, String report2017) {
    }

    /**
     * The « Rapport 2017 » column next to today's legal forms and support establishment types (Tableau 4, whose
     * percentages are over the 73 campuses whose form was known, of 77), with Tableau 2's count in the note.
     */
    static Comparison report2017(NationalSummary summary) {
        Report2017.LegalForms report = summary.report2017().legalForms();
        List<ComparisonLine> lines = new ArrayList<>();
        for (NationalSummary.Share form : summary.legalForms()) {
            Report2017.Share then = report.shares().stream().filter(s -> s.code().equals(form.code())).findFirst()
                    .orElse(null);
            lines.add(new ComparisonLine(PageLabels.of(LegalForm.class, form.code()), share(form.count(), form.percent()),
                    then == null ? "—" : share(then.count(), then.percent())));
        }
        for (SupportEstablishmentType type : SupportEstablishmentType.values()) {
            Integer then = report.supportEstablishmentTypes().get(type.code());
            lines.add(new ComparisonLine("dont " + type.label(), PageViews.count(
                    summary.supportEstablishmentTypes().getOrDefault(type.code(), 0L), "campus", "campus"),
                    then == null ? "—" : PageViews.count(then, "campus", "campus")));
        }
        lines.add(new ComparisonLine(LegalForm.NOT_PROVIDED.label(),
                PageViews.count(summary.legalFormNotProvided(), "campus", "campus"),
                PageViews.count(report.campuses() - report.known(), "campus", "campus")));
        lines.add(new ComparisonLine("Total", PageViews.count(summary.campuses(), "campus", "campus"),
                PageViews.count(report.campuses(), "campus", "campus")));
        Report2017.Calls calls = summary.report2017().calls();
        return new Comparison("Formes juridiques et établissements supports : aujourd'hui et rapport 2017 ("
                + report.reference().toLowerCase(Locale.FRANCE) + ")",
                "Rapport 2017, " + report.reference().toLowerCase(Locale.FRANCE) + " : parts calculées sur les "
                        + report.known() + " campus dont la forme juridique était renseignée (sur " + report.campuses()
                        + " labellisés en février 2017) ; " + calls.reference().toLowerCase(Locale.FRANCE) + " : "
                        + calls.campuses() + " campus labellisés au titre de "
                        + calls.lists().stream().mapToInt(Report2017.CallList::call).max().orElse(0)
                        + " appels à projets. Aujourd'hui : les campus du tableau, hors données de démonstration.",
                lines);
    }

    private static String share(long count, java.math.BigDecimal percent) {
        return PageViews.count(count, "campus", "campus") + (percent == null ? "" : " (" + PageViews.percent(percent) + ")");
    }

    static List<Chart> of(NationalSummary summary) {
        return List.of(legalForms(summary), funders(summary), partners(summary), labelsDue(summary));
    }

    static Chart legalForms(NationalSummary summary) {
        long max = Math.max(summary.legalFormNotProvided(),
                summary.legalForms().stream().mapToLong(NationalSummary.Share::count).max().orElse(0));
        List<Bar> bars = new ArrayList<>();
        for (NationalSummary.Share form : summary.legalForms()) {
            String share = form.percent() == null ? "" : " (" + PageViews.percent(form.percent()) + ")";
            bars.add(new Bar(PageLabels.of(LegalForm.class, form.code()),
                    PageViews.count(form.count(), "campus", "campus") + share, width(form.count(), max)));
        }
        bars.add(new Bar(LegalForm.NOT_PROVIDED.label(),
                PageViews.count(summary.legalFormNotProvided(), "campus", "campus"),
                width(summary.legalFormNotProvided(), max)));
        return new Chart("formes-juridiques", "Formes juridiques",
                "Part de chaque forme parmi les campus dont la forme est renseignée (comme le tableau 4 du rapport).",
                bars, summary.campuses() == 0 ? "Aucun campus." : null);
    }

    static Chart funders(NationalSummary summary) {
        long max = summary.funderSplit().stream().mapToLong(NationalSummary.FunderSplit::amountCents).max().orElse(0);
        List<Bar> bars = summary.funderSplit().stream().map(f -> new Bar(
                PageLabels.of(FunderType.class, f.funderType()),
                PageViews.euros(f.amountCents()) + (f.percent() == null ? "" : " (" + PageViews.percent(f.percent()) + ")"),
                width(f.amountCents(), max))).toList();
        return new Chart("financeurs", "Répartition des financeurs",
                "Ressources des budgets prévisionnels de l'année, par type de financeur (total : "
                        + PageViews.euros(summary.forecastBudgetCents()) + ").",
                bars, bars.isEmpty() ? "Aucun budget prévisionnel déclaré pour cette année." : null);
    }

    static Chart partners(NationalSummary summary) {
        NationalSummary.PartnerTotals p = summary.partners();
        long[] cells = {p.publicInitial(), p.publicContinuing(), p.privateInitial(), p.privateContinuing()};
        String[] labels = {"Public, formation initiale", "Public, formation continue", "Privé, formation initiale",
                "Privé, formation continue"};
        long max = Math.max(Math.max(cells[0], cells[1]), Math.max(cells[2], cells[3]));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            bars.add(new Bar(labels[i], PageViews.count(cells[i], "partenaire", "partenaires"), width(cells[i], max)));
        }
        return new Chart("typologie-partenaires", "Typologie des partenaires",
                PageViews.count(p.totalActive(), "partenaire actif", "partenaires actifs") + " ; un partenaire en "
                        + "formation initiale et continue compte dans les deux colonnes de son secteur.",
                bars, p.totalActive() == 0 ? "Aucun partenaire déclaré." : null);
    }

    static Chart labelsDue(NationalSummary summary) {
        Map<Integer, Long> due = summary.labelsDuePerYear();
        long max = due.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Bar> bars = due.entrySet().stream().map(e -> new Bar(Integer.toString(e.getKey()),
                PageViews.count(e.getValue(), "label", "labels"), width(e.getValue(), max))).toList();
        return new Chart("labels-echeance", "Labels arrivant à échéance par année",
                "Labels en cours de validité, par année d'échéance.", bars,
                bars.isEmpty() ? "Aucun label en cours de validité." : null);
    }

    private static int width(long value, long max) {
        return max <= 0 ? 0 : (int) Math.round(value * 100.0 / max);
    }
}
