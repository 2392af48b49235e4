-- The co-financing of a campus's operational director post for a year (recommendation 7).
-- Shares are percentages with one decimal, adding to exactly 100.

create table director_funding (
    id                uuid        primary key,
    campus_id         uuid        not null references known_campus (id),
    fiscal_year       int         not null check (fiscal_year >= 2013),
    total_cost_cents  bigint      not null check (total_cost_cents >= 0),
    employer_name     text,
    version           bigint      not null,
    created_at        timestamptz not null,
    created_by        text        not null,
    updated_at        timestamptz not null,
    updated_by        text        not null,
    unique (campus_id, fiscal_year)
);

create table director_funding_share (
    director_funding_id uuid          not null references director_funding (id) on delete cascade,
    position            int           not null,
    funder_name         text          not null,
    funder_type         text          not null,
    percent             numeric(4, 1) not null check (percent > 0 and percent <= 100),
    primary key (director_funding_id, position)
);
