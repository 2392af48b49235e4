-- Issue 13: the read model keeps each campus's successive states, so that the table, a campus's detail and the
-- summary can be read as of a past date (asOf) and a campus's history listed. Like the rest of the read model they
-- are filled by the projector from the topics only, and a rebuild empties them with the rest (ReadModelStore).
--
-- Design (the plainest that stays right when events arrive late or twice): every applied event that changed the read
-- model is one campus_change row (when it occurred, which service, type, event id and version, its source, its
-- actor), and each PART of the campus it changed gets a VERSION: a copy of the row it produced, stamped with the
-- event's occurredAt (valid_from). The parts are those the projector already versions separately: the register, the
-- label, the profile, the partners' summary, the steering state (campus_row_version, one copy of campus_row per
-- changed part), the year's forecast budget and the year's director funding (campus_year_row_version), and the
-- budgets and director fundings themselves (for the detail). A state as of an instant takes, PART BY PART, the newest
-- version with valid_from <= that instant, and only that part's columns from it (ReadModelHistory lists which column
-- belongs to which part; a column it does not list belongs to the register); a campus with no change after that
-- instant (campus_row.updated_at, its newest change's occurredAt, not after it) is its live row as it is. So:
-- - an event arriving late (e.g. a funding event of last year read after today's labelling event during a rebuild)
--   only adds a version of its own part at its own date: the other parts' versions are untouched, and reading part by
--   part never mixes a later state of another part into it;
-- - a replay or a redelivery is ignored as before (processed_event, and each part's event version): no version;
-- - an older event of the same part that arrives after a newer one is ignored as before (no version either).
-- The copies are taken from the freshly written campus_row / campus_year_row by column name (the catalogue's list of
-- the version table's columns), and the version tables are created LIKE the live ones, so columns added to them
-- before this migration are versioned too.

create table campus_change (
    change_id        bigserial   primary key,
    campus_id        uuid        not null,
    occurred_at      timestamptz not null,
    -- the instant as Java prints it (the table's updated_at_key for a state as of a date)
    occurred_at_key  text collate "C" not null,
    service          text        not null,
    event_type       text        not null,
    event_id         uuid        not null,
    event_version    bigint      not null,
    -- the envelope's source object (the contract's, or what it says of a legacy event without one)
    source           jsonb       not null,
    -- the token subject of the change: personal data, shown to national callers only, never logged
    actor            text
);
create index campus_change_history on campus_change (campus_id, occurred_at, service, event_version, change_id);

create table campus_row_version (like campus_row);
alter table campus_row_version add column change_id bigint not null;
alter table campus_row_version add column part text not null;
alter table campus_row_version add column valid_from timestamptz not null;
create index campus_row_version_as_of on campus_row_version (campus_id, part, valid_from desc, change_id desc);
create index campus_row_version_change on campus_row_version (change_id);

create table campus_year_row_version (like campus_year_row);
alter table campus_year_row_version add column change_id bigint not null;
alter table campus_year_row_version add column part text not null;
alter table campus_year_row_version add column valid_from timestamptz not null;
create index campus_year_row_version_as_of
    on campus_year_row_version (campus_id, year, part, valid_from desc, change_id desc);
create index campus_year_row_version_change on campus_year_row_version (change_id);

create table budget_row_version (
    campus_id  uuid        not null,
    year       int         not null,
    kind       text        not null,
    view       jsonb       not null,
    change_id  bigint      not null,
    valid_from timestamptz not null
);
create index budget_row_version_as_of on budget_row_version (campus_id, year, kind, valid_from desc, change_id desc);

create table director_funding_row_version (
    campus_id  uuid        not null,
    year       int         not null,
    view       jsonb       not null,
    change_id  bigint      not null,
    valid_from timestamptz not null
);
create index director_funding_row_version_as_of
    on director_funding_row_version (campus_id, year, valid_from desc, change_id desc);

-- The rows stored before this version have no past: the read model is emptied and read again from the topics under
-- the next generation (as POST /api/v1/dashboard/rebuild does), which fills the versions from the events' dates.
truncate campus_row, campus_year_row, partner_row, budget_row, director_funding_row, indicator_point_row,
    processed_event;
update projection_state set generation = generation + 1;
