-- Multi-campus envelopes of one funder over a period (e.g. Hauts-de-France: 200 000 EUR over 3 years for
-- six campuses) and what each covered campus has drawn from them.

create table funding_envelope (
    id            uuid        primary key,
    funder_name   text        not null,
    funder_type   text        not null,
    total_cents   bigint      not null check (total_cents > 0),
    start_year    int         not null,
    end_year      int         not null,
    modality      text        not null check (modality in ('EX_ANTE', 'EX_POST')),
    version       bigint      not null,
    created_at    timestamptz not null,
    created_by    text        not null,
    check (end_year >= start_year)
);

create table funding_envelope_campus (
    envelope_id  uuid not null references funding_envelope (id) on delete cascade,
    position     int  not null,
    campus_id    uuid not null references known_campus (id),
    primary key (envelope_id, position),
    unique (envelope_id, campus_id)
);

create table envelope_allocation (
    id            uuid        primary key,
    envelope_id   uuid        not null references funding_envelope (id),
    campus_id     uuid        not null references known_campus (id),
    fiscal_year   int         not null,
    amount_cents  bigint      not null check (amount_cents > 0),
    created_at    timestamptz not null,
    created_by    text        not null
);
create index envelope_allocation_envelope on envelope_allocation (envelope_id);
