-- Issue 10, the employer's roster ("Mes travailleurs"): each employment of an insured person by an
-- employer, from its start (the hire date of the worker's registration) to the departure the
-- employer declares (date and reason). A worker who comes back gets a new employment: the history
-- stays, as the individual account needs it.
CREATE TABLE employment (
    id               BIGINT        NOT NULL,
    employer_number  VARCHAR(11)   NOT NULL,
    insured_number   VARCHAR(12)   NOT NULL,
    start_date       DATE          NOT NULL,
    job              VARCHAR(100)  NOT NULL,
    contract_type    VARCHAR(20)   NOT NULL,
    monthly_pay      BIGINT        NOT NULL,
    end_date         DATE          NULL,
    end_reason       VARCHAR(30)   NULL,
    end_declared_at  ${timestamp}  NULL,
    end_declared_by  VARCHAR(254)  NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT pk_employment PRIMARY KEY (id)
)${table_options};

CREATE INDEX ix_employment_employer ON employment (employer_number, end_date);
CREATE INDEX ix_employment_insured ON employment (insured_number);
