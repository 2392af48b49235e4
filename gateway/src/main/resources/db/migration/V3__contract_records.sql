-- The read model keeps the event contract's records (platform-events) as JSON and reads them back into records.
-- register: the campus as the register last published it (CampusState: codes and French names of its region,
-- family and academies, communication names); it replaces academy_codes and communication_names. designation,
-- family_code and region_code stay as columns: the table filters on them in SQL.
alter table campus_row add column register jsonb;
update campus_row set register = jsonb_build_object(
        'designation', designation, 'familyCode', family_code, 'regionCode', region_code,
        'academyCodes', academy_codes, 'communicationNames', communication_names)
    where designation is not null;
alter table campus_row drop column academy_codes;
alter table campus_row drop column communication_names;
-- label holds a LabelState, profile a ProfileState, partner_summary a PartnerTypologyState; partner_row.view a
-- PartnerState, budget_row.view a BudgetState, director_funding_row.view a DirectorFundingState.
