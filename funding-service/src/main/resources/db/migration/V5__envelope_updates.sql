-- An envelope changes with each allocation (its version is its ETag): it records, like every audited row, who
-- changed it last and when (platform-common AuditedEntity). Existing envelopes: their creation, or their last
-- allocation when they have one.

alter table funding_envelope add column updated_at timestamptz, add column updated_by text;

update funding_envelope e set updated_at = coalesce(a.created_at, e.created_at),
                              updated_by = coalesce(a.created_by, e.created_by)
from funding_envelope f
left join lateral (select created_at, created_by from envelope_allocation
                   where envelope_id = f.id order by created_at desc, id desc limit 1) a on true
where e.id = f.id;

alter table funding_envelope alter column updated_at set not null, alter column updated_by set not null;
