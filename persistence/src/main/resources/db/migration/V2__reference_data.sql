-- Dated reference data (domain-rules.md). Rules read the row whose validity covers the period
-- they compute; a change of rate or SMIG is a new row in a later migration, never an UPDATE.

CREATE TABLE region (
    code          VARCHAR(20) NOT NULL,
    name          VARCHAR(60) NOT NULL,
    display_order INT         NOT NULL,
    CONSTRAINT pk_region PRIMARY KEY (code)
)${table_options};

CREATE TABLE prefecture (
    code        VARCHAR(30) NOT NULL,
    name        VARCHAR(60) NOT NULL,
    chef_lieu   VARCHAR(60) NOT NULL,
    region_code VARCHAR(20) NOT NULL,
    CONSTRAINT pk_prefecture PRIMARY KEY (code),
    CONSTRAINT fk_prefecture_region FOREIGN KEY (region_code) REFERENCES region (code)
)${table_options};

CREATE TABLE town (
    id              BIGINT      NOT NULL,
    name            VARCHAR(80) NOT NULL,
    prefecture_code VARCHAR(30) NOT NULL,
    CONSTRAINT pk_town PRIMARY KEY (id),
    CONSTRAINT uk_town UNIQUE (prefecture_code, name),
    CONSTRAINT fk_town_prefecture FOREIGN KEY (prefecture_code) REFERENCES prefecture (code)
)${table_options};

CREATE TABLE staff_category (
    code          VARCHAR(30) NOT NULL,
    label         VARCHAR(60) NOT NULL,
    display_order INT         NOT NULL,
    CONSTRAINT pk_staff_category PRIMARY KEY (code)
)${table_options};

CREATE TABLE id_document_type (
    code          VARCHAR(30) NOT NULL,
    label         VARCHAR(80) NOT NULL,
    kind          VARCHAR(20) NOT NULL,
    display_order INT         NOT NULL,
    CONSTRAINT pk_id_document_type PRIMARY KEY (code)
)${table_options};

CREATE TABLE contribution_rate (
    id           BIGINT       NOT NULL,
    branch       VARCHAR(20)  NOT NULL,
    payer        VARCHAR(20)  NOT NULL,
    rate_percent DECIMAL(6,3) NOT NULL,
    valid_from   DATE,
    valid_to     DATE,
    source       VARCHAR(200),
    CONSTRAINT pk_contribution_rate PRIMARY KEY (id)
)${table_options};

CREATE TABLE minimum_wage (
    id             BIGINT NOT NULL,
    monthly_amount BIGINT NOT NULL,
    valid_from     DATE   NOT NULL,
    valid_to       DATE,
    source         VARCHAR(200),
    CONSTRAINT pk_minimum_wage PRIMARY KEY (id)
)${table_options};

-- Geography: 5 regions and the autonomous district of Grand Lomé, 39 préfectures (law 2019-006).
INSERT INTO region (code, name, display_order) VALUES
    ('GRAND_LOME', 'Grand Lomé', 1),
    ('MARITIME', 'Maritime', 2),
    ('PLATEAUX', 'Plateaux', 3),
    ('CENTRALE', 'Centrale', 4),
    ('KARA', 'Kara', 5),
    ('SAVANES', 'Savanes', 6);

