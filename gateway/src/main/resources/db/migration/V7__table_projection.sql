-- Issue 12: the national table as a projection PostgreSQL answers. Every column of the table is a typed SQL column,
-- written by the event handlers in the transaction that applies the event; the table's page, its summary, its CSV,
-- the campus detail's row and the change feed are one SQL query over it (filters, order, keyset paging, LIMIT),
-- never a load of the whole read model and never a JSON column parsed per row.
--
-- Design: one flat row per campus (campus_row, which already held the register, label and profile columns; the
-- JSON columns stay for the campus detail page) and one flat row per campus and year with facts (campus_year_row:
-- the forecast budget of the year, its funder shares and Annexe 3 theme, the director funding of the year). A
-- query for a year reads campus_row LEFT JOIN campus_year_row on (campus, requested year): a year without facts
-- gives nulls, exactly as the table showed them (missing FORECAST_BUDGET). Materialising (campus, year) rows for
-- every selectable year (2013 to five years ahead, ~20 years) would copy the campus columns 20 times and rewrite
-- 20 rows on every register, label or partner event; the join costs one primary-key probe per row given.
--
-- What depends on the day is computed in the query from stored facts, never stored: the label status (platform-
-- common LabelCalendar.statusExpression, the same rule labelling uses, from label_basis and the dates), and the
-- steering columns that depend on the last complete year (the year before today): when the steering state the
-- monitoring service last published was computed for that year its figures are used, otherwise (the calendar year
-- has turned since) the values of that year are counted from indicator_point_row, as TableRows.steering did.
--
-- Order: the sort keys compare as the table's cursor spells them (text in "C" collation = Java's String order;
-- numbers and dates as typed values, whose order is their zero-padded and ISO text's; updated_at by its ISO text
-- updated_at_key, since an instant printed without fraction sorts after the same second with one), so cursors
-- given before this projection keep their meaning.

alter table campus_row alter column designation type text collate "C";
alter table campus_row alter column region_code type text collate "C";
alter table campus_row alter column family_code type text collate "C";
-- register: the normalised designation (SearchText.normalise, the sort key) and the normalised texts q searches
alter table campus_row add column designation_key text collate "C";
alter table campus_row add column search_texts text[] not null default '{}';
alter table campus_row add column academy_codes text[] not null default '{}';
-- label: the basis its status is computed from on any day; a grant published without dates keeps its status
alter table campus_row add column label_basis text not null default 'NONE';
alter table campus_row add column label_fixed_status text;
-- partner typology: the matrix cells (null without a summary) and the raised flags, in the contract's order
alter table campus_row add column public_initial bigint;
alter table campus_row add column public_continuing bigint;
alter table campus_row add column private_initial bigint;
alter table campus_row add column private_continuing bigint;
alter table campus_row add column partner_flags text[] not null default '{}';
-- steering by results: the published state's figures and the last complete year they were computed for (null
-- without a state); headlines as parallel arrays in the state's order (null without a state or headlines)
alter table campus_row add column steering_year int;
alter table campus_row add column steering_with_target int not null default 0;
alter table campus_row add column steering_recent_values int;
alter table campus_row add column steering_plan_completion numeric;
alter table campus_row add column headline_indicators text[];
alter table campus_row add column headline_horizons text[];
alter table campus_row add column headline_years int[];
alter table campus_row add column headline_values numeric[];
alter table campus_row add column headline_targets numeric[];
alter table campus_row add column headline_gaps numeric[];
-- whether any VALUE point was stored (a campus without one has no value of any year: no lookup needed)
alter table campus_row add column has_value_points boolean not null default false;
alter table campus_row add column updated_at_key text collate "C";

create table campus_year_row (
    campus_id                     uuid    not null,
    year                          int     not null,
    -- the FORECAST budget of the year (null columns without one)
    forecast_budget_cents         bigint,
    funder_types                  text[],
    funder_amounts                bigint[],
    funder_percents               numeric[],
    non_rectorat_percent          numeric,
    ex_ante_percent               numeric,
    total_uses_cents              bigint,
    coverage_ratio_percent        numeric,
    -- Annexe 3 groups in FunderType.Annex3Bucket order
    annex3_amounts                bigint[],
    annex3_percents               numeric[],
    -- the director funding of the year
    director_non_rectorat_percent numeric,
    primary key (campus_id, year)
);

-- Indexes of the filters and sorts, each ending in the campus id (the keyset's last key).
create index campus_row_by_designation on campus_row (designation_key, campus_id) where designation is not null;
create index campus_row_by_region on campus_row (region_code, designation_key, campus_id) where designation is not null;
create index campus_row_by_family on campus_row (family_code, campus_id) where designation is not null;
create index campus_row_by_legal_form on campus_row (legal_form, campus_id) where designation is not null;
create index campus_row_by_expiry on campus_row (label_expiry, campus_id) where designation is not null;
create index campus_row_by_partners on campus_row (active_partners, campus_id) where designation is not null;
create index campus_row_by_update on campus_row (updated_at_key, campus_id) where designation is not null;
create index campus_year_row_by_budget on campus_year_row (year, forecast_budget_cents, campus_id);
-- the descending sorts a table without filter is read by (missing values last, ties by ascending campus id)
create index campus_row_by_designation_desc on campus_row (designation_key desc nulls last, campus_id)
    where designation is not null;
create index campus_row_by_expiry_desc on campus_row (label_expiry desc nulls last, campus_id)
    where designation is not null;
create index campus_row_by_partners_desc on campus_row (active_partners desc nulls last, campus_id)
    where designation is not null;
create index campus_row_by_update_desc on campus_row (updated_at_key desc nulls last, campus_id)
    where designation is not null;

-- The projection's state, shared by every gateway replica: applied_changes counts the committed changes (each
-- applying transaction adds one; the entity tag of the answers), last_event_at is when the newest applied event
-- occurred (the answers' X-Data-Freshness).
alter table projection_state add column applied_changes bigint not null default 0;
alter table projection_state add column last_event_at timestamptz;

-- The rows stored before this version lack the typed columns (the normalised texts are Java's): the read model is
-- emptied and read again from the topics under the next generation, as POST /api/v1/dashboard/rebuild does.
truncate campus_row, partner_row, budget_row, director_funding_row, indicator_point_row, processed_event;
update projection_state set generation = generation + 1;
