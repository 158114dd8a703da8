-- Issue 11: certificates the portal issues (attestation d'immatriculation now, quitus social next),
-- each verifiable by anyone on /verifier with its reference and code (or the QR code of its PDF).
-- The reference is random (not a counter: nothing to enumerate); the code is kept encrypted
-- (DataCipher), so that the holder can download the same PDF again.
CREATE TABLE issued_certificate (
    id                 BIGINT        NOT NULL,
    reference          VARCHAR(30)   NOT NULL,
    kind               VARCHAR(40)   NOT NULL,
    holder_number      VARCHAR(20)   NOT NULL,
    holder_name        VARCHAR(150)  NOT NULL,
    issued_at          ${timestamp}  NOT NULL,
    valid_from         DATE          NOT NULL,
    valid_until        DATE          NULL,
    code_cipher        VARCHAR(255)  NOT NULL,
    revoked_at         ${timestamp}  NULL,
    revocation_reason  VARCHAR(300)  NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT pk_issued_certificate PRIMARY KEY (id),
    CONSTRAINT uk_issued_certificate_reference UNIQUE (reference)
)${table_options};

CREATE INDEX ix_issued_certificate_holder ON issued_certificate (holder_number, kind, issued_at);
