-- Reference data: what the 2017 IGAS/IGEN/IGAENR report says of the funding of named campuses and regions, each
-- fact with its source (REPORT_2017 and the paragraph or encadré), like Annexe 4 in labelling's V3. Read-only: served by
-- GET /api/v1/reference/report-2017/campus-facts and /regional-funding, never written by the API. Nothing here is
-- invented: each statement is the report's text (« […] » marks what is left out of a sentence), each figure's label is
-- the report's words, and a figure has only the values the report gives (no year, amount, period or split of our own).
--
-- Why not budgets or director funding: both are a campus's record for a fiscal year (director funding also needs the
-- post's total cost); the report gives neither a year nor a cost for these facts, so they are kept here as the report
-- states them rather than written as a year's record with invented values.
--
-- Campuses are Annexe 4's (labelling V3, deterministic ids; annex4_row is the row of annex4_campus):
--   row 40 « Aéronautique et spatial » (Occitanie, TOULOUSE): [97] « CMQ aéronautique et spatial de Toulouse »,
--          [112] « CMQ aéronautique et espace de Toulouse »;
--   row 39 « Aérocampus » (Nouvelle-Aquitaine, BORDEAUX): Encadré 2 « L'Aérocampus Aquitaine », Encadré 7
--          « AERONAUTIQUE DE NOUVELLE AQUITAINE OU AEROCAMPUS » (the centre of Latresne, académie de Bordeaux);
--   row 10 « Textile, mode, cuir, design » (Auvergne-Rhône-Alpes, LYON/GRENOBLE): [112] « CMQ textile, mode, cuir,
--          design de Lyon »;
--   row 74 « Energies et efficacité énergétique » (Normandie, ROUEN): [112] « CMQ3E de Normandie »; the report's list
--          of the people met (académie de Rouen) names the « CAMPUS DES ENERGIES ET DE L'EFFICACITE ENERGETIQUE » and
--          its « directeur du CMQ3E ».
-- Regions are INSEE codes (labelling's region table). A regional fact is attached to its region, not to its campuses.
--
-- Consistency flag, kept as the report gives it and not resolved: [97] says the conseil régional pays 25 % of the
-- Toulouse director post, while [112] names Occitanie among the regions that do not take part in the funding.
--
-- The source columns are the issue-13 contract's (source_kind, source_reference, source_role, source_region_code,
-- source_file_name, source_imported_on); only REPORT_2017 with a reference is possible here.

create table report_fact (
    id                  varchar(60)  primary key,
    position            int          not null unique,
    campus_id           uuid,
    annex4_row          int          check (annex4_row between 1 and 77),
    region_code         varchar(3)   not null,
    subject             text         not null,
    topic               varchar(40)  not null check (topic in ('DIRECTOR_POST_FUNDING', 'CAMPUS_RESOURCES',
                                         'STAKEHOLDER_CONTRIBUTIONS', 'REGIONAL_FUNDING', 'REGIONAL_FUNDING_MODALITY',
                                         'REGIONAL_FUNDING_CONSIDERED', 'REGION_NOT_PARTICIPATING')),
    statement           text         not null,
    source_kind         varchar(20)  not null check (source_kind = 'REPORT_2017'),
    source_reference    varchar(200) not null,
    source_role         varchar(40),
    source_region_code  varchar(3),
    source_file_name    varchar(255),
    source_imported_on  date,
    check ((campus_id is null) = (annex4_row is null))
);
create index report_fact_campus on report_fact (campus_id);
create index report_fact_region on report_fact (region_code);

comment on table report_fact is 'Facts of the 2017 report on named campuses (campus_id) and regions (campus_id null)';
comment on column report_fact.subject is 'How the report names the campus or the region';
comment on column report_fact.statement is 'The report''s text, verbatim; « […] » marks what is left out';