INSERT INTO prefecture (code, name, chef_lieu, region_code) VALUES
    ('GOLFE', 'Golfe', 'Lomé', 'GRAND_LOME'),
    ('AGOE_NYIVE', 'Agoè-Nyivé', 'Agoè-Nyivé', 'GRAND_LOME'),
    ('AVE', 'Avé', 'Kévé', 'MARITIME'),
    ('BAS_MONO', 'Bas-Mono', 'Afagnan', 'MARITIME'),
    ('LACS', 'Lacs', 'Aného', 'MARITIME'),
    ('VO', 'Vo', 'Vogan', 'MARITIME'),
    ('YOTO', 'Yoto', 'Tabligbo', 'MARITIME'),
    ('ZIO', 'Zio', 'Tsévié', 'MARITIME'),
    ('AGOU', 'Agou', 'Agou-Gadzépé', 'PLATEAUX'),
    ('AKEBOU', 'Akébou', 'Kougnohou', 'PLATEAUX'),
    ('AMOU', 'Amou', 'Amlamé', 'PLATEAUX'),
    ('ANIE', 'Anié', 'Anié', 'PLATEAUX'),
    ('DANYI', 'Danyi', 'Danyi-Apéyémé', 'PLATEAUX'),
    ('EST_MONO', 'Est-Mono', 'Elavagnon', 'PLATEAUX'),
    ('HAHO', 'Haho', 'Notsé', 'PLATEAUX'),
    ('KLOTO', 'Kloto', 'Kpalimé', 'PLATEAUX'),
    ('KPELE', 'Kpélé', 'Kpélé-Adéta', 'PLATEAUX'),
    ('MOYEN_MONO', 'Moyen-Mono', 'Tohoun', 'PLATEAUX'),
    ('OGOU', 'Ogou', 'Atakpamé', 'PLATEAUX'),
    ('WAWA', 'Wawa', 'Badou', 'PLATEAUX'),
    ('BLITTA', 'Blitta', 'Blitta', 'CENTRALE'),
    ('MO', 'Mô', 'Djarkpanga', 'CENTRALE'),
    ('SOTOUBOUA', 'Sotouboua', 'Sotouboua', 'CENTRALE'),
    ('TCHAMBA', 'Tchamba', 'Tchamba', 'CENTRALE'),
    ('TCHAOUDJO', 'Tchaoudjo', 'Sokodé', 'CENTRALE'),
    ('ASSOLI', 'Assoli', 'Bafilo', 'KARA'),
    ('BASSAR', 'Bassar', 'Bassar', 'KARA'),
    ('BINAH', 'Binah', 'Pagouda', 'KARA'),
    ('DANKPEN', 'Dankpen', 'Guérin-Kouka', 'KARA'),
    ('DOUFELGOU', 'Doufelgou', 'Niamtougou', 'KARA'),
    ('KERAN', 'Kéran', 'Kandé', 'KARA'),
    ('KOZAH', 'Kozah', 'Kara', 'KARA'),
    ('CINKASSE', 'Cinkassé', 'Cinkassé', 'SAVANES'),
    ('KPENDJAL', 'Kpendjal', 'Mandouri', 'SAVANES'),
    ('KPENDJAL_OUEST', 'Kpendjal-Ouest', 'Naki-Est', 'SAVANES'),
    ('OTI', 'Oti', 'Mango', 'SAVANES'),
    ('OTI_SUD', 'Oti-Sud', 'Gando', 'SAVANES'),
    ('TANDJOUARE', 'Tandjouaré', 'Tandjouaré', 'SAVANES'),
    ('TONE', 'Tône', 'Dapaong', 'SAVANES');

-- Towns: the chief town of each préfecture. More towns are added as rows, never in code.
INSERT INTO town (id, name, prefecture_code) VALUES
    (1, 'Lomé', 'GOLFE'), (2, 'Agoè-Nyivé', 'AGOE_NYIVE'), (3, 'Kévé', 'AVE'), (4, 'Afagnan', 'BAS_MONO'),
    (5, 'Aného', 'LACS'), (6, 'Vogan', 'VO'), (7, 'Tabligbo', 'YOTO'), (8, 'Tsévié', 'ZIO'),
    (9, 'Agou-Gadzépé', 'AGOU'), (10, 'Kougnohou', 'AKEBOU'), (11, 'Amlamé', 'AMOU'), (12, 'Anié', 'ANIE'),
    (13, 'Danyi-Apéyémé', 'DANYI'), (14, 'Elavagnon', 'EST_MONO'), (15, 'Notsé', 'HAHO'),
    (16, 'Kpalimé', 'KLOTO'), (17, 'Kpélé-Adéta', 'KPELE'), (18, 'Tohoun', 'MOYEN_MONO'),
    (19, 'Atakpamé', 'OGOU'), (20, 'Badou', 'WAWA'), (21, 'Blitta', 'BLITTA'), (22, 'Djarkpanga', 'MO'),
    (23, 'Sotouboua', 'SOTOUBOUA'), (24, 'Tchamba', 'TCHAMBA'), (25, 'Sokodé', 'TCHAOUDJO'),
    (26, 'Bafilo', 'ASSOLI'), (27, 'Bassar', 'BASSAR'), (28, 'Pagouda', 'BINAH'),
    (29, 'Guérin-Kouka', 'DANKPEN'), (30, 'Niamtougou', 'DOUFELGOU'), (31, 'Kandé', 'KERAN'),
    (32, 'Kara', 'KOZAH'), (33, 'Cinkassé', 'CINKASSE'), (34, 'Mandouri', 'KPENDJAL'),
    (35, 'Naki-Est', 'KPENDJAL_OUEST'), (36, 'Mango', 'OTI'), (37, 'Gando', 'OTI_SUD'),
    (38, 'Tandjouaré', 'TANDJOUARE'), (39, 'Dapaong', 'TONE');

