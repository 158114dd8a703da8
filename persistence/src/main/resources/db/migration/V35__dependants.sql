-- Issue 12, "Déclaration d'enfant" and "Déclaration de conjoint" (manual, Espace Assurés item 3):
-- both go to Prestations, which checks the civil-status document; approval makes the person a
-- dependant of the insured person (listed in the profile, counted for family allowances).
CREATE TABLE dependant (
    id                  BIGINT        NOT NULL,
    insured_number      VARCHAR(12)   NOT NULL,
    relation            VARCHAR(10)   NOT NULL,
    last_name           VARCHAR(80)   NOT NULL,
    first_names         VARCHAR(100)  NOT NULL,
    sex                 VARCHAR(1)    NOT NULL,
    birth_date          DATE          NOT NULL,
    certificate_number  VARCHAR(40)   NOT NULL,
    marriage_date       DATE          NULL,
    own_insured_number  VARCHAR(12)   NULL,
    request_reference   VARCHAR(20)   NOT NULL,
    added_at            ${timestamp}  NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT pk_dependant PRIMARY KEY (id),
    CONSTRAINT uk_dependant_request UNIQUE (request_reference)
)${table_options};

CREATE INDEX ix_dependant_insured ON dependant (insured_number, relation);
CREATE INDEX ix_dependant_birth ON dependant (birth_date);

INSERT INTO routing_rule (kind, department_code, service_level_days) VALUES ('CHILD_DECLARATION', 'PRESTATIONS', 10);
INSERT INTO routing_rule (kind, department_code, service_level_days) VALUES ('SPOUSE_DECLARATION', 'PRESTATIONS', 10);

-- Family allowance (domain-rules.md §5): 2 000 F per child per month; the age limit and the most
-- children counted are not published — reference data, shown as unconfirmed until the fund says.
CREATE TABLE family_allowance_rule (
    valid_from      DATE  NOT NULL,
    monthly_amount  INT   NOT NULL,
    age_limit       INT   NOT NULL,
    max_children    INT   NOT NULL,
    CONSTRAINT pk_family_allowance_rule PRIMARY KEY (valid_from)
)${table_options};

INSERT INTO family_allowance_rule (valid_from, monthly_amount, age_limit, max_children) VALUES ('2000-01-01', 2000, 15, 6);
