package fr.cmq.gateway.dashboard;

import jakarta.ws.rs.core.StreamingOutput;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The national table as RFC 4180 CSV: the same rows as JSON, flat columns, UTF-8, header row. */
final class TableCsv {

    /** Funder types in the order of /api/v1/reference/funder-types; one share column each. */
    static final List<String> FUNDER_TYPES = List.of("RECTORAT", "REGION", "SUPPORT_ESTABLISHMENT", "COMPANY",
            "PROFESSIONAL_BRANCH", "MEMBERSHIP_FEES", "OTHER_LOCAL_AUTHORITY", "OTHER_STATE", "EU_FUNDS",
            "OWN_RESOURCES", "OTHER");

    private TableCsv() {
    }

    static String header() {
        List<String> columns = new ArrayList<>(List.of("campusId", "designation", "familyCode", "regionCode",
                "academyCodes", "labelStatus", "labelExpiry", "legalForm", "supportEstablishmentType",
                "activePartners", "publicInitial", "publicContinuing", "privateInitial", "privateContinuing",
                "warningFlags", "year", "forecastBudgetCents"));
        FUNDER_TYPES.forEach(t -> columns.add("sharePercent" + t));
        columns.addAll(List.of("nonRectoratPercent", "exAntePercent", "directorPost", "directorNonRectoratPercent",
                "missing", "updatedAt"));
        return String.join(",", columns);
    }

    static String line(TableRow r) {
        List<Object> values = new ArrayList<>(List.of(r.campusId(), text(r.designation()), r.familyCode(), r.regionCode(),
                String.join("|", r.academyCodes()), r.labelStatus(), opt(r.labelExpiry()), opt(r.legalForm()),
                opt(r.supportEstablishmentType()), opt(r.activePartners()),
                r.partnerMatrix() == null ? "" : r.partnerMatrix().publicInitial(),
                r.partnerMatrix() == null ? "" : r.partnerMatrix().publicContinuing(),
                r.partnerMatrix() == null ? "" : r.partnerMatrix().privateInitial(),
                r.partnerMatrix() == null ? "" : r.partnerMatrix().privateContinuing(),
                String.join("|", r.warningFlags()), r.year(), opt(r.forecastBudgetCents())));
        Map<String, TableRow.FunderShare> shares = r.funderShares().stream()
                .collect(Collectors.toMap(TableRow.FunderShare::funderType, s -> s));
        FUNDER_TYPES.forEach(t -> values.add(shares.containsKey(t) ? opt(shares.get(t).percent()) : ""));
        values.addAll(List.of(opt(r.nonRectoratPercent()), opt(r.exAntePercent()), opt(r.directorPost()),
                opt(r.directorNonRectoratPercent()), String.join("|", r.missing()), r.updatedAt()));
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static StreamingOutput stream(List<TableRow> rows) {
        return output -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
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

    private static String text(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
