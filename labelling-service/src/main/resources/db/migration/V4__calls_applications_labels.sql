-- Calls for projects, applications, expert opinions, label decisions and withdrawals.

create table call_for_projects (
    id                 uuid primary key,
    code               text    not null unique,
    rank               int,
    title              text    not null,
    call_date          date    not null,
    publication        text,
    -- Tableau 1: the sections ("volets") of the call, in order: [{"code": "5-1", "label": "..."}]
    sections           jsonb   not null default '[]',
    -- Tableau 2: the lists of campuses established under the call: [{"act": "...", "campusesLabelled": 14}]
    label_lists        jsonb   not null default '[]',
    -- parts an application must hold before a decision (recommendations 1-4), e.g. ["CREFOP_PRESENTATION"]
    required_parts     jsonb   not null default '[]',
    source             text,
    created_at         timestamptz not null,
    created_by         text    not null
);

create table application (
    id                          uuid primary key,
    campus_id                   uuid not null references campus (id),
    call_id                     uuid not null references call_for_projects (id),
    kind                        text not null,
    opportunity_analysis        text,
    direccte_involved           boolean,
    employers_involved          boolean,
    partner_commitments         jsonb not null default '[]',
    training_offer_coherence    text,
    crefop_presentation_date    date,
    indicators                  jsonb not null default '[]',
    submitted_at                timestamptz not null,
    submitted_by                text not null
);
create index application_campus on application (campus_id);

create table opinion (
    id              uuid primary key,
    application_id  uuid not null unique references application (id),
    stars           int,
    outcome         text,
    justification   text,
    issuing_body    text not null,
    issued_on       date not null,
    recorded_at     timestamptz not null,
    recorded_by     text not null,
    constraint opinion_stars_or_outcome check ((stars is null) <> (outcome is null)),
    constraint opinion_stars_range check (stars is null or stars between 1 and 3)
);

create table label_decision (
    id                  uuid primary key,
    application_id      uuid not null unique references application (id),
    campus_id           uuid not null references campus (id),
    outcome             text not null,
    legal_act_reference text not null,
    legal_act_date      date not null,
    start_date          date,
    duration_years      int,
    expiry_date         date,
    recorded_at         timestamptz not null,
    recorded_by         text not null,
    constraint decision_duration check (duration_years is null or duration_years between 1 and 5)
);
create index label_decision_campus on label_decision (campus_id);

create table label_withdrawal (
    id                  uuid primary key,
    decision_id         uuid not null unique references label_decision (id),
    campus_id           uuid not null references campus (id),
    withdrawn_on        date not null,
    legal_act_reference text not null,
    reason              text not null,
    recorded_at         timestamptz not null,
    recorded_by         text not null
);

-- The five calls of Tableau 2, with the sections of Tableau 1 for their year (source: DGESCO, JO).
insert into call_for_projects (id, code, rank, title, call_date, publication, sections, label_lists, required_parts,
                               source, created_at, created_by) values
('a1e0c001-2013-4000-8000-000000000001', 'CALL_2013', 1, '1er appel à projets', date '2013-05-06', null,
 '[{"code":"1","label":"Contexte économique et social du territoire"},{"code":"2","label":"Pilotage et organisation"},{"code":"3","label":"Offre de formation"},{"code":"4","label":"Partenariat avec le tissu des entreprises locales et des laboratoires de recherche"},{"code":"5","label":"Projet pédagogique"},{"code":"6","label":"Vie du campus"}]',
 '[{"act":"Liste des campus des métiers et des qualifications établie au titre de l''appel à projets du 06/05/2013 (JO du 31 mars 2015)","campusesLabelled":14}]',
 '[]', 'Tableaux 1 et 2, rapport IGAS/IGEN/IGAENR 2017 (la note 13 date la liste du 9 mars 2015 ; le § 91 date l''appel du 16 mai 2013)',
 timestamptz '2017-02-11 00:00:00+00', 'reference-import'),
