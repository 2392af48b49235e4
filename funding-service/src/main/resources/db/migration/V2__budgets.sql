-- A campus's budget for a year: FORECAST and EXECUTED may both exist. Money is in integer euro cents.
-- Codes are the API's enumeration codes (see /api/v1/reference/*); checked here as well as in the code.

create table budget (
    id                      uuid        primary key,
    campus_id               uuid        not null references known_campus (id),
    fiscal_year             int         not null check (fiscal_year >= 2013),
    kind                    text        not null check (kind in ('FORECAST', 'EXECUTED')),
    holder                  text        not null check (holder in ('CAMPUS', 'SUPPORT_ESTABLISHMENT')),
    holder_name             text,
    total_resources_cents   bigint      not null check (total_resources_cents >= 0),
    total_uses_cents        bigint      not null check (total_uses_cents >= 0),
    version                 bigint      not null,
    created_at              timestamptz not null,
    created_by              text        not null,
    updated_at              timestamptz not null,
    updated_by              text        not null,
    unique (campus_id, fiscal_year, kind)
);
create index budget_year on budget (fiscal_year, kind);

create table budget_use_line (
    budget_id     uuid   not null references budget (id) on delete cascade,
    position      int    not null,
    use_code      text   not null check (use_code in ('OPERATIONAL_DIRECTOR', 'TRAVEL', 'COMMUNICATION',
                                                      'ACTIONS', 'EQUIPMENT', 'RUNNING_COSTS')),
    amount_cents  bigint not null check (amount_cents >= 0),
    primary key (budget_id, position)
);

create table budget_contribution (
    budget_id     uuid   not null references budget (id) on delete cascade,
    position      int    not null,
    funder_name   text   not null,
    funder_type   text   not null check (funder_type in ('RECTORAT', 'REGION', 'SUPPORT_ESTABLISHMENT', 'COMPANY',
                            'PROFESSIONAL_BRANCH', 'MEMBERSHIP_FEES', 'OTHER_LOCAL_AUTHORITY', 'OTHER_STATE',
                            'EU_FUNDS', 'OWN_RESOURCES', 'OTHER')),
    amount_cents  bigint not null check (amount_cents >= 0),
    nature        text   not null check (nature in ('CASH', 'IN_KIND', 'STAFF')),
    modality      text   not null check (modality in ('EX_ANTE', 'EX_POST')),
    status        text   not null check (status in ('PLANNED', 'REQUESTED', 'GRANTED', 'PAID')),
    primary key (budget_id, position)
);
