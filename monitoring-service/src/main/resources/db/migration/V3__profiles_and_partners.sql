-- Each campus's profile (legal form, support establishment, director post, governance),
-- the history of its legal form, and its partners with their typology (report recommendation 6).

create table campus_profile (
    campus_id                      uuid primary key,
    legal_form                     text    not null,
    gip_kind                       text,
    legal_form_since               date    not null,
    has_legal_personality          boolean not null,
    has_own_budget                 boolean not null,
    support_name                   text,
    support_uai                    text,
    support_type                   text,
    support_role                   text,
    director_post_exists           boolean not null,
    director_fte                   numeric(4, 2),
    director_post_vacant           boolean,
    director_mission_letter        boolean,
    steering_committee             boolean not null,
    management_committee           boolean not null,
    higher_education_in_governance boolean not null,
    version                        bigint      not null,
    created_at                     timestamptz not null,
    created_by                     text        not null,
    updated_at                     timestamptz not null,
    updated_by                     text        not null,
    constraint director_fte_range check (director_fte is null or (director_fte >= 0 and director_fte <= 5))
);
create index campus_profile_legal_form on campus_profile (legal_form);

create table campus_profile_working_group (
    campus_id uuid not null references campus_profile (campus_id) on delete cascade,
    position  int  not null,
    theme     text not null,
    primary key (campus_id, position)
);

-- One row per legal form a campus has had, from the date it took effect; never updated nor deleted.
create table legal_form_change (
    id           bigserial primary key,
    campus_id    uuid        not null,
    legal_form   text        not null,
    gip_kind     text,
    effective_on date        not null,
    recorded_at  timestamptz not null,
    recorded_by  text        not null
);
create index legal_form_change_campus on legal_form_change (campus_id, id);

create table partner (
    id               uuid primary key,
    campus_id        uuid    not null,
    name             text    not null,
    siret            text,
    uai              text,
    category         text    not null references partner_category (code),
    company_size     text,
    sector           text    not null,
    training_role    text    not null,
    membership_basis text    not null,
    in_governance    boolean not null,
    joined_on        date,
    left_on          date,
    version          bigint      not null,
    created_at       timestamptz not null,
    created_by       text        not null,
    updated_at       timestamptz not null,
    updated_by       text        not null,
    constraint partner_left_after_joined check (left_on is null or joined_on is null or left_on >= joined_on)
);
create index partner_campus on partner (campus_id, id);
-- An organisation is an active partner of one campus at most once (a partner that left may join again).
create unique index partner_active_siret on partner (campus_id, siret) where siret is not null and left_on is null;
create unique index partner_active_uai on partner (campus_id, uai) where uai is not null and left_on is null;

create table partner_working_group (
    partner_id uuid not null references partner (id) on delete cascade,
    position   int  not null,
    theme      text not null,
    primary key (partner_id, position)
);
