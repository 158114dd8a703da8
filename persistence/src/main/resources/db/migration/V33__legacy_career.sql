-- Issue 12, "Compte Individuel ... tel que disponible dans les livres de la CNSS": the months of a
-- career the CNSS recorded before the portal (its older books, imported), beside those the portal's
-- DNRs post to career_line. Each month with one employer: days, gross pay, where it comes from.
CREATE TABLE legacy_career_month (
    id               BIGINT        NOT NULL,
    insured_number   VARCHAR(12)   NOT NULL,
    employer_number  VARCHAR(11)   NULL,
    employer_name    VARCHAR(150)  NOT NULL,
    period           CHAR(7)       NOT NULL,
    days_worked      INT           NOT NULL,
    gross_pay        BIGINT        NOT NULL,
    source           VARCHAR(60)   NOT NULL,
    imported_at      ${timestamp}  NOT NULL,
    CONSTRAINT pk_legacy_career_month PRIMARY KEY (id)
)${table_options};

CREATE INDEX ix_legacy_career_insured ON legacy_career_month (insured_number, period);
