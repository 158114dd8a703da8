-- Issue 12, "Assurance volontaire" (manual, Espace Assurés item 1; domain-rules.md §8): the request
-- goes to Prestations (10 days); approval opens the person's voluntary insurance from the next
-- month, with the income declared and the contribution at the rate in force. The rate is not
-- published (16,5 % of the declared income until the fund says otherwise): dated reference data.
CREATE TABLE voluntary_insurance_rate (
    valid_from    DATE          NOT NULL,
    rate_percent  DECIMAL(5,2)  NOT NULL,
    CONSTRAINT pk_voluntary_insurance_rate PRIMARY KEY (valid_from)
)${table_options};

INSERT INTO voluntary_insurance_rate (valid_from, rate_percent) VALUES ('2000-01-01', 16.50);

CREATE TABLE voluntary_membership (
    id                    BIGINT        NOT NULL,
    insured_number        VARCHAR(12)   NOT NULL,
    open_insured_number   VARCHAR(12)   NULL,
    monthly_income        BIGINT        NOT NULL,
    rate_percent          DECIMAL(5,2)  NOT NULL,
    monthly_contribution  BIGINT        NOT NULL,
    first_month           VARCHAR(7)    NOT NULL,
    request_reference     VARCHAR(20)   NOT NULL,
    opened_at             ${timestamp}  NOT NULL,
    closed_at             ${timestamp}  NULL,
    version               BIGINT        NOT NULL,
    CONSTRAINT pk_voluntary_membership PRIMARY KEY (id),
    CONSTRAINT uk_voluntary_membership_open UNIQUE (open_insured_number)
)${table_options};

CREATE INDEX ix_voluntary_membership_insured ON voluntary_membership (insured_number);

INSERT INTO routing_rule (kind, department_code, service_level_days) VALUES ('VOLUNTARY_INSURANCE', 'PRESTATIONS', 10);
