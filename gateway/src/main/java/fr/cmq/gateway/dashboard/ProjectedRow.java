package fr.cmq.gateway.dashboard;

import fr.cmq.common.reference.FunderType;
import fr.cmq.common.reference.SteeringFlag;
import fr.cmq.events.EventSource;
import fr.cmq.events.monitoring.HeadlineState;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A {@link TableRow} read from the typed columns of the projection's query ({@link TableSql}): no JSON parsed. */
final class ProjectedRow {

    /** The headline indicators of the steering state, in catalogue order, with their horizon (none has a value). */
    static final List<HeadlineState> NO_HEADLINES = List.of(
            new HeadlineState("PRESSURE_RATE", null, null, null, null, null),
            new HeadlineState("SUSTAINABLE_EMPLOYMENT_RATE", "M6", null, null, null, null),
            new HeadlineState("MIXED_PATHWAY_LEARNERS", null, null, null, null, null));

    private ProjectedRow() {
    }

    static TableRow read(ResultSet r) throws SQLException {
        TableRow.Steering steering = steering(r);
        return new TableRow(r.getObject("campus_id", UUID.class), r.getString("designation"),
                r.getString("family_code"), r.getString("region_code"), texts(r.getArray("academy_codes")), source(r),
                r.getString("label_status"), r.getObject("label_expiry", LocalDate.class), r.getString("legal_form"),
                r.getString("support_type"), (Integer) r.getObject("active_partners"), matrix(r),
                flags(texts(r.getArray("partner_flags")), steering), r.getInt("year"),
                (Long) r.getObject("forecast_budget_cents"), funderShares(r), r.getBigDecimal("non_rectorat_percent"),
                r.getBigDecimal("ex_ante_percent"), (Boolean) r.getObject("director_post"),
                r.getBigDecimal("director_non_rectorat_percent"), missing(r), steering, budgetTheme(r),
                r.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    /** The register's source (the row's kind); null for a row stored without one (none after V8's rebuild). */
    private static EventSource source(ResultSet r) throws SQLException {
        String kind = r.getString("source_kind");
        return kind == null ? null : new EventSource(kind, r.getString("source_reference"), r.getString("source_role"),
                r.getString("source_region_code"), r.getString("source_file_name"),
                r.getObject("source_imported_on", LocalDate.class));
    }

    private static TableRow.Matrix matrix(ResultSet r) throws SQLException {
        Long publicInitial = (Long) r.getObject("public_initial");
        return publicInitial == null ? null : new TableRow.Matrix(publicInitial, r.getLong("public_continuing"),
                r.getLong("private_initial"), r.getLong("private_continuing"));
    }

    /** The partner typology's raised flags, then the steering flags. */
    private static List<String> flags(List<String> partnerFlags, TableRow.Steering steering) {
        List<String> flags = new ArrayList<>(partnerFlags);
        if (steering.indicatorsWithTarget() == 0) {
            flags.add(SteeringFlag.NO_TARGETS.code());
        }
        if (steering.indicatorsWithRecentValue() == 0) {
            flags.add(SteeringFlag.NO_RECENT_VALUES.code());
        }
        return List.copyOf(flags);
    }

    /**
     * The steering columns of the last complete year: the published state's when it was computed for that year;
     * otherwise (the calendar year has turned since) the values of that year counted by the query, and the state's
     * targets and headlines.
     */
    private static TableRow.Steering steering(ResultSet r) throws SQLException {
        int lastCompleteYear = r.getInt("last_year");
        Integer stateYear = (Integer) r.getObject("steering_year");
        List<HeadlineState> headlines = headlines(r);
        boolean current = stateYear != null && stateYear == lastCompleteYear;
        return new TableRow.Steering(lastCompleteYear, r.getInt("steering_with_target"), r.getInt("recent_values"),
                r.getBigDecimal("plan_completion"), current || headlines != null ? headlines : NO_HEADLINES);
    }

    private static List<HeadlineState> headlines(ResultSet r) throws SQLException {
        Array indicators = r.getArray("headline_indicators");
        if (indicators == null) {
            return null;
        }
        String[] codes = (String[]) indicators.getArray();
        String[] horizons = (String[]) r.getArray("headline_horizons").getArray();
        Integer[] years = (Integer[]) r.getArray("headline_years").getArray();
        BigDecimal[] values = (BigDecimal[]) r.getArray("headline_values").getArray();
        BigDecimal[] targets = (BigDecimal[]) r.getArray("headline_targets").getArray();
        BigDecimal[] gaps = (BigDecimal[]) r.getArray("headline_gaps").getArray();
        List<HeadlineState> headlines = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            headlines.add(new HeadlineState(codes[i], horizons[i], years[i], values[i], targets[i], gaps[i]));
        }
        return headlines;
    }

    private static List<TableRow.FunderShare> funderShares(ResultSet r) throws SQLException {
        Array types = r.getArray("funder_types");
        if (types == null) {
            return List.of();
        }
        String[] codes = (String[]) types.getArray();
        Long[] amounts = (Long[]) r.getArray("funder_amounts").getArray();
        BigDecimal[] percents = (BigDecimal[]) r.getArray("funder_percents").getArray();
        List<TableRow.FunderShare> shares = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            shares.add(new TableRow.FunderShare(codes[i], amounts[i], percents[i]));
        }
        return shares;
    }

    private static List<String> missing(ResultSet r) throws SQLException {
        List<String> missing = new ArrayList<>();
        String legalForm = r.getString("legal_form");
        if (legalForm == null || legalForm.equals(fr.cmq.common.reference.LegalForm.NOT_PROVIDED.code())) {
            missing.add(MissingItem.LEGAL_FORM.code());
        }
        Integer partners = (Integer) r.getObject("active_partners");
        if (partners == null || partners == 0) {
            missing.add(MissingItem.PARTNERS.code());
        }
        if (r.getObject("forecast_budget_cents") == null) {
            missing.add(MissingItem.FORECAST_BUDGET.code());
        }
        return missing;
    }

    /** The Annexe 3 theme of the year's forecast budget; null without one. */
    private static TableRow.BudgetTheme budgetTheme(ResultSet r) throws SQLException {
        Long total = (Long) r.getObject("forecast_budget_cents");
        if (total == null) {
            return null;
        }
        Long[] amounts = (Long[]) r.getArray("annex3_amounts").getArray();
        BigDecimal[] percents = (BigDecimal[]) r.getArray("annex3_percents").getArray();
        FunderType.Annex3Bucket[] buckets = FunderType.Annex3Bucket.values();
        List<TableRow.BucketShare> shares = new ArrayList<>();
        for (int i = 0; i < buckets.length; i++) {
            shares.add(new TableRow.BucketShare(buckets[i].code(), amounts[i], percents[i]));
        }
        return new TableRow.BudgetTheme(r.getInt("year"), "FORECAST", total, r.getLong("total_uses_cents"),
                r.getBigDecimal("coverage_ratio_percent"), shares);
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
