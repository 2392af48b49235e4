-- The label facts kept on each campus row, so the register can filter by label status; the status
-- itself follows the calendar and is computed at read time from these dates (see LabelDates).
alter table campus add column label_basis text not null default 'NONE';
alter table campus add column label_start_date date;
alter table campus add column label_renewal_due_from date;
alter table campus add column label_expiry_date date;
alter table campus add column label_withdrawn_on date;
create index campus_label_expiry on campus (label_expiry_date);
