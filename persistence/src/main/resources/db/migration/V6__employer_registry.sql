-- Employer pre-registration (issue 4): the registry of employers and their numbers, the
-- identifiers that reveal duplicates, and the routing of the two request forms.
-- Placeholders: ${timestamp}, ${table_options}.

ALTER TABLE service_request ADD contact_phone VARCHAR(20);

CREATE TABLE employer (
    id                  BIGINT       NOT NULL,
    employer_number     VARCHAR(11)  NOT NULL,
    category            VARCHAR(20)  NOT NULL,
    name                VARCHAR(150) NOT NULL,
    acronym             VARCHAR(50),
    operator_card       VARCHAR(30),
    trade_register      VARCHAR(40),
    email               VARCHAR(254),
    phone               VARCHAR(20),
    prefecture_code     VARCHAR(30)  NOT NULL,
    town                VARCHAR(80)  NOT NULL,
    district            VARCHAR(80)  NOT NULL,
    address             VARCHAR(200),
    first_hiring_date   DATE,
    staff_count         INT          NOT NULL,
    registered_at       ${timestamp} NOT NULL,
    request_reference   VARCHAR(20),
    version             BIGINT       NOT NULL,
    CONSTRAINT pk_employer PRIMARY KEY (id),
    CONSTRAINT uk_employer_number UNIQUE (employer_number),
    CONSTRAINT fk_employer_prefecture FOREIGN KEY (prefecture_code) REFERENCES prefecture (code)
)${table_options};

-- What makes two employers the same: RCCM, operator card, e-mail, phone (normalised), for the
-- registry and for the pre-registrations still pending.
CREATE TABLE employer_identifier (
    id          BIGINT       NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    identifier  VARCHAR(254) NOT NULL,
    employer_id BIGINT,
    request_id  BIGINT,
    CONSTRAINT pk_employer_identifier PRIMARY KEY (id),
    CONSTRAINT fk_employer_identifier_employer FOREIGN KEY (employer_id) REFERENCES employer (id),
    CONSTRAINT fk_employer_identifier_request FOREIGN KEY (request_id) REFERENCES service_request (id)
)${table_options};

CREATE INDEX ix_employer_identifier_value ON employer_identifier (kind, identifier);

CREATE TABLE registry_counter (
    name       VARCHAR(30) NOT NULL,
    last_value BIGINT      NOT NULL,
    CONSTRAINT pk_registry_counter PRIMARY KEY (name)
)${table_options};

-- Employer numbers of the portal start at 20 000 001 (10 000 001 and up are demo and imported numbers).
INSERT INTO registry_counter (name, last_value) VALUES ('EMPLOYER', 20000000);

-- Both forms go to Immatriculation; the law gives employers 8 days to register, the CNSS 8 to answer.
INSERT INTO routing_rule (kind, department_code, service_level_days) VALUES ('EMPLOYER_REGISTRATION', 'IMMATRICULATION', 8);
INSERT INTO routing_rule (kind, department_code, service_level_days) VALUES ('DOMESTIC_EMPLOYER_REGISTRATION', 'IMMATRICULATION', 8);