-- A figure of a fact: only what the report gives. Money in integer euro cents; period_years: the years the amount
-- covers when the report says; per_member: an amount paid by each member; campus_count: the campuses the report says
-- the amount is for; year: a year the report gives for the figure.
create table report_fact_figure (
    fact_id        varchar(60)   not null references report_fact (id),
    position       int           not null,
    label          text          not null,
    funder_name    text,
    funder_type    varchar(30)   check (funder_type in ('RECTORAT', 'REGION', 'SUPPORT_ESTABLISHMENT', 'COMPANY',
                                     'PROFESSIONAL_BRANCH', 'MEMBERSHIP_FEES', 'OTHER_LOCAL_AUTHORITY', 'OTHER_STATE',
                                     'EU_FUNDS', 'OWN_RESOURCES', 'OTHER')),
    nature         varchar(20)   check (nature in ('CASH', 'IN_KIND', 'STAFF')),
    modality       varchar(20)   check (modality in ('EX_ANTE', 'EX_POST')),
    percent        numeric(4, 1) check (percent > 0 and percent <= 100),
    amount_cents   bigint        check (amount_cents >= 0),
    period_years   int           check (period_years > 0),
    per_member     boolean       not null,
    campus_count   int           check (campus_count > 0),
    year           int,
    primary key (fact_id, position)
);

comment on column report_fact_figure.label is 'The report''s words for this figure';

