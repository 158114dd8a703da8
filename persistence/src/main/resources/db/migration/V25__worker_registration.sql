-- Issue 10, "Demande d'immatriculation travailleur": what the registry keeps of a worker it
-- registers (the identity the agent checked: sex, birth place, nationality, ID document, how to
-- reach him). Older rows (demo, imports) have none of it: the columns are optional.
ALTER TABLE insured_person ADD COLUMN sex VARCHAR(1) NULL;
ALTER TABLE insured_person ADD COLUMN birth_place VARCHAR(80) NULL;
ALTER TABLE insured_person ADD COLUMN nationality VARCHAR(60) NULL;
ALTER TABLE insured_person ADD COLUMN id_document_type VARCHAR(30) NULL;
ALTER TABLE insured_person ADD COLUMN id_document_number VARCHAR(40) NULL;
ALTER TABLE insured_person ADD COLUMN phone VARCHAR(20) NULL;
ALTER TABLE insured_person ADD COLUMN address VARCHAR(200) NULL;

-- Duplicates are looked for by birth date (then names compared in Java, accents and case aside)
-- and by ID document.
CREATE INDEX ix_insured_person_birth ON insured_person (birth_date);
CREATE INDEX ix_insured_person_id_document ON insured_person (id_document_type, id_document_number);

-- Each worker registration request, indexed as filed: the agent of one request sees the other
-- requests for the same person (the employer's and the worker's own, or two employers').
CREATE TABLE worker_registration_index (
    request_id         BIGINT       NOT NULL,
    birth_date         DATE         NOT NULL,
    name_key           VARCHAR(200) NOT NULL,
    id_document_key    VARCHAR(80)  NOT NULL,
    employer_number    VARCHAR(11)  NOT NULL,
    CONSTRAINT pk_worker_registration_index PRIMARY KEY (request_id),
    CONSTRAINT fk_worker_registration_index_request FOREIGN KEY (request_id) REFERENCES service_request (id)
)${table_options};

CREATE INDEX ix_worker_registration_birth ON worker_registration_index (birth_date);
CREATE INDEX ix_worker_registration_id_document ON worker_registration_index (id_document_key);

-- Insured numbers given by the portal start at 2 000 000 001 (below: demo and imported numbers;
-- a number already taken is skipped all the same).
INSERT INTO registry_counter (name, last_value) VALUES ('INSURED', 2000000000);

-- The employer has 8 days to register a worker; Immatriculation 8 days to answer.
INSERT INTO routing_rule (kind, department_code, service_level_days) VALUES ('WORKER_REGISTRATION', 'IMMATRICULATION', 8);
