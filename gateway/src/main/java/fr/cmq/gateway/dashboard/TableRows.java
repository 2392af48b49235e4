package fr.cmq.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One row of the national table from what the read model holds about a campus and the year's forecast budget and
 * director funding: the label status on the day, the partner matrix and raised flags, the funder shares, and the
 * recommendation 6 items still missing.
 */
final class TableRows {

    static final Set<String> MISSING_ITEMS = Set.of("LEGAL_FORM", "PARTNERS", "FORECAST_BUDGET");

    private TableRows() {
    }

    static TableRow of(CampusReadModel campus, JsonNode budget, JsonNode director, int year, LocalDate today) {
        JsonNode summary = campus.partnerSummary;
        return new TableRow(campus.campusId, campus.designation, campus.familyCode, campus.regionCode,
                List.copyOf(campus.academyCodes), LabelCalendar.status(campus, today), campus.labelExpiry,
                campus.legalForm, campus.supportType, campus.activePartners, matrix(summary), flags(summary), year,
                budget == null ? null : budget.path("totalResourcesCents").asLong(), funderShares(budget),
                budget == null ? null : decimal(budget.path("nonRectoratPercent")), exAntePercent(budget),
                campus.directorPost, director == null ? null : decimal(director.path("nonRectoratPercent")),
                missing(campus, budget), campus.updatedAt);
    }

    private static TableRow.Matrix matrix(JsonNode summary) {
        if (summary == null) {
            return null;
        }
        JsonNode m = summary.path("matrix");
        return new TableRow.Matrix(m.path("publicInitial").asLong(), m.path("publicContinuing").asLong(),
                m.path("privateInitial").asLong(), m.path("privateContinuing").asLong());
    }

    /** The monitoring summary's flags that are raised, in its order. */
    private static List<String> flags(JsonNode summary) {
        List<String> flags = new ArrayList<>();
        if (summary != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = summary.path("flags").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> flag = it.next();
                if (flag.getValue().asBoolean()) {
                    flags.add(flag.getKey());
                }
            }
        }
        return flags;
    }

    private static List<TableRow.FunderShare> funderShares(JsonNode budget) {
        List<TableRow.FunderShare> shares = new ArrayList<>();
        if (budget != null) {
            budget.path("sharesByFunderType").forEach(s -> shares.add(new TableRow.FunderShare(
                    s.path("funderType").asText(), s.path("amountCents").asLong(), decimal(s.path("percent")))));
        }
        return shares;
    }

    /** The EX_ANTE share; 0.0 for a budget with resources but none granted ex ante; null without resources. */
    private static BigDecimal exAntePercent(JsonNode budget) {
        if (budget == null) {
            return null;
        }
        BigDecimal exAnte = budget.path("totalResourcesCents").asLong() > 0 ? BigDecimal.valueOf(0, 1) : null;
        for (JsonNode m : budget.path("sharesByModality")) {
            if ("EX_ANTE".equals(m.path("modality").asText())) {
                exAnte = decimal(m.path("percent"));
            }
        }
        return exAnte;
    }

    private static List<String> missing(CampusReadModel campus, JsonNode budget) {
        List<String> missing = new ArrayList<>();
        if (campus.legalForm == null || campus.legalForm.equals("NOT_PROVIDED")) {
            missing.add("LEGAL_FORM");
        }
        if (campus.activePartners == null || campus.activePartners == 0) {
            missing.add("PARTNERS");
        }
        if (budget == null) {
            missing.add("FORECAST_BUDGET");
        }
        return missing;
    }

    private static BigDecimal decimal(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.decimalValue();
    }
}
