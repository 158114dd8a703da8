-- Issue 10, "Déclaration Nominative des Rémunérations" (manual, employer space, item 2): the
-- quarterly declaration of each worker's days and gross pay for the three months, filled online or
-- sent as an Excel file. A quarter is declared again by a corrective DNR, a new revision that
-- replaces the earlier one; both stay (the history). The unique key on (employer, quarter,
-- revision) refuses two revisions written at once.
CREATE TABLE wage_declaration (
    id                 BIGINT        NOT NULL,
    reference          VARCHAR(40)   NOT NULL,
    employer_number    VARCHAR(11)   NOT NULL,
    quarter            CHAR(7)       NOT NULL,
    revision           INT           NOT NULL,
    source             VARCHAR(10)   NOT NULL,
    file_name          VARCHAR(150)  NULL,
    worker_count       INT           NOT NULL,
    to_register_count  INT           NOT NULL,
    month1_total       BIGINT        NOT NULL,
    month2_total       BIGINT        NOT NULL,
    month3_total       BIGINT        NOT NULL,
    month1_workers     INT           NOT NULL,
    month2_workers     INT           NOT NULL,
    month3_workers     INT           NOT NULL,
    warning_count      INT           NOT NULL,
    declared_at        ${timestamp}  NOT NULL,
    declared_by        VARCHAR(254)  NOT NULL,
    replaced_at        ${timestamp}  NULL,
    career_posted_at   ${timestamp}  NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT pk_wage_declaration PRIMARY KEY (id),
    CONSTRAINT uk_wage_declaration_reference UNIQUE (reference),
    CONSTRAINT uk_wage_declaration_revision UNIQUE (employer_number, quarter, revision)
)${table_options};

-- The workers' lines as one document (DnrLinesDocument: gzipped tab-separated text): a DNR is
-- recorded and read as a whole; the individual accounts' career lines are what is queried by worker.
CREATE TABLE wage_declaration_content (
    declaration_id   BIGINT   NOT NULL,
    content          ${blob}  NOT NULL,
    CONSTRAINT pk_wage_declaration_content PRIMARY KEY (declaration_id),
    CONSTRAINT fk_wage_declaration_content FOREIGN KEY (declaration_id) REFERENCES wage_declaration (id)
)${table_options};

-- The individual account's career (design.md, context "account"): what each DNR says of a worker
-- for a month with an employer, posted just after the DNR is recorded (a message on
-- cnss.career-postings; wage_declaration.career_posted_at says when). A corrective DNR marks the
-- lines of the one it replaces and posts its own: the account reads the lines not replaced; the
-- history keeps both.
CREATE TABLE career_line (
    declaration_id    BIGINT        NOT NULL,
    line_no           INT           NOT NULL,
    month_no          INT           NOT NULL,
    insured_number    VARCHAR(12)   NOT NULL,
    employer_number   VARCHAR(11)   NOT NULL,
    period            CHAR(7)       NOT NULL,
    days_worked       INT           NOT NULL,
    gross_pay         BIGINT        NOT NULL,
    source_reference  VARCHAR(40)   NOT NULL,
    posted_at         ${timestamp}  NOT NULL,
    replaced_at       ${timestamp}  NULL,
    CONSTRAINT pk_career_line PRIMARY KEY (declaration_id, line_no, month_no)
)${table_options};

CREATE INDEX ix_career_line_insured ON career_line (insured_number, period);

-- DNR files sent by employers, read in the background: the state and progress any server of the
-- cluster can show, the report when done. The bytes wait in their own table until read, then are
-- deleted: a rejected file leaves only its report.
CREATE TABLE dnr_upload (
    id                     BIGINT        NOT NULL,
    token                  VARCHAR(40)   NOT NULL,
    employer_number        VARCHAR(11)   NOT NULL,
    file_name              VARCHAR(150)  NOT NULL,
    size_bytes             BIGINT        NOT NULL,
    state                  VARCHAR(20)   NOT NULL,
    rows_read              INT           NOT NULL,
    rows_expected          INT           NOT NULL,
    outcome                VARCHAR(30)   NULL,
    report                 ${text}       NULL,
    declaration_reference  VARCHAR(40)   NULL,
    uploaded_by            VARCHAR(254)  NOT NULL,
    uploaded_at            ${timestamp}  NOT NULL,
    updated_at             ${timestamp}  NOT NULL,
    finished_at            ${timestamp}  NULL,
    version                BIGINT        NOT NULL,
    CONSTRAINT pk_dnr_upload PRIMARY KEY (id),
    CONSTRAINT uk_dnr_upload_token UNIQUE (token)
)${table_options};

CREATE INDEX ix_dnr_upload_employer ON dnr_upload (employer_number, uploaded_at);

CREATE TABLE dnr_upload_content (
    upload_id  BIGINT   NOT NULL,
    content    ${blob}  NOT NULL,
    CONSTRAINT pk_dnr_upload_content PRIMARY KEY (upload_id),
    CONSTRAINT fk_dnr_upload_content FOREIGN KEY (upload_id) REFERENCES dnr_upload (id)
)${table_options};
