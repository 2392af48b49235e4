-- Reference data of the register: current regions (INSEE codes), academies, sector families.
-- Source of the families: Annexe 4 ("Nouvelle famille - Proposition DGE") and [63] of the 2017
-- IGAS/IGEN/IGAENR report; aliases are the spellings the report uses.

create table region (
    code      text primary key,
    name      text    not null,
    overseas  boolean not null
);

create table region_alias (
    alias       text primary key,
    region_code text not null references region (code)
);

create table academy (
    code        text primary key,
    name        text    not null,
    region_code text    not null references region (code),
    -- false for academies merged since the report (Caen and Rouen became Normandie in 2020)
    current     boolean not null
);

create table academy_alias (
    alias        text primary key,
    academy_code text not null references academy (code)
);

create table sector_family (
    code      text primary key,
    label     text    not null,
    position  int     not null,
    -- true for the 11 families of Annexe 4; "Services à la personne" is named only in [63]
    in_annex4 boolean not null
);

insert into region (code, name, overseas) values
    ('84', 'Auvergne-Rhône-Alpes', false),
    ('27', 'Bourgogne-Franche-Comté', false),
    ('53', 'Bretagne', false),
    ('24', 'Centre-Val de Loire', false),
    ('94', 'Corse', false),
    ('44', 'Grand Est', false),
    ('32', 'Hauts-de-France', false),
    ('11', 'Île-de-France', false),
    ('28', 'Normandie', false),
    ('75', 'Nouvelle-Aquitaine', false),
    ('76', 'Occitanie', false),
    ('52', 'Pays de la Loire', false),
    ('93', 'Provence-Alpes-Côte d''Azur', false),
    ('01', 'Guadeloupe', true),
    ('02', 'Martinique', true),
    ('03', 'Guyane', true),
    ('04', 'La Réunion', true),
    ('06', 'Mayotte', true);

insert into region_alias (alias, region_code) values
    ('Centre-Val-de-Loire', '24'),
    ('Grand-Est', '44'),
    ('Ile-de-France', '11'),
    ('Pays-de-la-Loire', '52'),
    ('Provence-Alpes-Côte', '93'),
    ('PACA', '93');

insert into academy (code, name, region_code, current) values
    ('CLERMONT-FERRAND', 'Clermont-Ferrand', '84', true),
    ('GRENOBLE', 'Grenoble', '84', true),
    ('LYON', 'Lyon', '84', true),
    ('BESANCON', 'Besançon', '27', true),
    ('DIJON', 'Dijon', '27', true),
    ('RENNES', 'Rennes', '53', true),
    ('ORLEANS-TOURS', 'Orléans-Tours', '24', true),
    ('CORSE', 'Corse', '94', true),
    ('NANCY-METZ', 'Nancy-Metz', '44', true),
    ('REIMS', 'Reims', '44', true),
    ('STRASBOURG', 'Strasbourg', '44', true),
    ('AMIENS', 'Amiens', '32', true),
    ('LILLE', 'Lille', '32', true),
    ('CRETEIL', 'Créteil', '11', true),
    ('PARIS', 'Paris', '11', true),
    ('VERSAILLES', 'Versailles', '11', true),
    ('CAEN', 'Caen', '28', false),
    ('ROUEN', 'Rouen', '28', false),
    ('NORMANDIE', 'Normandie', '28', true),
    ('BORDEAUX', 'Bordeaux', '75', true),
    ('LIMOGES', 'Limoges', '75', true),
    ('POITIERS', 'Poitiers', '75', true),
    ('MONTPELLIER', 'Montpellier', '76', true),
    ('TOULOUSE', 'Toulouse', '76', true),
    ('NANTES', 'Nantes', '52', true),
    ('AIX-MARSEILLE', 'Aix-Marseille', '93', true),
    ('NICE', 'Nice', '93', true),
    ('GUADELOUPE', 'Guadeloupe', '01', true),
    ('MARTINIQUE', 'Martinique', '02', true),
    ('GUYANE', 'Guyane', '03', true),
    ('LA-REUNION', 'La Réunion', '04', true),
    ('MAYOTTE', 'Mayotte', '06', true);

insert into academy_alias (alias, academy_code) values
    ('CRÉTEIL', 'CRETEIL'),
    ('LA REUNION', 'LA-REUNION');

insert into sector_family (code, label, position, in_annex4) values
    ('AGRI_FOOD', 'Alimentaire, agroalimentaire', 1, true),
    ('CHEMISTRY_BIOTECH', 'Chimie et biotechnologies', 2, true),
    ('CREATION_DESIGN_AUDIOVISUAL', 'Création, design, audiovisuel', 3, true),
    ('INFRASTRUCTURE_BUILDING', 'Infrastructures, bâtiment, éco-construction', 4, true),
    ('MATERIALS', 'Matériaux, matériaux innovants', 5, true),
    ('MOBILITY_AERONAUTICS_TRANSPORT', 'Mobilité, aéronautique, transports terrestres et maritimes', 6, true),
    ('DIGITAL_TELECOM', 'Numérique, télécommunications', 7, true),
    ('BUSINESS_SERVICES_LOGISTICS', 'Services aux entreprises, logistique', 8, true),
    ('INNOVATIVE_SYSTEMS_MECHATRONICS', 'Systèmes innovants, mécatronique', 9, true),
    ('TOURISM_WELLBEING_GASTRONOMY', 'Tourisme, bien-être, gastronomie', 10, true),
    ('ENERGY_TRANSITION_ECO_INDUSTRY', 'Transition énergétique, éco-industrie', 11, true),
    ('PERSONAL_SERVICES', 'Services à la personne', 12, false);