('a1e0c001-2014-4000-8000-000000000002', 'CALL_2014', 2, '2ème appel à projets', date '2014-02-20', null,
 '[{"code":"1","label":"Prise en compte des besoins de développement économique et social du territoire"},{"code":"2","label":"Offre de formation"},{"code":"3","label":"Partenariat avec le tissu économique et les laboratoires de recherche"},{"code":"4","label":"Projet pédagogique"},{"code":"5","label":"Ouverture européenne ou internationale"},{"code":"5","label":"Vie du campus"},{"code":"6","label":"Pilotage et organisation"}]',
 '[{"act":"Liste des campus des métiers et des qualifications établie au titre de l''appel à projets du 20/02/2014 (J.O. du 1-4-2015)","campusesLabelled":17},{"act":"Liste des campus des métiers et des qualifications établie au titre de l''appel à projets du 20 février 2014 : modification (J.O. du 19-2-2016)","campusesLabelled":6}]',
 '[]', 'Tableaux 1 et 2, rapport IGAS/IGEN/IGAENR 2017 (volet 5 numéroté deux fois dans l''appel)',
 timestamptz '2017-02-11 00:00:00+00', 'reference-import'),
('a1e0c001-2015-4000-8000-000000000003', 'CALL_2015', 3, '3ème appel à projets', date '2015-02-25', null,
 '[{"code":"1","label":"Analyse d''opportunité économique régionale"},{"code":"2","label":"Offre de formation"},{"code":"3","label":"Partenariat avec le tissu économique et les laboratoires de recherche"},{"code":"4","label":"Projet pédagogique"},{"code":"5-1","label":"Modalités et moyens"},{"code":"5-2","label":"Suivi et évaluation"},{"code":"5-3","label":"Communication"},{"code":"6","label":"Ouverture européenne ou internationale"},{"code":"7","label":"Vie du campus"}]',
 '[{"act":"Arrêté du 12 avril 2016 fixant la liste des campus des métiers et des qualifications établie au titre de l''appel à projets du 25 février 2015 (JO n°0088 du 14 avril 2016)","campusesLabelled":12},{"act":"Arrêté du 20 septembre 2016 modifiant l''arrêté du 12 avril 2016 fixant la liste des campus des métiers et des qualifications établie au titre de l''appel à projets du 25 février 2015","campusesLabelled":2}]',
 '[]', 'Tableaux 1 et 2, rapport IGAS/IGEN/IGAENR 2017',
 timestamptz '2017-02-11 00:00:00+00', 'reference-import'),
('a1e0c001-2016-4000-8000-000000000004', 'CALL_2016', 4, '4ème appel à projets', date '2016-04-13', null,
 '[{"code":"1","label":"Analyse d''opportunité économique régionale"},{"code":"2","label":"Offre de formation"},{"code":"3","label":"Partenariat avec le tissu économique et les laboratoires de recherche"},{"code":"4","label":"Projet pédagogique"},{"code":"5-1","label":"Modalités et moyens"},{"code":"5-2","label":"Suivi et évaluation"},{"code":"5-3","label":"Communication"},{"code":"6","label":"Ouverture européenne ou internationale"},{"code":"7","label":"Vie du campus"}]',
 '[{"act":"Arrêté du 9 février 2017 fixant la liste des campus des métiers et des qualifications établie au titre de l''appel à projets du 13 avril 2016 (JO du 11 février 2017)","campusesLabelled":26}]',
 '[]', 'Tableaux 1 et 2, rapport IGAS/IGEN/IGAENR 2017',
 timestamptz '2017-02-11 00:00:00+00', 'reference-import'),
('a1e0c001-2017-4000-8000-000000000005', 'CALL_2017', 5, '5ème appel à projets', date '2017-02-10',
 'Lettre du 10-2-2017, BOEN n°7 du 16 février 2017',
 '[{"code":"1","label":"Analyse d''opportunité économique"},{"code":"2","label":"Offre de formation"},{"code":"3","label":"Partenariat avec le tissu économique et les laboratoires de recherche"},{"code":"4","label":"Projet pédagogique"},{"code":"5-1","label":"Modalités et moyens"},{"code":"5-2","label":"Suivi et évaluation"},{"code":"5-3","label":"Communication"},{"code":"6","label":"Ouverture européenne ou internationale"},{"code":"7","label":"Vie du campus"}]',
 '[]', '[]', 'Tableau 1 et §§ 2, 93, 183, rapport IGAS/IGEN/IGAENR 2017 (liste non encore établie à la date du rapport)',
 timestamptz '2017-02-11 00:00:00+00', 'reference-import');
