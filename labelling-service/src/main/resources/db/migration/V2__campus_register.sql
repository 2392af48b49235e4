-- The campus register: one stable id per campus for life.

create table campus (
    id           uuid primary key,
    designation  text        not null,
    family_code  text        not null references sector_family (code),
    region_code  text        not null references region (code),
    version      bigint      not null,
    created_at   timestamptz not null,
    created_by   text        not null,
    updated_at   timestamptz not null,
    updated_by   text        not null
);
create index campus_region on campus (region_code);
create index campus_family on campus (family_code);

create table campus_academy (
    campus_id    uuid not null references campus (id) on delete cascade,
    academy_code text not null references academy (code),
    position     int  not null,
    primary key (campus_id, position)
);
