-- Steering by results (report Annexe 3, recommendations 15, 17, 18): each campus's indicator targets and values,
-- its annual action plans scored by the steering committee, and its annual self-assessments.
-- The indicator catalogue itself is reference data shipped with the service (reference/indicators.json).
-- Nothing is inserted here: no campus has a target, value, action or self-assessment until someone declares it.

-- A target per campus, indicator, year and breakdown (breakdown_key '' for the campus as a whole).
create table indicator_target (
    id             uuid primary key,
    campus_id      uuid           not null,
    indicator_code text           not null,
    year           int            not null,
    breakdown_key  text           not null,
    establishment  text,
    pathway_status text,
    level          text,
    horizon        text,
    target         numeric(16, 2) not null,
    version        bigint         not null,
    created_at     timestamptz    not null,
    created_by     text           not null,
    updated_at     timestamptz    not null,
    updated_by     text           not null,
    constraint indicator_target_once unique (campus_id, indicator_code, year, breakdown_key)
);

-- A declared value per campus, indicator, year and breakdown; a rate given by its counts keeps them and its value
-- is computed from them. updated_by / updated_at: who declared it and when.
create table indicator_value (
    id               uuid primary key,
    campus_id        uuid           not null,
    indicator_code   text           not null,
    year             int            not null,
    breakdown_key    text           not null,
    establishment    text,
    pathway_status   text,
    level            text,
    horizon          text,
    value            numeric(16, 2) not null,
    numerator        bigint,
    denominator      bigint,
    source           text           not null,
    source_reference text,
    version          bigint         not null,
    created_at       timestamptz    not null,
    created_by       text           not null,
    updated_at       timestamptz    not null,
    updated_by       text           not null,
    constraint indicator_value_once unique (campus_id, indicator_code, year, breakdown_key),
    constraint indicator_value_counts check ((numerator is null) = (denominator is null)
        and (denominator is null or denominator > 0))
);

-- The action sheets of each campus's annual plan, with the steering committee's score (percent).
create table plan_action (
    id                   uuid primary key,
    campus_id            uuid        not null,
    year                 int         not null,
    title                text        not null,
    theme                text        not null,
    planned_budget_cents bigint,
    status               text        not null,
    score                int,
    committee_date       date,
    version              bigint      not null,
    created_at           timestamptz not null,
    created_by           text        not null,
    updated_at           timestamptz not null,
    updated_by           text        not null,
    constraint plan_action_score check (score is null or score in (25, 50, 75) or score between 100 and 200),
    constraint plan_action_budget check (planned_budget_cents is null or planned_budget_cents >= 0)
);
create index plan_action_campus_year on plan_action (campus_id, year);

create table plan_action_partner (
    action_id  uuid not null references plan_action (id) on delete cascade,
    position   int  not null,
    partner_id uuid not null references partner (id),
    primary key (action_id, position)
);

-- One self-assessment per campus and year (recommendation 15).
create table self_assessment (
    id              uuid primary key,
    campus_id       uuid        not null,
    year            int         not null,
    strengths       jsonb       not null,
    weaknesses      jsonb       not null,
    actions_decided jsonb       not null,
    indicator_codes jsonb       not null,
    version         bigint      not null,
    created_at      timestamptz not null,
    created_by      text        not null,
    updated_at      timestamptz not null,
    updated_by      text        not null,
    constraint self_assessment_once unique (campus_id, year)
);
