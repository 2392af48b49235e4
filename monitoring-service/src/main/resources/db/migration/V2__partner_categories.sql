-- Reference data: the categories of partner organisations (report [1], [45], [117], [135]-[153], [163]-[164];
-- domain notes §0 PartnerCategory). Codes are stable; labels are French, for display only.
-- grouping drives the typology's warning flags (see PartnerSummary in the OpenAPI document).
create table partner_category (
    code      text primary key,
    label     text not null,
    grouping  text not null,
    position  int  not null unique
);

insert into partner_category (code, label, grouping, position) values
    ('EPLE_LYCEE',                'Lycée / établissement public local d''enseignement (EPLE)', 'SECONDARY_SCHOOL',   1),
    ('CFA',                       'Centre de formation d''apprentis (CFA)',                    'APPRENTICESHIP',     2),
    ('GRETA',                     'GRETA',                                                      'CONTINUING_TRAINING', 3),
    ('AFPA',                      'AFPA',                                                       'CONTINUING_TRAINING', 4),
    ('PRIVATE_TRAINING_BODY',     'Organisme de formation privé',                               'CONTINUING_TRAINING', 5),
    ('OPCA_OPCO',                 'OPCA / OPCO',                                                'CONTINUING_TRAINING', 6),
    ('UNIVERSITY',                'Université',                                                 'HIGHER_EDUCATION',   7),
    ('IUT',                       'Institut universitaire de technologie (IUT)',                'HIGHER_EDUCATION',   8),
    ('ENGINEERING_SCHOOL',        'École d''ingénieurs',                                        'HIGHER_EDUCATION',   9),
    ('OTHER_HIGHER_EDUCATION',    'Autre établissement d''enseignement supérieur',              'HIGHER_EDUCATION',  10),
    ('RESEARCH_LAB',              'Laboratoire de recherche',                                   'RESEARCH',          11),
    ('COMPANY',                   'Entreprise (PME ou grand groupe)',                           'ECONOMIC',          12),
    ('PROFESSIONAL_BRANCH',       'Branche ou organisation professionnelle',                    'ECONOMIC',          13),
    ('CHAMBER',                   'Chambre consulaire',                                         'ECONOMIC',          14),
    ('COMPETITIVENESS_CLUSTER',   'Pôle de compétitivité',                                      'ECONOMIC',          15),
    ('REGIONAL_COUNCIL',          'Conseil régional',                                           'PUBLIC_AUTHORITY',  16),
    ('OTHER_LOCAL_AUTHORITY',     'Autre collectivité territoriale',                            'PUBLIC_AUTHORITY',  17),
    ('RECTORAT',                  'Rectorat',                                                   'PUBLIC_AUTHORITY',  18),
    ('DIRECCTE_DREETS',           'DIRECCTE / DREETS',                                          'PUBLIC_AUTHORITY',  19),
    ('PUBLIC_EMPLOYMENT_SERVICE', 'Service public de l''emploi',                                'PUBLIC_AUTHORITY',  20),
    ('ASSOCIATION',               'Association',                                                'OTHER',             21),
    ('OTHER',                     'Autre',                                                      'OTHER',             22);
