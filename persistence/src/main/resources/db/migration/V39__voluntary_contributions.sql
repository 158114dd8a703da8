-- Issue 12, voluntary insurance paid by the insured person himself: the mobile-money flow of the
-- employers is reused, a payment now made by an employer (contributions) or by an insured person
-- (voluntary insurance); each month paid is kept, and counts in the individual account.
ALTER TABLE mobile_payment ${alter_column} employer_number VARCHAR(11) NULL;
ALTER TABLE mobile_payment ADD insured_number VARCHAR(12) NULL;
CREATE INDEX ix_mobile_payment_insured ON mobile_payment (insured_number, requested_at);

CREATE TABLE voluntary_contribution (
    id                 BIGINT        NOT NULL,
    insured_number     VARCHAR(12)   NOT NULL,
    period             VARCHAR(7)    NOT NULL,
    monthly_income     BIGINT        NOT NULL,
    amount             BIGINT        NOT NULL,
    received_on        DATE          NOT NULL,
    payment_reference  VARCHAR(20)   NOT NULL,
    posted_at          ${timestamp}  NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT pk_voluntary_contribution PRIMARY KEY (id),
    CONSTRAINT uk_voluntary_contribution_month UNIQUE (insured_number, period)
)${table_options};
