-- The W3C traceparent of the request that wrote each event (issue 12, OpenTelemetry traces): the relay puts it on the
-- Kafka record as header "traceparent", so that a consumer's span joins the writer's trace. Null when tracing is off.
-- Repeatable and idempotent (like db/idempotency): it applies to a database already at any version of its own.
alter table outbox_event add column if not exists traceparent text;
