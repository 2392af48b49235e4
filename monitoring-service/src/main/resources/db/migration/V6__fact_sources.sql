-- Issue 13: every stored fact carries its source (platform-common FactSource, the same columns in every service).
-- Profiles, changes of legal form, partners, indicator targets, action sheets and self-assessments written before
-- sources were recorded were declared through the API or an import: DECLARED, by a caller no longer known.
-- (indicator_value keeps its own source/source_reference columns, the provenance of a value's figure, which its
-- body and view name `source` too: a declared value carries the source of its change in its event only.)
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

-- The steering facts of Annexe 3: indicator targets, action sheets and self-assessments.
alter table indicator_target
    add column source_kind        varchar(20) not null default 'DECLARED',
    add column source_reference   varchar(200),
    add column source_role        varchar(40),
    add column source_region_code varchar(3),
    add column source_file_name   varchar(255),
    add column source_imported_on date;
alter table indicator_target alter column source_kind drop default;

alter table plan_action
    add column source_kind        varchar(20) not null default 'DECLARED',
    add column source_reference   varchar(200),
    add column source_role        varchar(40),
    add column source_region_code varchar(3),
    add column source_file_name   varchar(255),
    add column source_imported_on date;
alter table plan_action alter column source_kind drop default;

alter table self_assessment
    add column source_kind        varchar(20) not null default 'DECLARED',
    add column source_reference   varchar(200),
    add column source_role        varchar(40),
    add column source_region_code varchar(3),
    add column source_file_name   varchar(255),
    add column source_imported_on date;
alter table self_assessment alter column source_kind drop default;