insert into report_fact (id, position, campus_id, annex4_row, region_code, subject, topic, statement, source_kind,
                         source_reference) values
    ('97-toulouse-director-post', 1, 'cb41f46b-a96a-5983-b25a-f28811bd2525', 40, '76', 'CMQ aéronautique et spatial de Toulouse', 'DIRECTOR_POST_FUNDING',
     'Il convient de relever, par exemple, que le CMQ aéronautique et spatial de Toulouse se signale par un financement pluriel du poste de directeur opérationnel, ce dernier étant un salarié d''Airbus dont la rémunération est assurée par Airbus (à hauteur de 30 %), le rectorat (25 %), le conseil régional (25 %) et l''UIMM (20 %).',
     'REPORT_2017', '[97]'),
    ('110-hauts-de-france-amount', 2, null, null, '32', 'région Hauts-de-France', 'REGIONAL_FUNDING',
     'S''agissant de l''implication du conseil régional, celle-ci reste inégale. Certaines régions participent déjà au financement des CMQ dans des proportions qui restent modestes (200 000 € sur 3 ans pour les six campus de la région Hauts-de-France), selon des modalités variables.',
     'REPORT_2017', '[110]'),
    ('110-auvergne-rhone-alpes-modality', 3, null, null, '84', 'Auvergne-Rhône-Alpes', 'REGIONAL_FUNDING_MODALITY',
     'En effet, si dans certains territoires, les campus se voient accorder une subvention en début d''année (Auvergne-Rhône-Alpes ou PACA), dans d''autres régions (Hauts-de-France depuis le changement de majorité politique, Grand Est) il est nécessaire que les campus engagent les dépenses avant d''effectuer une demande de prise en charge auprès du conseil régional, cette prise en charge étant accordée après étude d''un dossier déposé par le CMQ.',
     'REPORT_2017', '[110]'),
    ('110-paca-modality', 4, null, null, '93', 'PACA', 'REGIONAL_FUNDING_MODALITY',
     'En effet, si dans certains territoires, les campus se voient accorder une subvention en début d''année (Auvergne-Rhône-Alpes ou PACA), dans d''autres régions (Hauts-de-France depuis le changement de majorité politique, Grand Est) il est nécessaire que les campus engagent les dépenses avant d''effectuer une demande de prise en charge auprès du conseil régional, cette prise en charge étant accordée après étude d''un dossier déposé par le CMQ.',
     'REPORT_2017', '[110]'),
    ('110-hauts-de-france-modality', 5, null, null, '32', 'Hauts-de-France depuis le changement de majorité politique', 'REGIONAL_FUNDING_MODALITY',
     'En effet, si dans certains territoires, les campus se voient accorder une subvention en début d''année (Auvergne-Rhône-Alpes ou PACA), dans d''autres régions (Hauts-de-France depuis le changement de majorité politique, Grand Est) il est nécessaire que les campus engagent les dépenses avant d''effectuer une demande de prise en charge auprès du conseil régional, cette prise en charge étant accordée après étude d''un dossier déposé par le CMQ.',
     'REPORT_2017', '[110]'),
    ('110-grand-est-modality', 6, null, null, '44', 'Grand Est', 'REGIONAL_FUNDING_MODALITY',
     'En effet, si dans certains territoires, les campus se voient accorder une subvention en début d''année (Auvergne-Rhône-Alpes ou PACA), dans d''autres régions (Hauts-de-France depuis le changement de majorité politique, Grand Est) il est nécessaire que les campus engagent les dépenses avant d''effectuer une demande de prise en charge auprès du conseil régional, cette prise en charge étant accordée après étude d''un dossier déposé par le CMQ.',
     'REPORT_2017', '[110]'),
    ('111-nouvelle-aquitaine-travel-costs', 7, null, null, '75', 'Nouvelle Aquitaine', 'REGIONAL_FUNDING_CONSIDERED',
     'On notera par ailleurs que dans certaines régions, Nouvelle Aquitaine par exemple, il est envisagé de couvrir les frais de déplacement des directeurs opérationnels (mise à disposition d''un véhicule, prise en charge du carburant, etc.).',
     'REPORT_2017', '[111]'),
    ('112-occitanie-not-participating', 8, null, null, '76', 'la région Occitanie', 'REGION_NOT_PARTICIPATING',
     'Il n''en reste pas moins qu''actuellement plusieurs régions ne participent pas (par exemple la région Occitanie) ou participent très peu au financement des CMQ',
     'REPORT_2017', '[112]'),
    ('112-lyon-membership-fee', 9, 'fe676500-f398-5ff0-9de3-e507fbe881b0', 10, '84', 'CMQ textile, mode, cuir, design de Lyon', 'STAKEHOLDER_CONTRIBUTIONS',
     '[…] l''engagement financier des parties prenantes est souvent quasi inexistant ou symbolique (adhésion annuelle de 500 € au GIP pour les membres du CMQ textile, mode, cuir, design de Lyon par exemple).',
     'REPORT_2017', '[112]'),
    ('112-toulouse-stakeholders', 10, 'cb41f46b-a96a-5983-b25a-f28811bd2525', 40, '76', 'CMQ aéronautique et espace de Toulouse', 'STAKEHOLDER_CONTRIBUTIONS',
     'On remarquera toutefois que la présence d''un grand groupe industriel au sein du CMQ permet de disposer de ressources financières ou matérielles supérieures (exemple du CMQ aéronautique et espace de Toulouse où, en sus de la cotisation annuelle de 300 € exigée pour chaque membre, Airbus verse une subvention […])',
     'REPORT_2017', '[112]'),
    ('112-normandie-cmq3e-wind-turbine', 11, 'f77e87f7-626f-5c95-9994-5c78a21ef70d', 74, '28', 'CMQ3E de Normandie', 'STAKEHOLDER_CONTRIBUTIONS',
     'On remarquera toutefois que la présence d''un grand groupe industriel au sein du CMQ permet de disposer de ressources financières ou matérielles supérieures ([…] ou bien dans le cas du CMQ3E de Normandie, achat d''une éolienne industrielle par EDF énergies Nouvelles dans le cadre de la construction d''un chantier école)',
     'REPORT_2017', '[112]'),
    ('encadre-2-aerocampus-director-post', 12, 'e13795b0-e25d-5403-a6de-b44119ea6622', 39, '75', 'L''Aérocampus Aquitaine', 'DIRECTOR_POST_FUNDING',
     'Si l''on peut retrouver certains des aspects propres aux CMQ (existence d''un établissement support, présence d''un directeur opérationnel financé par le rectorat), sur de nombreux autres points, l''Aérocampus diffère des CMQ traditionnels.',
     'REPORT_2017', 'Encadré 2'),
    ('encadre-2-aerocampus-resources', 13, 'e13795b0-e25d-5403-a6de-b44119ea6622', 39, '75', 'L''Aérocampus Aquitaine', 'CAMPUS_RESOURCES',
     'Sur le plan du financement tout d''abord, l''Aérocampus dispose de ressources bien supérieures aux CMQ « classiques » puisqu''il peut s''appuyer sur une dotation du conseil régional de 2 M€ et sur des ressources propres s''élevant à 8 M€. Ces ressources propres sont issues principalement de la commercialisation de formations aux entreprises du secteur aéronautique, y compris étrangères.',
     'REPORT_2017', 'Encadré 2'),
    ('encadre-7-aerocampus-budget', 14, 'e13795b0-e25d-5403-a6de-b44119ea6622', 39, '75', 'l''Aérocampus', 'CAMPUS_RESOURCES',
     'Depuis sa création en 2011, l''Aérocampus a connu un développement foudroyant de ses activités de formation continue : alors qu''il était intégralement financé par la région à sa création en 2011 (2M€ de budget initial), 80 % de son budget est aujourd''hui constitué de ressources propres (CA de 10 M€, résultat net de 1 M€).',
     'REPORT_2017', 'Encadré 7');

