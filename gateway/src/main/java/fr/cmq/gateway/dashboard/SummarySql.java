package fr.cmq.gateway.dashboard;

import fr.cmq.common.reference.LabelStatus;
import fr.cmq.common.reference.LegalForm;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The national summary as one SQL statement over the rows a query selects ({@link TableSql}, materialised once with
 * the columns it needs only):
 * counts and sums grouped by the database, one result row per figure ({@code kind}, {@code code}, {@code region},
 * {@code n}, {@code value}, {@code target}); only the values a spread needs (plan completions, headline values) come
 * back one by one, for {@link SummaryBuilder} to compute quartiles and percentages by the platform's rules.
 */
final class SummarySql {

    private static final String IN_FORCE = Arrays.stream(LabelStatus.values()).filter(LabelStatus::inForce)
            .map(s -> "'" + s.code() + "'").collect(Collectors.joining(", "));

    /** The statement over {@code rows} (a select of the projection's rows; its parameters bind first). */
    static String over(String rows) {
        return """
                with t as materialized (select legal_form, support_type, region_code, family_code, active_partners,
                    public_initial, public_continuing, private_initial, private_continuing, forecast_budget_cents,
                    funder_types, funder_amounts, label_expiry, label_status, steering_with_target, recent_values,
                    plan_completion, last_year, headline_indicators, headline_values, headline_targets from (%s) m)
                select v.kind, v.code, null as region, v.n, null::numeric as value, null::numeric as target
                from (select count(*) as campuses, coalesce(sum(active_partners), 0) as active,
                        coalesce(sum(public_initial), 0) as public_initial,
                        coalesce(sum(public_continuing), 0) as public_continuing,
                        coalesce(sum(private_initial), 0) as private_initial,
                        coalesce(sum(private_continuing), 0) as private_continuing,
                        coalesce(sum(forecast_budget_cents), 0) as budget,
                        count(*) filter (where legal_form is null or legal_form = '%3$s') as no_legal_form,
                        count(*) filter (where active_partners is null or active_partners = 0) as no_partners,
                        count(*) filter (where forecast_budget_cents is null) as no_budget,
                        count(*) filter (where steering_with_target > 0) as with_targets,
                        count(*) filter (where recent_values > 0) as with_recent_values,
                        max(last_year) as last_year
                    from t) a
                cross join lateral (values ('campuses', null, a.campuses), ('sum', 'active', a.active),
                    ('sum', 'publicInitial', a.public_initial), ('sum', 'publicContinuing', a.public_continuing),
                    ('sum', 'privateInitial', a.private_initial), ('sum', 'privateContinuing', a.private_continuing),
                    ('sum', 'budget', a.budget), ('missing', 'LEGAL_FORM', a.no_legal_form),
                    ('missing', 'PARTNERS', a.no_partners), ('missing', 'FORECAST_BUDGET', a.no_budget),
                    ('withTargets', null, a.with_targets), ('withRecentValues', null, a.with_recent_values),
                    ('lastYear', null, a.last_year)) as v(kind, code, n)
                union all select
                    case when grouping(legal_form) = 0 then 'form' when grouping(support_type) = 0 then 'support'
                         when grouping(region_code) = 0 then 'region' else 'family' end,
                    case when grouping(legal_form) = 0 then legal_form when grouping(support_type) = 0 then support_type
                         when grouping(region_code) = 0 then region_code else family_code end,
                    null, count(*), null, null
                    from t group by grouping sets ((legal_form), (support_type), (region_code), (family_code))
                union all select 'funder', f.type, null, sum(f.amount), null, null
                    from t, unnest(t.funder_types, t.funder_amounts) as f(type, amount)
                    where t.funder_types is not null group by f.type
                union all select 'due', cast(extract(year from label_expiry) as int)::text, null, count(*), null, null
                    from t where label_expiry is not null and label_status in (%s) group by 2
                union all select 'plan', null, null, null, plan_completion, null from t where plan_completion is not null
                union all select 'headline', h.indicator, t.region_code, null, h.value, h.target
                    from (select * from t where t.headline_indicators is not null) t cross join lateral (
                        select distinct on (i.indicator) i.indicator, i.value, i.target
                        from unnest(t.headline_indicators, t.headline_values, t.headline_targets)
                            with ordinality as i(indicator, value, target, position)
                        order by i.indicator, i.position) h
                    where h.value is not null""".formatted(rows, IN_FORCE, LegalForm.NOT_PROVIDED.code());
    }

    private SummarySql() {
    }
}
