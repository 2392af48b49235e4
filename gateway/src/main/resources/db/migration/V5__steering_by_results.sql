-- Steering by results (issue 11): the campus's steering state as the monitoring service's events last carried it
-- (SteeringState JSON: targets, recent values, plan completion, headline indicators) ...
alter table campus_row add column steering jsonb;
alter table campus_row add column steering_event_version bigint not null default 0;
-- ... and each target and value of an indicator (the campus page's charts; the values of the last complete year
-- once the calendar year has turned). kind is TARGET or VALUE; breakdown_key is '' for the campus as a whole.
-- The action plan's completion of a year is the ACTION_PLAN_COMPLETION value of that year.
create table indicator_point_row (
    campus_id      uuid    not null,
    indicator      text    not null,
    breakdown_key  text    not null,
    kind           text    not null,
    year           int     not null,
    breakdown      jsonb   not null,
    value          numeric not null,
    event_version  bigint  not null,
    primary key (campus_id, indicator, breakdown_key, kind, year)
);
