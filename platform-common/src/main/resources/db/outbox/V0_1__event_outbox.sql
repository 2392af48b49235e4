-- Shared by every service (platform-common): the transactional outbox, the per-campus event
-- sequence, and the events this service has already applied from other services.

create table outbox_event (
    id           bigserial primary key,
    event_id     uuid        not null unique,
    topic        text        not null,
    campus_id    uuid        not null,
    type         text        not null,
    version      bigint      not null,
    payload      text        not null,
    created_at   timestamptz not null default now(),
    sent_at      timestamptz
);
create index outbox_event_unsent on outbox_event (id) where sent_at is null;

create table campus_event_sequence (
    campus_id    uuid   primary key,
    last_version bigint not null
);

create table processed_event (
    event_id     uuid        primary key,
    processed_at timestamptz not null default now()
);
