-- Accounts of the old site known by a user name rather than an e-mail (issue 9; the manual's
-- screenshots show "kmelomey2" typed in "Identifiant (Email)"). Such an account waits here until
-- its owner signs in with that name and password and verifies an e-mail address; it then becomes
-- a user_account that keeps the name (legacy_username), so both identifiers keep working.
CREATE TABLE legacy_credential (
    id                   BIGINT        NOT NULL,
    username             VARCHAR(80)   NOT NULL,
    password_hash        VARCHAR(200)  NOT NULL,
    role                 VARCHAR(20)   NOT NULL,
    registration_number  VARCHAR(20)   NOT NULL,
    full_name            VARCHAR(150)  NOT NULL,
    imported_at          ${timestamp}  NOT NULL,
    failed_sign_ins      INT           DEFAULT 0 NOT NULL,
    locked_until         ${timestamp}  NULL,
    claim_token_hash     VARCHAR(200)  NULL,
    claim_started_at     ${timestamp}  NULL,
    claim_email          VARCHAR(254)  NULL,
    claim_code_hash      VARCHAR(200)  NULL,
    claim_code_sent_at   ${timestamp}  NULL,
    claim_code_failures  INT           DEFAULT 0 NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT pk_legacy_credential PRIMARY KEY (id),
    CONSTRAINT uq_legacy_credential_username UNIQUE (username),
    CONSTRAINT uq_legacy_credential_number UNIQUE (registration_number)
)${table_options};

ALTER TABLE user_account ADD legacy_username VARCHAR(80) NULL;
CREATE UNIQUE INDEX ux_user_account_legacy_username ON user_account (legacy_username);
