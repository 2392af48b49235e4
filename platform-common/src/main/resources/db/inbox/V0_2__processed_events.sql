-- Shared by every consuming service (platform-common EventSubscription): the events already applied.
create table processed_event (
    event_id     uuid        primary key,
    processed_at timestamptz not null default now()
);
