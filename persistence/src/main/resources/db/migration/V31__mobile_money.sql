-- Issue 11, "paiement mobile" (T-Money, Flooz) through a mobile-money aggregator: each payment the
-- employer starts (one per form shown: form_token, so that a double click or a reload starts none
-- twice), the aggregator's transaction (one payment per transaction), its outcome and the day the
-- money was received (the day that stops surcharges).
CREATE TABLE mobile_payment (
    id                   BIGINT        NOT NULL,
    reference            VARCHAR(20)   NOT NULL,
    employer_number      VARCHAR(11)   NOT NULL,
    operator             VARCHAR(20)   NOT NULL,
    phone                VARCHAR(20)   NOT NULL,
    amount               BIGINT        NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    form_token           VARCHAR(40)   NOT NULL,
    gateway_transaction  VARCHAR(80)   NULL,
    requested_by         VARCHAR(254)  NOT NULL,
    requested_at         ${timestamp}  NOT NULL,
    settled_at           ${timestamp}  NULL,
    received_on          DATE          NULL,
    failure_reason       VARCHAR(300)  NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT pk_mobile_payment PRIMARY KEY (id),
    CONSTRAINT uk_mobile_payment_reference UNIQUE (reference),
    CONSTRAINT uk_mobile_payment_form_token UNIQUE (form_token),
    CONSTRAINT uk_mobile_payment_transaction UNIQUE (gateway_transaction)
)${table_options};

CREATE INDEX ix_mobile_payment_employer ON mobile_payment (employer_number, requested_at);

-- The answers the partner API gave, by endpoint and Idempotency-Key ("endpoint key"): the same key
-- with the same body gets the same answer again; with another body, 422.
CREATE TABLE api_idempotency (
    request_key      VARCHAR(170)   NOT NULL,
    body_hash        VARCHAR(64)    NOT NULL,
    status_code      INT            NOT NULL,
    response_body    VARCHAR(2000)  NOT NULL,
    created_at       ${timestamp}   NOT NULL,
    CONSTRAINT pk_api_idempotency PRIMARY KEY (request_key)
)${table_options};
