-- Reference dataset: the 77 campuses of Annexe 4 of the 2017 IGAS/IGEN/IGAENR report, transcribed as
-- written (see reference/annex4-campuses.tsv, the same rows). The raw rows are kept in annex4_campus;
-- the register's campuses are derived from them through the reference data (region names and aliases,
-- academy codes and aliases, family labels), so a spelling without a mapping fails the migration.
-- Each campus gets its CampusRegistered event in the outbox, in the same transaction.

alter table campus add column source text;
alter table campus add column communication_names jsonb not null default '[]';
alter table campus add column former_designations jsonb not null default '[]';
-- normalised designation and aliases, for the q filter (lower case, no accents; maintained by the service)
alter table campus add column search_text text not null default '';

create table annex4_campus (
    row_number   int primary key,
    campus_id    uuid not null unique,
    family       text not null,
    region       text not null,
    academies    text not null,
    designation  text not null
);

insert into annex4_campus (row_number, campus_id, family, region, academies, designation) values
    (1, '37e01991-4c79-5ff2-9c12-23987ddc5cd5', 'Alimentaire, agroalimentaire', 'Auvergne-Rhône-Alpes', 'CLERMONT-FERRAND', 'Produits agro-alimentaires'),
    (2, 'c7fb0b80-41be-5e19-96b6-11186278bbda', 'Alimentaire, agroalimentaire', 'Bretagne', 'RENNES', 'Techniques et technologies alimentaires'),
    (3, '2af6d067-0b2b-586f-82e0-cdd1d83b39f8', 'Alimentaire, agroalimentaire', 'Grand-Est', 'STRASBOURG', 'Agroalimentaire'),
    (4, '8e7bacb2-501e-53ba-a226-7afc3d399886', 'Alimentaire, agroalimentaire', 'Provence-Alpes-Côte', 'AIX-MARSEILLE', 'Agrosciences, agroalimentaire et alimentation'),
    (5, 'f8b35bba-6ab5-5558-b879-632d194236cb', 'Chimie et biotechnologies', 'Centre-Val-de-Loire', 'ORLEANS-TOURS', 'Industries cosmétique et pharmaceutique'),
    (6, 'c71f6f94-62a1-528e-8784-247ec0cb5772', 'Chimie et biotechnologies', 'Grand-Est', 'REIMS', 'Bio-raffinerie végétale et biotechnologies industrielles'),
    (7, 'bf58611e-3429-5b29-a192-659e35823150', 'Chimie et biotechnologies', 'Hauts-de-France', 'AMIENS', 'Bioraffinerie végétale et chimie durable'),
    (8, 'c739c7ba-17ff-507d-b908-15e84174a8da', 'Chimie et biotechnologies', 'Normandie', 'ROUEN', 'Biotechnologies et bio-industries'),
    (9, '7671784b-448b-57cd-9cd4-5adfb8fcf66b', 'Création, design, audiovisuel', 'Auvergne-Rhône-Alpes', 'CLERMONT-FERRAND', 'Design, matériaux et innovation'),
    (10, 'fe676500-f398-5ff0-9de3-e507fbe881b0', 'Création, design, audiovisuel', 'Auvergne-Rhône-Alpes', 'LYON/GRENOBLE', 'Textile, mode, cuir, design'),
    (11, 'b4590423-2820-5f34-8d48-e0114c23e9d4', 'Création, design, audiovisuel', 'Bourgogne-Franche-Comté', 'BESANCON/DIJON', 'Maroquinerie et métiers d''art'),
    (12, 'cc25e57b-7c41-5804-8178-87694bed5f6e', 'Création, design, audiovisuel', 'Guadeloupe', 'GUADELOUPE', 'Audiovisuel et cinéma'),
    (13, '85972aa3-e53c-5894-8260-0dd6269995ab', 'Création, design, audiovisuel', 'Occitanie', 'MONTPELLIER', 'Design et industries créatives'),
    (14, 'fed9359f-c9b5-5fdf-9e1f-976532fcd047', 'Création, design, audiovisuel', 'Pays-de-la-Loire', 'NANTES', 'Industries créatives de la mode et du luxe'),
    (15, 'c0f2eb34-726b-57d9-b57c-ca79fdee6475', 'Création, design, audiovisuel', 'Provence-Alpes-Côte d''Azur', 'AIX-MARSEILLE', 'Développement culturel'),
    (16, 'd179ed29-d0c5-5535-bdad-4cd40e031f2f', 'Infrastructures, bâtiment, éco-construction', 'Auvergne-Rhône-Alpes', 'LYON', 'Design et habitat'),
    (17, 'e5e16b26-e1ab-53d5-b9b3-5a3b80e2c54d', 'Infrastructures, bâtiment, éco-construction', 'Grand-Est', 'STRASBOURG', 'Eco-construction et efficacité énergétique'),
    (18, 'ad0a7119-d3d8-5f22-a377-a3f3d2c3e12e', 'Infrastructures, bâtiment, éco-construction', 'Guyane', 'GUYANE', 'Bois, éco-construction et éco-technologie'),
    (19, 'a656deb8-66e1-5d2a-a038-6a15a84fbaa7', 'Infrastructures, bâtiment, éco-construction', 'Hauts-de-France', 'LILLE', 'Travaux publics'),
    (20, 'a077aa3a-8af8-51e4-a0cd-9f040f0c0c9c', 'Infrastructures, bâtiment, éco-construction', 'La Réunion', 'LA REUNION', 'Génie civil et éco-construction en milieu tropical'),
    (21, 'a4526e7c-1a08-51c7-aab1-492b41d613be', 'Infrastructures, bâtiment, éco-construction', 'Nouvelle-Aquitaine', 'LIMOGES', 'Construction durable et éco-réhabilitation'),
    (22, 'c1caecdc-3269-5909-a9c4-b38c88997c61', 'Infrastructures, bâtiment, éco-construction', 'Nouvelle-Aquitaine', 'LIMOGES', 'Génie civil et infrastructures intelligentes'),
    (23, 'a9ef6a60-1df5-53bb-a958-9604db0ca22a', 'Infrastructures, bâtiment, éco-construction', 'Occitanie', 'MONTPELLIER', 'Habitat, énergies renouvelables et éco-construction'),
    (24, 'a9e2dbc4-ebe5-5eb2-83f9-9aa783603c2e', 'Infrastructures, bâtiment, éco-construction', 'Occitanie', 'TOULOUSE', 'BTP et usages du numérique'),
    (25, 'dad5f2e2-a3b7-5c46-ac0c-476ce32b543b', 'Matériaux, matériaux innovants', 'Auvergne-Rhône-Alpes', 'LYON', 'Plasti campus'),
    (26, 'f6954444-c1c4-5de8-830b-9fffd8a1053b', 'Matériaux, matériaux innovants', 'Grand-Est', 'NANCY-METZ', 'Bois'),
    (27, '1f841d15-51ce-5a1a-ac28-ab0684494b38', 'Matériaux, matériaux innovants', 'Grand-Est', 'NANCY-METZ', 'Matériaux composites et plastiques'),
    (28, '1c513535-3162-51c9-89e1-31113eb0bb8d', 'Matériaux, matériaux innovants', 'Grand-Est', 'REIMS', 'Procédés et matériaux innovants'),
    (29, '7e313536-88a2-5d3c-98df-5e8a004fd5ac', 'Matériaux, matériaux innovants', 'Hauts-de-France', 'AMIENS', 'Métallurgie et plasturgie'),
    (30, '1c048690-717b-5d6c-9404-54ec1272959a', 'Matériaux, matériaux innovants', 'Nouvelle-Aquitaine', 'BORDEAUX', 'Forêt-Bois'),
    (31, 'd83b6a30-f8d5-5881-a019-e103b4b4eec2', 'Mobilité, aéronautique, transports terrestres et maritimes', 'Auvergne-Rhône-Alpes', 'CLERMONT-FERRAND', 'Aéronautique'),
    (32, 'f84a4089-ca3f-53b2-a9a3-2ba67286c017', 'Mobilité, aéronautique, transports terrestres et maritimes', 'Bourgogne-Franche-Comté', 'BESANCON', 'Automobile et mobilités du futur'),
    (33, 'c55e136d-4d11-5e97-ad00-32f7cf172b32', 'Mobilité, aéronautique, transports terrestres et maritimes', 'Bretagne', 'RENNES', 'Industries de la mer'),
    (34, 'bfbd2bf5-f2d2-5819-830e-e7dd95eb8593', 'Mobilité, aéronautique, transports terrestres et maritimes', 'Hauts-de-France', 'LILLE', 'Ferroviaire, industrie automobile et écomobilité'),
    (35, 'd33de3c4-4066-5ddf-967e-a3fa49c389cc', 'Mobilité, aéronautique, transports terrestres et maritimes', 'Ile-de-France', 'CRETEIL/PARIS/VERSAILLES', 'Conception et construction automobile'),
    (36, '38b2cb73-5c98-5d9a-bc7a-8466bf13fa88', 'Mobilité, aéronautique, transports terrestres et maritimes', 'Normandie', 'CAEN/ROUEN', 'Propulsions matériaux et systèmes embarqués'),
    (37, '75d1fb4a-dcda-57d4-b91a-ef44f8ef8200', 'Mobilité, aéronautique, transports terrestres et maritimes', 'Normandie', 'CAEN/ROUEN', 'Pôle Normandie des métiers de la mer'),
    (38, 'af83d270-be8c-5b9a-b98e-d636b3aa1708', 'Mobilité, aéronautique, transports terrestres et maritimes', 'Nouvelle-Aquitaine', 'POITIERS', 'Aéronautique'),
    (39, 'e13795b0-e25d-5403-a6de-b44119ea6622', 'Mobilité, aéronautique, transports terrestres et maritimes', 'Nouvelle-Aquitaine', 'BORDEAUX', 'Aérocampus'),
    (40, 'cb41f46b-a96a-5983-b25a-f28811bd2525', 'Mobilité, aéronautique, transports terrestres et maritimes', 'Occitanie', 'TOULOUSE', 'Aéronautique et spatial'),
    (41, 'd75b9398-94a8-5911-baad-f32d0f9dfd9f', 'Mobilité, aéronautique, transports terrestres et maritimes', 'Pays-de-la-Loire', 'NANTES', 'Aéronautique'),
    (42, '1d0a8068-c165-5db6-b5ea-21a7fc77b3a7', 'Mobilité, aéronautique, transports terrestres et maritimes', 'Provence-Alpes-Côte d''Azur', 'AIX-MARSEILLE', 'Aéronautique'),
    (43, '17bd6e38-34e5-5c06-9243-66980225d89f', 'Mobilité, aéronautique, transports terrestres et maritimes', 'Provence-Alpes-Côte d''Azur', 'AIX-MARSEILLE/NICE', 'Mer'),
    (44, '99ad294b-573f-5c49-8244-9a89f0a3550c', 'Numérique, télécommunications', 'Auvergne-Rhône-Alpes', 'CLERMONT-FERRAND', 'e-campus'),
    (45, '764350be-918a-525e-bd43-55a0b35ce760', 'Numérique, télécommunications', 'Auvergne-Rhône-Alpes', 'GRENOBLE', 'Numérique Drôme Ardèche – « Réseaux, objets connectés, applicatifs, usages »'),
    (46, '39e4b309-9803-500e-9f6c-f59cf6396135', 'Numérique, télécommunications', 'Bretagne', 'RENNES', 'Technologies et usages numériques'),
    (47, '55ead42f-bac5-549a-b46a-6fe75460d79b', 'Numérique, télécommunications', 'Hauts-de-France', 'LILLE', 'Image numérique et industries créatives'),
    (48, 'df7ee1ff-0ebc-5674-927a-49bc9562964e', 'Numérique, télécommunications', 'Ile-de-France', 'CRÉTEIL/PARIS/VERSAILLES', 'Création numérique, image et son'),
    (49, '2480ca95-7618-5d13-93bc-c49cc5f8aad5', 'Services aux entreprises, logistique', 'Ile-de-France', 'CRETEIL/VERSAILLES', 'Hub aéroportuaire et échanges internationaux'),
    (50, '391ee497-a7ee-5beb-a4b3-6a278b51c16e', 'Services aux entreprises, logistique', 'Provence-Alpes-Côte d''Azur', 'AIX-MARSEILLE/NICE', 'Relation client'),
    (51, '8fa1bf39-5f6b-597d-b567-12f8236d9348', 'Systèmes innovants, mécatronique', 'Auvergne-Rhône-Alpes', 'GRENOBLE', 'Mécanique connectée'),
    (52, '4bd640d4-00f2-506c-a969-57efab849795', 'Systèmes innovants, mécatronique', 'Bourgogne-Franche-Comté', 'BESANCON/DIJON', 'Microtechniques et systèmes intelligents'),
    (53, '85307742-fab5-5ba5-af72-6441a745eb1f', 'Systèmes innovants, mécatronique', 'Bourgogne-Franche-Comté', 'BESANCON/DIJON', 'Industrie technologique innovante et performante'),
    (54, '1e5201db-17f5-5072-9bba-bd4d60f5c6de', 'Systèmes innovants, mécatronique', 'Centre-Val-de-Loire', 'ORLEANS-TOURS', 'Mécatronique, matériaux intelligents, capteurs et objets connectés'),
    (55, '170cee33-1825-5dcd-91c6-5e34ad49dffb', 'Systèmes innovants, mécatronique', 'Occitanie', 'TOULOUSE', 'Industrie du futur'),
    (56, '2c18e200-c0e7-5c8a-8d57-492deb3333d9', 'Tourisme, bien-être, gastronomie', 'Auvergne-Rhône-Alpes', 'GRENOBLE', 'Métiers de l''hôtellerie et du tourisme de montagne'),
    (57, 'c2696b21-509b-5d3e-9e94-890a040b68ad', 'Tourisme, bien-être, gastronomie', 'Auvergne-Rhône-Alpes', 'CLERMONT-FERRAND', 'Thermalisme, bien-être et pleine santé'),
    (58, 'a154604c-d938-583e-8aa2-cc19ce1e0fde', 'Tourisme, bien-être, gastronomie', 'Bourgogne-Franche-Comté', 'BESANCON/DIJON', 'Alimentation, goût, tourisme'),
    (59, '29ff3856-991e-5f42-830b-b566ee947720', 'Tourisme, bien-être, gastronomie', 'Centre-Val-de-Loire', 'ORLEANS-TOURS', 'Tourisme et art de vivre ensemble'),
    (60, '502af0cf-a3e6-5004-ad71-298c771c96d9', 'Tourisme, bien-être, gastronomie', 'Guadeloupe', 'GUADELOUPE', 'Tourisme intégré et de la valorisation de la Guadeloupe'),
    (61, 'cab925f9-27c3-5c56-a547-2c3f2becd7ce', 'Tourisme, bien-être, gastronomie', 'Hauts-de-France', 'LILLE', 'Autonomie, longévité et santé'),
    (62, 'b81c0afc-9e13-50b0-b6bb-3014908fbef4', 'Tourisme, bien-être, gastronomie', 'Hauts-de-France', 'AMIENS/LILLE', 'Tourisme et innovation'),
    (63, '8d565e81-d486-5f13-b315-08fac18b9448', 'Tourisme, bien-être, gastronomie', 'Ile-de-France', 'CRETEIL', 'Economie touristique Paris Val d''Europe'),
    (64, '3670cffa-0987-5ceb-a12d-c3bdae2839ea', 'Tourisme, bien-être, gastronomie', 'Nouvelle-Aquitaine', 'POITIERS', 'Production culinaire terre-mer et gastronomie'),
    (65, '92ca82bd-7b0f-5d93-9a85-9bd9258da565', 'Tourisme, bien-être, gastronomie', 'Occitanie', 'MONTPELLIER', 'Gastronomie, hôtellerie et tourisms'),
    (66, '16cf24b7-70d0-5773-8d0d-f2c3811b6d7c', 'Tourisme, bien-être, gastronomie', 'Occitanie', 'TOULOUSE', 'Tourisme pyrénéen'),
    (67, '2236e9f6-ab44-5582-92bd-81eec47cff7b', 'Tourisme, bien-être, gastronomie', 'Provence-Alpes-Côte d''Azur', 'NICE', 'Tourisme, hôtellerie et restauration'),
    (68, 'b8b14798-6aeb-562c-a025-c488ec1a053d', 'Transition énergétique, éco-industrie', 'Auvergne-Rhône-Alpes', 'GRENOBLE', 'Energies campus'),
    (69, '43c8f4c7-bfbe-57be-a126-f5d86a71c2e8', 'Transition énergétique, éco-industrie', 'Auvergne-Rhône-Alpes', 'LYON', 'Lumière intelligente et solutions d''éclairage durables'),
    (70, '923dc591-d40d-5274-b1dd-992277657a0c', 'Transition énergétique, éco-industrie', 'Bourgogne-Franche-Comté', 'BESANCON/DIJON', 'Territoire intelligent'),
    (71, '0520a362-1b87-5468-93ce-0aae8aa6aeac', 'Transition énergétique, éco-industrie', 'Corse', 'CORSE', 'Transition énergétique'),
    (72, 'fad2e343-a54d-57ab-a6f4-ec1a3a13f6bb', 'Transition énergétique, éco-industrie', 'Grand-Est', 'NANCY-METZ', 'Energie et maintenance'),
    (73, '0d80fb2c-14e2-5a54-b586-df376f1aec76', 'Transition énergétique, éco-industrie', 'Normandie', 'CAEN', 'Industrie des énergies'),
    (74, 'f77e87f7-626f-5c95-9994-5c78a21ef70d', 'Transition énergétique, éco-industrie', 'Normandie', 'ROUEN', 'Energies et efficacité énergétique'),
    (75, 'a1bee834-7112-506e-b328-9921d65fb734', 'Transition énergétique, éco-industrie', 'Nouvelle-Aquitaine', 'BORDEAUX', 'Maintenance en environnement sensible'),
    (76, '5abe922f-1fd1-52ac-9f4f-6148ce2727bf', 'Transition énergétique, éco-industrie', 'Occitanie', 'MONTPELLIER', 'Process et technologies en milieux sensibles'),
    (77, '16c5545f-7353-5eeb-a701-9ce25edd3872', 'Transition énergétique, éco-industrie', 'Occitanie', 'TOULOUSE', 'Transition énergétique');

