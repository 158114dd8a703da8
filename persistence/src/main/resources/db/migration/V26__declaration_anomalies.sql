-- Issue 10: a month whose contribution declaration differs from what the quarter's DNR says of it
-- (workers paid, gross pay) is an "anomalie" in the manner of the French DSN, followed by
-- Recouvrement. One row per employer and month, kept up to date at each filing: open while the
-- figures differ, reviewed when an agent has looked into it, resolved when a correction makes them
-- agree again (and reopened if a later filing makes them differ once more).
CREATE TABLE declaration_anomaly (
    id                 BIGINT         NOT NULL,
    employer_number    VARCHAR(11)    NOT NULL,
    period             CHAR(7)        NOT NULL,
    dnr_reference      VARCHAR(40)    NOT NULL,
    dnr_workers        INT            NOT NULL,
    dnr_payroll        BIGINT         NOT NULL,
    monthly_reference  VARCHAR(40)    NOT NULL,
    monthly_workers    INT            NOT NULL,
    monthly_payroll    BIGINT         NOT NULL,
    state              VARCHAR(20)    NOT NULL,
    detected_at        ${timestamp}   NOT NULL,
    resolved_at        ${timestamp}   NULL,
    reviewed_at        ${timestamp}   NULL,
    reviewed_by        VARCHAR(254)   NULL,
    review_note        VARCHAR(1000)  NULL,
    version            BIGINT         NOT NULL,
    CONSTRAINT pk_declaration_anomaly PRIMARY KEY (id),
    CONSTRAINT uk_declaration_anomaly_month UNIQUE (employer_number, period)
)${table_options};

CREATE INDEX ix_declaration_anomaly_state ON declaration_anomaly (state, detected_at);
