-- monitoring-service owns each campus's profile and partners; its tables come with the monitoring issue.
-- This first version holds only the shared outbox and campus directory (db/outbox, db/campus-directory).
comment on schema monitoring is 'CMQ monitoring: campus profiles, legal forms, partners';