insert into campus (id, designation, family_code, region_code, version, created_at, created_by, updated_at,
                    updated_by, source, search_text)
select a.campus_id, a.designation,
       (select f.code from sector_family f where f.label = a.family),
       coalesce((select r.code from region r where r.name = a.region),
                (select ra.region_code from region_alias ra where ra.alias = a.region)),
       1, timestamptz '2017-02-11 00:00:00+00', 'annex4-import', timestamptz '2017-02-11 00:00:00+00', 'annex4-import',
       'Annexe 4, rapport IGAS/IGEN/IGAENR 2017 (ligne ' || a.row_number || ')',
       ''
from annex4_campus a;

-- search_text: the designation in lower case without accents (as the service normalises it)
update campus set search_text = 'produits agro-alimentaires' where id = '37e01991-4c79-5ff2-9c12-23987ddc5cd5';
update campus set search_text = 'techniques et technologies alimentaires' where id = 'c7fb0b80-41be-5e19-96b6-11186278bbda';
update campus set search_text = 'agroalimentaire' where id = '2af6d067-0b2b-586f-82e0-cdd1d83b39f8';
update campus set search_text = 'agrosciences, agroalimentaire et alimentation' where id = '8e7bacb2-501e-53ba-a226-7afc3d399886';
update campus set search_text = 'industries cosmetique et pharmaceutique' where id = 'f8b35bba-6ab5-5558-b879-632d194236cb';
update campus set search_text = 'bio-raffinerie vegetale et biotechnologies industrielles' where id = 'c71f6f94-62a1-528e-8784-247ec0cb5772';
update campus set search_text = 'bioraffinerie vegetale et chimie durable' where id = 'bf58611e-3429-5b29-a192-659e35823150';
update campus set search_text = 'biotechnologies et bio-industries' where id = 'c739c7ba-17ff-507d-b908-15e84174a8da';
update campus set search_text = 'design, materiaux et innovation' where id = '7671784b-448b-57cd-9cd4-5adfb8fcf66b';
update campus set search_text = 'textile, mode, cuir, design' where id = 'fe676500-f398-5ff0-9de3-e507fbe881b0';
update campus set search_text = 'maroquinerie et metiers d''art' where id = 'b4590423-2820-5f34-8d48-e0114c23e9d4';
update campus set search_text = 'audiovisuel et cinema' where id = 'cc25e57b-7c41-5804-8178-87694bed5f6e';
update campus set search_text = 'design et industries creatives' where id = '85972aa3-e53c-5894-8260-0dd6269995ab';
update campus set search_text = 'industries creatives de la mode et du luxe' where id = 'fed9359f-c9b5-5fdf-9e1f-976532fcd047';
update campus set search_text = 'developpement culturel' where id = 'c0f2eb34-726b-57d9-b57c-ca79fdee6475';
update campus set search_text = 'design et habitat' where id = 'd179ed29-d0c5-5535-bdad-4cd40e031f2f';
update campus set search_text = 'eco-construction et efficacite energetique' where id = 'e5e16b26-e1ab-53d5-b9b3-5a3b80e2c54d';
update campus set search_text = 'bois, eco-construction et eco-technologie' where id = 'ad0a7119-d3d8-5f22-a377-a3f3d2c3e12e';
update campus set search_text = 'travaux publics' where id = 'a656deb8-66e1-5d2a-a038-6a15a84fbaa7';
update campus set search_text = 'genie civil et eco-construction en milieu tropical' where id = 'a077aa3a-8af8-51e4-a0cd-9f040f0c0c9c';
update campus set search_text = 'construction durable et eco-rehabilitation' where id = 'a4526e7c-1a08-51c7-aab1-492b41d613be';
update campus set search_text = 'genie civil et infrastructures intelligentes' where id = 'c1caecdc-3269-5909-a9c4-b38c88997c61';
update campus set search_text = 'habitat, energies renouvelables et eco-construction' where id = 'a9ef6a60-1df5-53bb-a958-9604db0ca22a';
update campus set search_text = 'btp et usages du numerique' where id = 'a9e2dbc4-ebe5-5eb2-83f9-9aa783603c2e';
update campus set search_text = 'plasti campus' where id = 'dad5f2e2-a3b7-5c46-ac0c-476ce32b543b';
update campus set search_text = 'bois' where id = 'f6954444-c1c4-5de8-830b-9fffd8a1053b';
update campus set search_text = 'materiaux composites et plastiques' where id = '1f841d15-51ce-5a1a-ac28-ab0684494b38';
update campus set search_text = 'procedes et materiaux innovants' where id = '1c513535-3162-51c9-89e1-31113eb0bb8d';
update campus set search_text = 'metallurgie et plasturgie' where id = '7e313536-88a2-5d3c-98df-5e8a004fd5ac';
update campus set search_text = 'foret-bois' where id = '1c048690-717b-5d6c-9404-54ec1272959a';
update campus set search_text = 'aeronautique' where id = 'd83b6a30-f8d5-5881-a019-e103b4b4eec2';
update campus set search_text = 'automobile et mobilites du futur' where id = 'f84a4089-ca3f-53b2-a9a3-2ba67286c017';
update campus set search_text = 'industries de la mer' where id = 'c55e136d-4d11-5e97-ad00-32f7cf172b32';
update campus set search_text = 'ferroviaire, industrie automobile et ecomobilite' where id = 'bfbd2bf5-f2d2-5819-830e-e7dd95eb8593';
update campus set search_text = 'conception et construction automobile' where id = 'd33de3c4-4066-5ddf-967e-a3fa49c389cc';
update campus set search_text = 'propulsions materiaux et systemes embarques' where id = '38b2cb73-5c98-5d9a-bc7a-8466bf13fa88';
update campus set search_text = 'pole normandie des metiers de la mer' where id = '75d1fb4a-dcda-57d4-b91a-ef44f8ef8200';
update campus set search_text = 'aeronautique' where id = 'af83d270-be8c-5b9a-b98e-d636b3aa1708';
update campus set search_text = 'aerocampus' where id = 'e13795b0-e25d-5403-a6de-b44119ea6622';
update campus set search_text = 'aeronautique et spatial' where id = 'cb41f46b-a96a-5983-b25a-f28811bd2525';
update campus set search_text = 'aeronautique' where id = 'd75b9398-94a8-5911-baad-f32d0f9dfd9f';
update campus set search_text = 'aeronautique' where id = '1d0a8068-c165-5db6-b5ea-21a7fc77b3a7';
update campus set search_text = 'mer' where id = '17bd6e38-34e5-5c06-9243-66980225d89f';
update campus set search_text = 'e-campus' where id = '99ad294b-573f-5c49-8244-9a89f0a3550c';
update campus set search_text = 'numerique drome ardeche – « reseaux, objets connectes, applicatifs, usages »' where id = '764350be-918a-525e-bd43-55a0b35ce760';
update campus set search_text = 'technologies et usages numeriques' where id = '39e4b309-9803-500e-9f6c-f59cf6396135';
update campus set search_text = 'image numerique et industries creatives' where id = '55ead42f-bac5-549a-b46a-6fe75460d79b';
update campus set search_text = 'creation numerique, image et son' where id = 'df7ee1ff-0ebc-5674-927a-49bc9562964e';
update campus set search_text = 'hub aeroportuaire et echanges internationaux' where id = '2480ca95-7618-5d13-93bc-c49cc5f8aad5';
update campus set search_text = 'relation client' where id = '391ee497-a7ee-5beb-a4b3-6a278b51c16e';
update campus set search_text = 'mecanique connectee' where id = '8fa1bf39-5f6b-597d-b567-12f8236d9348';
update campus set search_text = 'microtechniques et systemes intelligents' where id = '4bd640d4-00f2-506c-a969-57efab849795';
update campus set search_text = 'industrie technologique innovante et performante' where id = '85307742-fab5-5ba5-af72-6441a745eb1f';
update campus set search_text = 'mecatronique, materiaux intelligents, capteurs et objets connectes' where id = '1e5201db-17f5-5072-9bba-bd4d60f5c6de';
update campus set search_text = 'industrie du futur' where id = '170cee33-1825-5dcd-91c6-5e34ad49dffb';
update campus set search_text = 'metiers de l''hotellerie et du tourisme de montagne' where id = '2c18e200-c0e7-5c8a-8d57-492deb3333d9';
update campus set search_text = 'thermalisme, bien-etre et pleine sante' where id = 'c2696b21-509b-5d3e-9e94-890a040b68ad';
update campus set search_text = 'alimentation, gout, tourisme' where id = 'a154604c-d938-583e-8aa2-cc19ce1e0fde';
update campus set search_text = 'tourisme et art de vivre ensemble' where id = '29ff3856-991e-5f42-830b-b566ee947720';
update campus set search_text = 'tourisme integre et de la valorisation de la guadeloupe' where id = '502af0cf-a3e6-5004-ad71-298c771c96d9';
update campus set search_text = 'autonomie, longevite et sante' where id = 'cab925f9-27c3-5c56-a547-2c3f2becd7ce';
update campus set search_text = 'tourisme et innovation' where id = 'b81c0afc-9e13-50b0-b6bb-3014908fbef4';
update campus set search_text = 'economie touristique paris val d''europe' where id = '8d565e81-d486-5f13-b315-08fac18b9448';
update campus set search_text = 'production culinaire terre-mer et gastronomie' where id = '3670cffa-0987-5ceb-a12d-c3bdae2839ea';
update campus set search_text = 'gastronomie, hotellerie et tourisms' where id = '92ca82bd-7b0f-5d93-9a85-9bd9258da565';
update campus set search_text = 'tourisme pyreneen' where id = '16cf24b7-70d0-5773-8d0d-f2c3811b6d7c';
update campus set search_text = 'tourisme, hotellerie et restauration' where id = '2236e9f6-ab44-5582-92bd-81eec47cff7b';
update campus set search_text = 'energies campus' where id = 'b8b14798-6aeb-562c-a025-c488ec1a053d';
update campus set search_text = 'lumiere intelligente et solutions d''eclairage durables' where id = '43c8f4c7-bfbe-57be-a126-f5d86a71c2e8';
update campus set search_text = 'territoire intelligent' where id = '923dc591-d40d-5274-b1dd-992277657a0c';
update campus set search_text = 'transition energetique' where id = '0520a362-1b87-5468-93ce-0aae8aa6aeac';
update campus set search_text = 'energie et maintenance' where id = 'fad2e343-a54d-57ab-a6f4-ec1a3a13f6bb';
update campus set search_text = 'industrie des energies' where id = '0d80fb2c-14e2-5a54-b586-df376f1aec76';
update campus set search_text = 'energies et efficacite energetique' where id = 'f77e87f7-626f-5c95-9994-5c78a21ef70d';
update campus set search_text = 'maintenance en environnement sensible' where id = 'a1bee834-7112-506e-b328-9921d65fb734';
update campus set search_text = 'process et technologies en milieux sensibles' where id = '5abe922f-1fd1-52ac-9f4f-6148ce2727bf';
update campus set search_text = 'transition energetique' where id = '16c5545f-7353-5eeb-a701-9ce25edd3872';

