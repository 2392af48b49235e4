-- The campuses this service knows, learnt from cmq.labelling.events (platform-common CampusDirectory).
-- A campus that the register does not know cannot be written here.
create table known_campus (
    id                 uuid primary key,
    designation        text   not null,
    region_code        text   not null,
    labelling_version  bigint not null
);
