package fr.cmq.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The national table's rows for a year, filtered and ordered as a {@link TableQuery} asks. */
@ApplicationScoped
public class NationalTable {

    public static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    private final ReadModelQueries readModel;

    public NationalTable(ReadModelQueries readModel) {
        this.readModel = readModel;
    }

    public static LocalDate today() {
        return LocalDate.now(FRANCE);
    }

    /** Every row matching the query, in its order. */
    public List<TableRow> rows(TableQuery query) {
        String q = query.q() == null || query.q().isBlank() ? null : normalise(query.q().strip());
        List<CampusReadModel> campuses = readModel.campuses(query).stream()
                .filter(c -> query.academy() == null || c.academyCodes.contains(query.academy()))
                .filter(c -> q == null || matches(c, q))
                .toList();
        List<TableRow> rows = new ArrayList<>();
        for (TableRow row : rowsOf(campuses, query.year())) {
            if ((query.labelStatus() == null || query.labelStatus().equals(row.labelStatus()))
                    && (query.expiresBefore() == null
                    || (row.labelExpiry() != null && !row.labelExpiry().isAfter(query.expiresBefore())))
                    && (query.flag() == null || row.warningFlags().contains(query.flag()))
                    && (query.missing() == null || row.missing().contains(query.missing()))) {
                rows.add(row);
            }
        }
        rows.sort(TableOrder.comparator(query.sort()));
        return rows;
    }

    /** The table rows of these campuses for a year, in the same order (budgets read once for all). */
    public List<TableRow> rowsOf(List<CampusReadModel> campuses, int year) {
        Map<UUID, JsonNode> budgets = readModel.forecastBudgets(year);
        Map<UUID, JsonNode> directors = readModel.directorFundings(year);
        LocalDate today = today();
        return campuses.stream()
                .map(c -> TableRows.of(c, budgets.get(c.campusId), directors.get(c.campusId), year, today)).toList();
    }

    private static boolean matches(CampusReadModel campus, String q) {
        if (normalise(campus.designation).contains(q)) {
            return true;
        }
        return campus.communicationNames.stream().anyMatch(n -> normalise(n).contains(q));
    }

    /** Text for search and order: without accents, lower case. */
    static String normalise(String text) {
        return text == null ? null
                : Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
