-- Shared by every application that takes POST requests (platform-common fr.cmq.common.idempotency): the first
-- answer to each POST sent with an Idempotency-Key, per caller (the token subject). A row is written in the same
-- transaction as the write it answers (and its outbox event), so it exists if and only if that write committed.
-- Never the request body: only its fingerprint (SHA-256 of method, path and body). Purged after the retention
-- (cmq.idempotency.retention, at least 24 hours) by IdempotencyPurge.
--
-- A repeatable migration (R__), written to be run again: Flyway applies it after the versioned ones, on a new
-- database as on one whose own migrations (V1...) came first, and again only when this file changes. A change of
-- the table is made here, as statements that leave an up-to-date table as it is (add column if not exists...).
create table if not exists idempotent_request (
    caller          text        not null,
    idempotency_key text        not null,
    fingerprint     text        not null,
    status          integer     not null,
    content_type    text,
    headers         text        not null,
    body            bytea       not null,
    created_at      timestamptz not null default now(),
    primary key (caller, idempotency_key)
);
create index if not exists idempotent_request_created_at on idempotent_request (created_at);
