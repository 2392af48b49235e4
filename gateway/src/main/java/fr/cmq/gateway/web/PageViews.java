package fr.cmq.gateway.web;

import io.quarkus.qute.TemplateData;
import fr.cmq.gateway.dashboard.TableRow;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the templates show: French, formatted text built from the read model's rows (the templates escape it). */
public final class PageViews {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);

    private PageViews() {
    }

    /** One option of a select field. */
    @TemplateData
    public record Option(String value, String label, boolean selected) {
    }

    /** A column header: its label, the link that sorts by it, and its current order for aria-sort. */
    @TemplateData
    public record Column(String label, String href, String ariaSort, String hint) {
    }

    /** One row of the national table as the page shows it. */
    @TemplateData
    public record Row(String href, String designation, String region, String academies, String family, String labelStatus,
               String labelStatusCode, String labelExpiry, String legalForm, String activePartners, String budget,
               String nonRectorat, List<String> missing, List<String> flags) {
    }

    static Row row(TableRow r) {
        return new Row("/campus/" + r.campusId(), r.designation(),
                FrenchLabels.withCode(FrenchLabels.REGIONS, r.regionCode()),
                String.join(", ", r.academyCodes().stream().map(a -> FrenchLabels.of(FrenchLabels.ACADEMIES, a)).toList()),
                FrenchLabels.of(FrenchLabels.FAMILIES, r.familyCode()),
                FrenchLabels.of(FrenchLabels.LABEL_STATUSES, r.labelStatus()), r.labelStatus(), date(r.labelExpiry()),
                r.legalForm() == null ? "Non renseignée" : FrenchLabels.of(FrenchLabels.LEGAL_FORMS, r.legalForm()),
                r.activePartners() == null ? "—" : Integer.toString(r.activePartners()),
                r.forecastBudgetCents() == null ? "—" : euros(r.forecastBudgetCents()),
                r.nonRectoratPercent() == null ? "—" : percent(r.nonRectoratPercent()),
                r.missing().stream().map(m -> FrenchLabels.of(FrenchLabels.MISSING_ITEMS, m)).toList(),
                r.warningFlags().stream().map(f -> FrenchLabels.of(FrenchLabels.FLAGS, f)).toList());
    }

    static List<Option> options(Map<String, String> labels, String selected, boolean withCode) {
        return labels.keySet().stream().map(code -> new Option(code,
                withCode ? FrenchLabels.withCode(labels, code) : labels.get(code), code.equals(selected))).toList();
    }

    static String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    /** Euro cents as whole euros, French style: "1 234 567 €". */
    static String euros(long cents) {
        NumberFormat format = NumberFormat.getIntegerInstance(Locale.FRANCE);
        // whole euros, rounded half up, without floating point
        return format.format(java.math.BigDecimal.valueOf(cents, 2).setScale(0, java.math.RoundingMode.HALF_UP)) + " €";
    }

    static String percent(BigDecimal percent) {
        return percent == null ? "—" : percent.toPlainString().replace('.', ',') + " %";
    }

    static String count(long count, String singular, String plural) {
        return NumberFormat.getIntegerInstance(Locale.FRANCE).format(count) + " " + (count > 1 ? plural : singular);
    }
}
