-- Issue 13: the source of every fact in the read model, as the events' envelopes carry it (platform-events
-- EventSource; an event published before the envelope carried one is read with the contract's legacy source).
--
-- campus_row: the register's source as typed columns (the row's kind: the table's `source` column, its filter
-- `source=KIND`, the national figures' exclusion of the demonstration kinds EXAMPLE and SYNTHETIC; the services'
-- no-mixing rule makes it the kind of all the campus's facts), and the source of each other part of the campus as
-- the JSON object (the campus detail only): the label, the profile (legal form, support establishment, director
-- post), the partner summary (the last partner event's) and the steering state.
-- partner_row, budget_row, director_funding_row: the source of each partner, each budget (year and kind) and each
-- director co-financing (year), as the JSON object. campus_year_row needs no source: the row's kind is the
-- register's (no mixing), and the detail reads each budget's and co-financing's source from their own rows.

alter table campus_row add column source_kind text collate "C";
alter table campus_row add column source_reference text;
alter table campus_row add column source_role text;
alter table campus_row add column source_region_code text;
alter table campus_row add column source_file_name text;
alter table campus_row add column source_imported_on date;
alter table campus_row add column label_source jsonb;
alter table campus_row add column profile_source jsonb;
alter table campus_row add column partners_source jsonb;
alter table campus_row add column steering_source jsonb;

alter table partner_row add column source jsonb;
alter table budget_row add column source jsonb;
alter table director_funding_row add column source jsonb;

create index campus_row_by_source on campus_row (source_kind, campus_id) where designation is not null;

-- The rows stored before this version lack their sources: the read model is emptied and read again from the topics
-- under the next generation, as POST /api/v1/dashboard/rebuild does.
truncate campus_row, campus_year_row, partner_row, budget_row, director_funding_row, indicator_point_row,
    processed_event;
update projection_state set generation = generation + 1;
