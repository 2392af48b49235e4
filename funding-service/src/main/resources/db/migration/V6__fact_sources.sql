-- Issue 13: every stored fact carries its source (platform-common FactSource, the same columns in every service).
-- Budgets and director co-financings written before sources were recorded were declared through the API or an
-- import: DECLARED, by a caller no longer known. (Envelopes and their allocations are national decisions: their
-- events carry the source of the writing call.)
alter table budget
    add column source_kind        varchar(20) not null default 'DECLARED',
    add column source_reference   varchar(200),
    add column source_role        varchar(40),
    add column source_region_code varchar(3),
    add column source_file_name   varchar(255),
    add column source_imported_on date;
alter table budget alter column source_kind drop default;

alter table director_funding
    add column source_kind        varchar(20) not null default 'DECLARED',
    add column source_reference   varchar(200),
    add column source_role        varchar(40),
    add column source_region_code varchar(3),
    add column source_file_name   varchar(255),
    add column source_imported_on date;
alter table director_funding alter column source_kind drop default;
