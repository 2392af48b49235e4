-- The campuses' annual self-assessments (recommendation 15), learnt from monitoring's SelfAssessmentSubmitted
-- events (never by calling the monitoring service): a renewal under a call that requires SELF_ASSESSMENT needs one.
-- Only the campus and the year: the report itself stays in the monitoring service.
create table campus_self_assessment (
    campus_id uuid not null,
    year      int  not null,
    primary key (campus_id, year)
);