insert into campus_academy (campus_id, academy_code, position)
select a.campus_id,
       coalesce((select ac.code from academy ac where ac.code = part.name),
                (select aa.academy_code from academy_alias aa where aa.alias = part.name)),
       part.position - 1
from annex4_campus a
cross join lateral unnest(string_to_array(a.academies, '/')) with ordinality as part(name, position);

insert into campus_event_sequence (campus_id, last_version)
select campus_id, 1 from annex4_campus;

insert into outbox_event (event_id, topic, campus_id, type, version, payload, created_at)
select e.event_id, 'cmq.labelling.events', c.id, 'CampusRegistered', 1,
       jsonb_build_object(
           'eventId', e.event_id, 'type', 'CampusRegistered', 'campusId', c.id,
           'occurredAt', '2017-02-11T00:00:00Z', 'version', 1, 'actor', 'annex4-import',
           'data', jsonb_build_object(
               'id', c.id, 'designation', c.designation, 'familyCode', c.family_code, 'regionCode', c.region_code,
               'academyCodes', (select jsonb_agg(ca.academy_code order by ca.position)
                                from campus_academy ca where ca.campus_id = c.id),
               'communicationNames', '[]'::jsonb, 'formerDesignations', '[]'::jsonb,
               'source', c.source, 'version', 1,
               'createdAt', '2017-02-11T00:00:00Z', 'updatedAt', '2017-02-11T00:00:00Z'))::text,
       now()
from campus c
join annex4_campus a on a.campus_id = c.id
cross join lateral (select md5('annex4-registered:' || c.id)::uuid as event_id) e;
