package fr.cmq.gateway.dashboard;

import fr.cmq.common.reference.LegalForm;
import fr.cmq.common.reference.SourceKind;
import fr.cmq.common.reference.SteeringFlag;
import fr.cmq.common.rules.LabelCalendar;
import fr.cmq.common.rules.SearchText;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The national table as one SQL query over the projection ({@code campus_row} left join {@code campus_year_row} of
 * the year): the row's columns, those that depend on the day computed from the stored facts (the label status by
 * the platform's label calendar, the steering figures of the last complete year), the filters of a
 * {@link TableQuery} and the keyset of a cursor. The statement and its parameters, in order.
 */
final class TableSql {

    /** Where today's rows come from: the live projection (an {@link AsOf} reads its versions instead). */
    private static final String TODAY_FROM = """
            from campus_row r
            cross join (select cast(? as date) as today, cast(? as int) as year, cast(? as int) as last_year) p
            left join campus_year_row y on y.campus_id = r.campus_id and y.year = p.year""";

    /**
     * Every column of a row, named for the outer query's filters and order. The day's parameters come from
     * {@code p}: today, the year of the budget columns, the last complete year.
     */
    private static final String ROWS = """
            select r.campus_id, r.designation, r.designation_key, r.search_texts, r.family_code, r.region_code, r.academy_codes,
                r.source_kind, r.source_reference, r.source_role, r.source_region_code, r.source_file_name,
                r.source_imported_on,
                coalesce(r.label_fixed_status, %s) as label_status, r.label_expiry, r.legal_form, r.support_type,
                r.active_partners, r.public_initial, r.public_continuing, r.private_initial, r.private_continuing,
                r.partner_flags, p.year, y.forecast_budget_cents, y.funder_types, y.funder_amounts, y.funder_percents,
                y.non_rectorat_percent, y.ex_ante_percent, r.director_post, y.director_non_rectorat_percent,
                p.last_year, r.steering_year, r.steering_with_target,
                case when r.steering_year = p.last_year then r.steering_recent_values
                     when not r.has_value_points then 0
                     else (select count(distinct i.indicator) from indicator_point_row i where i.campus_id = r.campus_id
                           and i.kind = 'VALUE' and i.year = p.last_year) end as recent_values,
                case when r.steering_year = p.last_year then r.steering_plan_completion
                     when not r.has_value_points then null
                     else (select i.value from indicator_point_row i where i.campus_id = r.campus_id
                           and i.kind = 'VALUE' and i.year = p.last_year and i.indicator = '%s'
                           and i.breakdown_key = '') end as plan_completion,
                r.headline_indicators, r.headline_horizons, r.headline_years, r.headline_values, r.headline_targets,
                r.headline_gaps, y.total_uses_cents, y.coverage_ratio_percent, y.annex3_amounts, y.annex3_percents,
                r.updated_at, r.updated_at_key, r.change_seq
            %s
            where r.designation is not null""".formatted(
            LabelCalendar.statusExpression(LabelCalendar.Columns.postgres("r.label_basis", "r.label_expiry",
                    "r.label_withdrawn_on"), "p.today"), IndicatorPoint.PLAN_COMPLETION, TableSql.TODAY_FROM);

    /** The demonstration kinds (EXAMPLE, SYNTHETIC) as SQL literals: left out of the national figures. */
    private static final String DEMO_KINDS = Arrays.stream(SourceKind.values()).filter(SourceKind::demo)
            .map(k -> "'" + k.code() + "'").collect(Collectors.joining(", "));

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    private TableSql(LocalDate today, int year) {
        sql.append("select * from (").append(ROWS).append(") t where true");
        parameters.addAll(List.of(today, year, today.getYear() - 1));
    }

