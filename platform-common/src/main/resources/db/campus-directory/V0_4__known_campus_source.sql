-- Issue 13: the kind of source of the campus's register entry (the envelope's source.kind of its latest
-- CampusRegistered/CampusUpdated), so that demonstration facts (EXAMPLE, SYNTHETIC) go on demonstration campuses
-- only. Null for a campus learnt before: read as DECLARED; the next event of the campus sets it.
alter table known_campus add column source_kind varchar(20);
