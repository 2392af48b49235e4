-- Issue 13: every stored fact carries its source (platform-common FactSource, the same columns in every service).
-- Profiles, changes of legal form and partners written before sources were recorded were declared through the API
-- or an import: DECLARED, by a caller no longer known. (The steering facts -- indicator targets and values, actions,
-- self-assessments -- carry their source in their events; indicator_value keeps its own source/source_reference
-- columns, the provenance of a value's figure.)
alter table campus_profile
    add column source_kind        varchar(20) not null default 'DECLARED',
    add column source_reference   varchar(200),
    add column source_role        varchar(40),
    add column source_region_code varchar(3),
    add column source_file_name   varchar(255),
    add column source_imported_on date;
alter table campus_profile alter column source_kind drop default;

alter table legal_form_change
    add column source_kind        varchar(20) not null default 'DECLARED',
    add column source_reference   varchar(200),
    add column source_role        varchar(40),
    add column source_region_code varchar(3),
    add column source_file_name   varchar(255),
    add column source_imported_on date;
alter table legal_form_change alter column source_kind drop default;

alter table partner
    add column source_kind        varchar(20) not null default 'DECLARED',
    add column source_reference   varchar(200),
    add column source_role        varchar(40),
    add column source_region_code varchar(3),
    add column source_file_name   varchar(255),
    add column source_imported_on date;
alter table partner alter column source_kind drop default;
