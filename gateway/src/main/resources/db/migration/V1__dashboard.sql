-- The national dashboard read model: one row per campus, fed only by the services' events.
create table campus_row (
    campus_id          uuid primary key,
    designation        text,
    family_code        text,
    region_code        text,
    academy_codes      jsonb       not null default '[]',
    -- the last version applied from each service's events (per-campus order per service)
    labelling_version  bigint      not null default 0,
    monitoring_version bigint      not null default 0,
    funding_version    bigint      not null default 0,
    updated_at         timestamptz not null
);
create index campus_row_region on campus_row (region_code);
