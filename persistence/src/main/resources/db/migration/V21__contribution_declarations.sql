-- Issue 10, "Déclaration de Cotisation" (manual, employer space, item 3): the monthly declaration
-- of an employer's payroll and the contributions it implies, line by line with the rates in force
-- in the month. A month is declared again by a new revision that replaces the earlier one; both
-- stay (the history). Two revisions of one month can never be written at once: the unique key on
-- (employer, period, revision) refuses the second.
CREATE TABLE contribution_declaration (
    id               BIGINT        NOT NULL,
    reference        VARCHAR(40)   NOT NULL,
    employer_number  VARCHAR(11)   NOT NULL,
    period           CHAR(7)       NOT NULL,
    revision         INT           NOT NULL,
    worker_count     INT           NOT NULL,
    gross_payroll    BIGINT        NOT NULL,
    total_due        BIGINT        NOT NULL,
    due_date         DATE          NOT NULL,
    declared_at      ${timestamp}  NOT NULL,
    declared_by      VARCHAR(254)  NOT NULL,
    replaced_at      ${timestamp}  NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT pk_contribution_declaration PRIMARY KEY (id),
    CONSTRAINT uk_contribution_declaration_reference UNIQUE (reference),
    CONSTRAINT uk_contribution_declaration_revision UNIQUE (employer_number, period, revision)
)${table_options};

-- Each line as it was computed and shown: branch, payer, the rate applied, the amount rounded
-- half-up to the franc. Kept as computed, so that a later change of rates never rewrites a receipt.
CREATE TABLE contribution_declaration_line (
    declaration_id   BIGINT        NOT NULL,
    line_order       INT           NOT NULL,
    branch           VARCHAR(20)   NOT NULL,
    payer            VARCHAR(20)   NOT NULL,
    rate_percent     DECIMAL(6,3)  NOT NULL,
    amount           BIGINT        NOT NULL,
    CONSTRAINT pk_contribution_declaration_line PRIMARY KEY (declaration_id, line_order),
    CONSTRAINT fk_contribution_declaration_line FOREIGN KEY (declaration_id) REFERENCES contribution_declaration (id)
)${table_options};

-- The employer's contributor account (design.md, context "account"): one row per employer with its
-- balance, moved by every posting under optimistic locking, and its ledger. A ledger line is never
-- edited: a correction is a new line (a declaration replaced is reversed, then the new one posted).
CREATE TABLE contributor_account (
    employer_number  VARCHAR(11)   NOT NULL,
    balance          BIGINT        NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT pk_contributor_account PRIMARY KEY (employer_number)
)${table_options};

CREATE TABLE ledger_entry (
    id               BIGINT        NOT NULL,
    employer_number  VARCHAR(11)   NOT NULL,
    period           CHAR(7)       NOT NULL,
    kind             VARCHAR(30)   NOT NULL,
    amount           BIGINT        NOT NULL,
    due_date         DATE          NULL,
    posted_at        ${timestamp}  NOT NULL,
    source_reference VARCHAR(40)   NOT NULL,
    label            VARCHAR(200)  NOT NULL,
    CONSTRAINT pk_ledger_entry PRIMARY KEY (id)
)${table_options};

CREATE INDEX ix_ledger_entry_employer ON ledger_entry (employer_number, period, posted_at);
