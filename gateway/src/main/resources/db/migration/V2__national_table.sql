-- The national table's read model, one row per campus plus the sub-resources the services own.
-- Each part remembers the version of the last event applied to it, so replays and late redeliveries
-- of older events change nothing.

alter table campus_row add column communication_names jsonb not null default '[]';
alter table campus_row add column campus_event_version bigint not null default 0;
-- label: the state carried by the last label event, and its dates (the status follows the calendar)
alter table campus_row add column label jsonb;
alter table campus_row add column label_state text;
alter table campus_row add column label_start date;
alter table campus_row add column label_expiry date;
alter table campus_row add column label_withdrawn_on date;
alter table campus_row add column label_event_version bigint not null default 0;
-- monitoring: profile (legal form, support establishment, director post) and partner typology
alter table campus_row add column profile jsonb;
alter table campus_row add column legal_form text;
alter table campus_row add column support_type text;
alter table campus_row add column director_post boolean;
alter table campus_row add column profile_event_version bigint not null default 0;
alter table campus_row add column partner_summary jsonb;
alter table campus_row add column active_partners int;
alter table campus_row add column partners_event_version bigint not null default 0;
-- the change feed: a global sequence number taken by every change of the row
create sequence campus_row_change_seq;
alter table campus_row add column change_seq bigint not null default 0;
create index campus_row_change on campus_row (change_seq);
alter table campus_row drop column labelling_version;
alter table campus_row drop column monitoring_version;
alter table campus_row drop column funding_version;

create table partner_row (
    partner_id     uuid primary key,
    campus_id      uuid   not null,
    view           jsonb  not null,
    event_version  bigint not null
);
create index partner_row_campus on partner_row (campus_id);

create table budget_row (
    campus_id             uuid    not null,
    year                  int     not null,
    kind                  text    not null,
    view                  jsonb   not null,
    total_resources_cents bigint  not null,
    event_version         bigint  not null,
    primary key (campus_id, year, kind)
);

create table director_funding_row (
    campus_id      uuid   not null,
    year           int    not null,
    view           jsonb  not null,
    event_version  bigint not null,
    primary key (campus_id, year)
);

-- The projection's generation: a rebuild empties the read model and reads the topics again under a
-- new consumer group (gateway-dashboard-g<generation>).
create table projection_state (generation bigint not null);
insert into projection_state (generation) values (0);
