package fr.cmq.gateway.web;

import fr.cmq.common.reference.LabelStatus;
import fr.cmq.common.reference.LegalForm;
import fr.cmq.gateway.dashboard.MissingItem;
import fr.cmq.gateway.dashboard.RegisterNames;
import fr.cmq.gateway.dashboard.TableRow;
import io.quarkus.qute.TemplateData;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
               String nonRectorat, List<String> missing, List<String> flags, SourceText.Badge source) {
    }

    static Row row(TableRow r, RegisterNames names) {
        return new Row("/campus/" + r.campusId(), r.designation(),
                PageLabels.withCode(names.regions(), r.regionCode()), academies(r, names),
                PageLabels.of(names.families(), r.familyCode()),
                PageLabels.of(LabelStatus.class, r.labelStatus()), r.labelStatus(), date(r.labelExpiry()),
                legalForm(r.legalForm()),
                r.activePartners() == null ? "—" : Integer.toString(r.activePartners()),
                r.forecastBudgetCents() == null ? "—" : euros(r.forecastBudgetCents()),
                r.nonRectoratPercent() == null ? "—" : percent(r.nonRectoratPercent()),
                missing(r), flags(r), SourceText.badge(r.source()));
    }

    /** The row's academies by name, in the register's order. */
    static String academies(TableRow r, RegisterNames names) {
        return String.join(", ", r.academyCodes().stream().map(a -> PageLabels.of(names.academies(), a)).toList());
    }

    static String legalForm(String code) {
        return PageLabels.of(LegalForm.class, code == null ? LegalForm.NOT_PROVIDED.code() : code);
    }

    static List<String> missing(TableRow r) {
        return r.missing().stream().map(m -> PageLabels.of(MissingItem.class, m)).toList();
    }

    static List<String> flags(TableRow r) {
        return r.warningFlags().stream().map(f -> PageLabels.of(PageLabels.FLAGS, f)).toList();
    }

    /** The options of a select field: each code with its label (or "label (code)"); a code without label shows as is. */
    static List<Option> options(Map<String, String> labels, String selected, boolean withCode) {
        return labels.keySet().stream().map(code -> new Option(code,
                withCode ? PageLabels.withCode(labels, code) : PageLabels.of(labels, code), code.equals(selected))).toList();
    }

    static String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    /** Euro cents as whole euros, French style: "1 234 567 €". */
    static String euros(long cents) {
        NumberFormat format = NumberFormat.getIntegerInstance(Locale.FRANCE);
        // whole euros, rounded half up, without floating point
        return format.format(BigDecimal.valueOf(cents, 2).setScale(0, RoundingMode.HALF_UP)) + " €";
    }

    static String percent(BigDecimal percent) {
        return percent == null ? "—" : percent.toPlainString().replace('.', ',') + " %";
    }

    static String count(long count, String singular, String plural) {
        return NumberFormat.getIntegerInstance(Locale.FRANCE).format(count) + " " + (count > 1 ? plural : singular);
    }
}
