-- The event contract's CampusState carries the French names of a campus's region, sector family and academies, so
-- that no consumer keeps a copy of the register's reference data. The events written before it (the 77 Annexe 4
-- campuses of V3, and any campus registered through the API before this version) do not: publish each campus once
-- more, as CampusUpdated with its names, through the outbox. Nothing about the campuses themselves changes.
with next_version as (
    update campus_event_sequence s
       set last_version = s.last_version + 1
      from campus c
     where c.id = s.campus_id
    returning s.campus_id, s.last_version
)
insert into outbox_event (event_id, topic, campus_id, type, version, payload, created_at)
select e.event_id, 'cmq.labelling.events', c.id, 'CampusUpdated', n.last_version,
       jsonb_build_object(
           'eventId', e.event_id, 'type', 'CampusUpdated', 'campusId', c.id,
           'occurredAt', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
           'version', n.last_version, 'actor', 'register-names-migration',
           'data', jsonb_build_object(
               'designation', c.designation,
               'familyCode', c.family_code, 'familyLabel', f.label,
               'regionCode', c.region_code, 'regionName', r.name,
               'academyCodes', coalesce((select jsonb_agg(ca.academy_code order by ca.position)
                                         from campus_academy ca where ca.campus_id = c.id), '[]'::jsonb),
               'academyNames', coalesce((select jsonb_object_agg(a.code, a.name)
                                         from campus_academy ca join academy a on a.code = ca.academy_code
                                         where ca.campus_id = c.id), '{}'::jsonb),
               'communicationNames', c.communication_names,
               'formerDesignations', c.former_designations,
               'source', c.source))::text,
       now()
from next_version n
join campus c on c.id = n.campus_id
join region r on r.code = c.region_code
join sector_family f on f.code = c.family_code
cross join lateral (select md5('register-names:' || c.id)::uuid as event_id) e;