-- Domestic staff categories of the "Employeur personnel domestique" form, in the manual's order.
INSERT INTO staff_category (code, label, display_order) VALUES
    ('BOY', 'BOY', 1),
    ('CUISINIER', 'CUISINIER', 2),
    ('CHAUFFEUR', 'CHAUFFEUR', 3),
    ('FEMME_DE_MENAGE', 'FEMME DE MENAGE', 4),
    ('GARDIEN', 'GARDIEN', 5),
    ('JARDINIER', 'JARDINIER', 6),
    ('BLANCHISSEUR', 'BLANCHISSEUR', 7),
    ('AIDE', 'AIDE', 8),
    ('AUTRE', 'AUTRE', 9);

INSERT INTO id_document_type (code, label, kind, display_order) VALUES
    ('CNI', 'Carte nationale d''identité (CNI)', 'IDENTITY', 1),
    ('PASSEPORT', 'Passeport', 'IDENTITY', 2),
    ('CARTE_ELECTEUR', 'Carte d''électeur', 'IDENTITY', 3),
    ('PERMIS_CONDUIRE', 'Permis de conduire', 'IDENTITY', 4),
    ('ACTE_NAISSANCE', 'Acte de naissance', 'CIVIL_STATUS', 5),
    ('JUGEMENT_SUPPLETIF', 'Jugement supplétif', 'CIVIL_STATUS', 6);

-- Contribution rates, in percent of all pay (no ceiling). Before the decree of 27/06/2012 the
-- employer paid 16,5 % (PF 6, RP 2,5, pensions 8); its start date is not in our records.
INSERT INTO contribution_rate (id, branch, payer, rate_percent, valid_from, valid_to, source) VALUES
    (1, 'PF', 'EMPLOYER', 6.000, NULL, '2012-06-26', 'Taux antérieurs au décret du 27/06/2012'),
    (2, 'RP', 'EMPLOYER', 2.500, NULL, '2012-06-26', 'Taux antérieurs au décret du 27/06/2012'),
    (3, 'PENSIONS', 'EMPLOYER', 8.000, NULL, '2012-06-26', 'Taux antérieurs au décret du 27/06/2012'),
    (4, 'PENSIONS', 'EMPLOYEE', 4.000, NULL, NULL, 'Code de sécurité sociale (loi 2011-006)'),
    (5, 'PF', 'EMPLOYER', 3.000, '2012-06-27', NULL, 'Décret du 27/06/2012'),
    (6, 'RP', 'EMPLOYER', 2.000, '2012-06-27', NULL, 'Décret du 27/06/2012'),
    (7, 'PENSIONS', 'EMPLOYER', 12.500, '2012-06-27', NULL, 'Décret du 27/06/2012'),
    (8, 'PF', 'SELF_EMPLOYED', 3.000, '2012-06-27', NULL, 'Décret du 27/06/2012'),
    (9, 'RP', 'SELF_EMPLOYED', 2.000, '2012-06-27', NULL, 'Décret du 27/06/2012'),
    (10, 'PENSIONS', 'SELF_EMPLOYED', 16.500, '2012-06-27', NULL, 'Décret du 27/06/2012'),
    (11, 'PF', 'INFORMAL', 3.000, '2012-06-27', NULL, 'Décret du 27/06/2012'),
    (12, 'PENSIONS', 'INFORMAL', 16.500, '2012-06-27', NULL, 'Décret du 27/06/2012'),
    (13, 'AMU', 'EMPLOYER', 5.000, '2024-01-01', NULL, 'Assurance maladie universelle (répartition usuelle 5 % / 5 %)'),
    (14, 'AMU', 'EMPLOYEE', 5.000, '2024-01-01', NULL, 'Assurance maladie universelle (répartition usuelle 5 % / 5 %)');

-- Monthly SMIG, in whole francs CFA.
INSERT INTO minimum_wage (id, monthly_amount, valid_from, valid_to, source) VALUES
    (1, 35000, '2012-05-01', '2022-12-31', 'SMIG de mai 2012'),
    (2, 52500, '2023-01-01', NULL, 'SMIG au 1er janvier 2023');
