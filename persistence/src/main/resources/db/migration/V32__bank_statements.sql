-- Issue 11: the credit lines of the CNSS's bank statements, imported by Recouvrement, against which
-- the employers' bank payment notices are matched. A line is imported once (line_key: the bank,
-- the value date, the amount and the label), and matches one notice at most.
CREATE TABLE bank_statement_line (
    id                  BIGINT        NOT NULL,
    bank_code           VARCHAR(20)   NOT NULL,
    value_date          DATE          NOT NULL,
    amount              BIGINT        NOT NULL,
    label               VARCHAR(300)  NOT NULL,
    line_key            VARCHAR(64)   NOT NULL,
    imported_at         ${timestamp}  NOT NULL,
    imported_by         VARCHAR(254)  NOT NULL,
    matched_request_id  BIGINT        NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT pk_bank_statement_line PRIMARY KEY (id),
    CONSTRAINT uk_bank_statement_line_key UNIQUE (line_key),
    CONSTRAINT fk_bank_statement_line_request FOREIGN KEY (matched_request_id) REFERENCES service_request (id)
)${table_options};

CREATE INDEX ix_bank_statement_line_amount ON bank_statement_line (bank_code, amount, value_date);
