-- Issue 13: every stored fact carries its source (platform-common FactSource, the same columns in every service).
-- The 77 campuses of Annexe 4 (V3, annex4_campus) are facts of the 2017 report; every other campus was entered
-- through the API or an import before sources were recorded: DECLARED, by a caller no longer known.
-- (The old text column campus.source, "Annexe 4, rapport ... (ligne n)", stays: the events' data.source.)
alter table campus add column source_kind        varchar(20);
alter table campus add column source_reference   varchar(200);
alter table campus add column source_role        varchar(40);
alter table campus add column source_region_code varchar(3);
alter table campus add column source_file_name   varchar(255);
alter table campus add column source_imported_on date;

update campus c set source_kind = 'REPORT_2017', source_reference = 'Annexe 4'
 where exists (select 1 from annex4_campus a where a.campus_id = c.id);
update campus set source_kind = 'DECLARED' where source_kind is null;

alter table campus alter column source_kind set not null;
alter table campus add constraint campus_source_kind check
    (source_kind in ('REPORT_2017', 'DECLARED', 'IMPORTED', 'EXAMPLE', 'SYNTHETIC'));
create index campus_source_kind on campus (source_kind);

-- The label's process records (applications, opinions, decisions, withdrawals) carry theirs too; those written
-- before were declared through the API: DECLARED.
alter table application
    add column source_kind        varchar(20) not null default 'DECLARED',
    add column source_reference   varchar(200),
    add column source_role        varchar(40),
    add column source_region_code varchar(3),
    add column source_file_name   varchar(255),
    add column source_imported_on date;
alter table application alter column source_kind drop default;
alter table opinion
    add column source_kind        varchar(20) not null default 'DECLARED',
    add column source_reference   varchar(200),
    add column source_role        varchar(40),
    add column source_region_code varchar(3),
    add column source_file_name   varchar(255),
    add column source_imported_on date;
alter table opinion alter column source_kind drop default;
alter table label_decision
    add column source_kind        varchar(20) not null default 'DECLARED',
    add column source_reference   varchar(200),
    add column source_role        varchar(40),
    add column source_region_code varchar(3),
    add column source_file_name   varchar(255),
    add column source_imported_on date;
alter table label_decision alter column source_kind drop default;
alter table label_withdrawal
    add column source_kind        varchar(20) not null default 'DECLARED',
    add column source_reference   varchar(200),
    add column source_role        varchar(40),
    add column source_region_code varchar(3),
    add column source_file_name   varchar(255),
    add column source_imported_on date;
alter table label_withdrawal alter column source_kind drop default;

-- Events still waiting in the outbox (the CampusRegistered of V3 and the CampusUpdated of V6 on a new database) get
-- the envelope's source the contract now requires, by its legacy rule: a campus event whose data.source is set is
-- REPORT_2017 "Annexe 4", any other DECLARED. Events already published stay as they are: consumers read them with
-- the same rule (platform-events EventSource.legacy).
update outbox_event
   set payload = (payload::jsonb || jsonb_build_object('source',
           case when type in ('CampusRegistered', 'CampusUpdated')
                     and jsonb_typeof(payload::jsonb -> 'data' -> 'source') = 'string'
                then jsonb_build_object('kind', 'REPORT_2017', 'reference', 'Annexe 4')
                else jsonb_build_object('kind', 'DECLARED') end))::text
 where sent_at is null and not (payload::jsonb ? 'source');
