-- Issue 11, "Paiement de Cotisation" by bank transfer or deposit: the CNSS accounts employers pay
-- into (reference data; the account numbers are the fund's to enter — none is invented here, and
-- a bank without one is not offered), and each payment notice an employer files, indexed so that
-- Recouvrement sees a bank reference used twice and, later, matches notices with bank statements.
CREATE TABLE cnss_bank_account (
    code            VARCHAR(20)  NOT NULL,
    bank_name       VARCHAR(80)  NOT NULL,
    account_number  VARCHAR(40)  NULL,
    display_order   INT          NOT NULL,
    CONSTRAINT pk_cnss_bank_account PRIMARY KEY (code)
)${table_options};

INSERT INTO cnss_bank_account (code, bank_name, account_number, display_order) VALUES
    ('BTCI', 'Banque Togolaise pour le Commerce et l''Industrie (BTCI)', NULL, 1),
    ('ECOBANK', 'Ecobank Togo', NULL, 2),
    ('ORABANK', 'Orabank Togo', NULL, 3),
    ('UTB', 'Union Togolaise de Banque (UTB)', NULL, 4);

CREATE TABLE payment_notice (
    request_id       BIGINT       NOT NULL,
    employer_number  VARCHAR(11)  NOT NULL,
    bank_code        VARCHAR(20)  NOT NULL,
    bank_reference   VARCHAR(60)  NOT NULL,
    amount           BIGINT       NOT NULL,
    paid_on          DATE         NOT NULL,
    CONSTRAINT pk_payment_notice PRIMARY KEY (request_id),
    CONSTRAINT fk_payment_notice_request FOREIGN KEY (request_id) REFERENCES service_request (id)
)${table_options};

CREATE INDEX ix_payment_notice_bank_reference ON payment_notice (bank_code, bank_reference);

-- Recouvrement checks each notice against the bank's statement within 3 days.
INSERT INTO routing_rule (kind, department_code, service_level_days) VALUES ('PAYMENT_NOTICE', 'RECOUVREMENT', 3);
