-- Shared by every publishing service (platform-common): the transactional outbox and the
-- per-campus event sequence.

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