insert into report_fact_figure (fact_id, position, label, funder_name, funder_type, nature, modality, percent,
                                amount_cents, period_years, per_member, campus_count, year) values
    ('97-toulouse-director-post', 1, 'Airbus (à hauteur de 30 %)', 'Airbus', 'COMPANY', null, null, 30.0, null, null, false, null, null),
    ('97-toulouse-director-post', 2, 'le rectorat (25 %)', 'rectorat', 'RECTORAT', null, null, 25.0, null, null, false, null, null),
    ('97-toulouse-director-post', 3, 'le conseil régional (25 %)', 'conseil régional', 'REGION', null, null, 25.0, null, null, false, null, null),
    ('97-toulouse-director-post', 4, 'l''UIMM (20 %)', 'UIMM', 'PROFESSIONAL_BRANCH', null, null, 20.0, null, null, false, null, null),
    ('110-hauts-de-france-amount', 1, '200 000 € sur 3 ans pour les six campus de la région Hauts-de-France', 'conseil régional', 'REGION', null, null, null, 20000000, 3, false, 6, null),
    ('110-auvergne-rhone-alpes-modality', 1, 'les campus se voient accorder une subvention en début d''année', null, 'REGION', null, 'EX_ANTE', null, null, null, false, null, null),
    ('110-paca-modality', 1, 'les campus se voient accorder une subvention en début d''année', null, 'REGION', null, 'EX_ANTE', null, null, null, false, null, null),
    ('110-hauts-de-france-modality', 1, 'les campus engagent les dépenses avant d''effectuer une demande de prise en charge auprès du conseil régional', null, 'REGION', null, 'EX_POST', null, null, null, false, null, null),
    ('110-grand-est-modality', 1, 'les campus engagent les dépenses avant d''effectuer une demande de prise en charge auprès du conseil régional', null, 'REGION', null, 'EX_POST', null, null, null, false, null, null),
    ('111-nouvelle-aquitaine-travel-costs', 1, 'il est envisagé de couvrir les frais de déplacement des directeurs opérationnels', null, 'REGION', null, null, null, null, null, false, null, null),
    ('112-lyon-membership-fee', 1, 'adhésion annuelle de 500 € au GIP pour les membres', null, 'MEMBERSHIP_FEES', null, null, null, 50000, 1, true, null, null),
    ('112-toulouse-stakeholders', 1, 'la cotisation annuelle de 300 € exigée pour chaque membre', null, 'MEMBERSHIP_FEES', null, null, null, 30000, 1, true, null, null),
    ('112-toulouse-stakeholders', 2, 'Airbus verse une subvention', 'Airbus', 'COMPANY', null, null, null, null, null, false, null, null),
    ('112-normandie-cmq3e-wind-turbine', 1, 'achat d''une éolienne industrielle par EDF énergies Nouvelles', 'EDF énergies Nouvelles', 'COMPANY', 'IN_KIND', null, null, null, null, false, null, null),
    ('encadre-2-aerocampus-director-post', 1, 'présence d''un directeur opérationnel financé par le rectorat', 'rectorat', 'RECTORAT', null, null, null, null, null, false, null, null),
    ('encadre-2-aerocampus-resources', 1, 'une dotation du conseil régional de 2 M€', 'conseil régional', 'REGION', null, null, null, 200000000, null, false, null, null),
    ('encadre-2-aerocampus-resources', 2, 'des ressources propres s''élevant à 8 M€', null, 'OWN_RESOURCES', null, null, null, 800000000, null, false, null, null),
    ('encadre-7-aerocampus-budget', 1, 'intégralement financé par la région à sa création en 2011 (2M€ de budget initial)', 'région', 'REGION', null, null, 100.0, 200000000, null, false, null, 2011),
    ('encadre-7-aerocampus-budget', 2, '80 % de son budget est aujourd''hui constitué de ressources propres', null, 'OWN_RESOURCES', null, null, 80.0, null, null, false, null, null),
    ('encadre-7-aerocampus-budget', 3, 'CA de 10 M€', null, null, null, null, null, 1000000000, null, false, null, null),
    ('encadre-7-aerocampus-budget', 4, 'résultat net de 1 M€', null, null, null, null, null, 100000000, null, false, null, null);