    /**
     * The rows as of an instant: the same query over each campus's state then ({@code asOfFrom}, from
     * {@link ReadModelHistory#asOfFrom()}), the day's columns computed for the day of {@code asOf}.
     */
    private TableSql(AsOf asOf, String asOfFrom, int year) {
        sql.append("select * from (").append(ROWS.replace(TODAY_FROM, asOfFrom)).append(") t where true");
        parameters.addAll(List.of(asOf.day(), year, asOf.day().getYear() - 1,
                asOf.instant().atOffset(ZoneOffset.UTC)));
    }

    /** Every row for the year. */
    static TableSql rows(LocalDate today, int year) {
        return new TableSql(today, year);
    }

    /** Every row for the year as of an instant (today's when {@code asOf} is null). */
    static TableSql rows(LocalDate today, int year, AsOf asOf, String asOfFrom) {
        return asOf == null ? new TableSql(today, year) : new TableSql(asOf, asOfFrom, year);
    }

    /** The rows the query's filters select as of an instant (today's when {@code asOf} is null). */
    static TableSql matching(TableQuery query, LocalDate today, AsOf asOf, String asOfFrom) {
        TableSql table = rows(today, query.year(), asOf, asOfFrom);
        table.equal("region_code", query.region());
        table.equal("family_code", query.family());
        table.equal("legal_form", query.legalForm());
        table.equal("label_status", query.labelStatus());
        if (query.academy() != null) {
            table.where("? = any(academy_codes)", query.academy());
        }
        if (query.expiresBefore() != null) {
            table.where("label_expiry <= ?", query.expiresBefore());
        }
        if (query.flag() != null) {
            table.flag(query.flag());
        }
        if (query.missing() != null) {
            table.missing(MissingItem.valueOf(query.missing()));
        }
        if (!query.sources().isEmpty()) {
            table.where("source_kind in (" + String.join(", ", Collections.nCopies(query.sources().size(), "?"))
                    + ")", query.sources().toArray());
        }
        if (!query.includeDemoData()) {
            table.where("source_kind not in (" + DEMO_KINDS + ")");
        }
        String pattern = SearchText.containsPattern(query.q());
        if (pattern != null) {
            table.where("exists (select 1 from unnest(search_texts) s where s like ?)", pattern);
        }
        return table;
    }

    TableSql where(String condition, Object... values) {
        sql.append(" and ").append(condition);
        parameters.addAll(List.of(values));
        return this;
    }

    /** Only the rows after a cursor's keys in the sort. */
    TableSql after(List<String> sort, TableOrder.Keyset keyset) {
        sql.append(" and ").append(TableOrder.after(sort, keyset, parameters));
        return this;
    }

    /** Only the rows not after a cursor's keys (those before it, and its own). */
    TableSql notAfter(List<String> sort, TableOrder.Keyset keyset) {
        sql.append(" and not coalesce(").append(TableOrder.after(sort, keyset, parameters)).append(", false)");
        return this;
    }

    String ordered(List<String> sort, int limit) {
        parameters.add(limit);
        return sql + " order by " + TableOrder.orderBy(sort) + " limit ?";
    }

    String ordered(String orderBy) {
        return sql + " order by " + orderBy;
    }

    /** The rows, in no order. */
    String unordered() {
        return sql.toString();
    }

    String count() {
        return "select count(*) from (" + sql + ") c";
    }

    List<Object> parameters() {
        return parameters;
    }

    private void equal(String column, String value) {
        if (value != null) {
            where(column + " = ?", value);
        }
    }

    private void flag(String flag) {
        if (flag.equals(SteeringFlag.NO_TARGETS.code())) {
            where("steering_with_target = 0");
        } else if (flag.equals(SteeringFlag.NO_RECENT_VALUES.code())) {
            where("recent_values = 0");
        } else {
            where("? = any(partner_flags)", flag);
        }
    }

    private void missing(MissingItem item) {
        switch (item) {
            case LEGAL_FORM -> where("(legal_form is null or legal_form = ?)", LegalForm.NOT_PROVIDED.code());
            case PARTNERS -> where("(active_partners is null or active_partners = 0)");
            case FORECAST_BUDGET -> where("forecast_budget_cents is null");
        }
    }
}
