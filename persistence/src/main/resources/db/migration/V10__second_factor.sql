-- Second factor (issue 4, quality.md): a TOTP authenticator app (required for CNSS staff) or a
-- code by SMS (employers and insured persons may choose it), plus single-use recovery codes.
-- The TOTP secret is kept encrypted (AES-GCM, key from the environment), never in clear.

ALTER TABLE user_account ADD second_factor VARCHAR(8) DEFAULT 'NONE' NOT NULL;
ALTER TABLE user_account ADD totp_secret VARCHAR(200) NULL;
-- The last 30-second step whose code was accepted: a code is never accepted twice.
ALTER TABLE user_account ADD totp_last_step BIGINT NULL;

CREATE TABLE recovery_code (
    id          BIGINT       NOT NULL,
    account_id  BIGINT       NOT NULL,
    code_digest VARCHAR(64)  NOT NULL,
    created_at  ${timestamp} NOT NULL,
    used_at     ${timestamp} NULL,
    CONSTRAINT pk_recovery_code PRIMARY KEY (id),
    CONSTRAINT uk_recovery_code UNIQUE (account_id, code_digest),
    CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES user_account (id)
)${table_options};

-- Codes sent by SMS or e-mail, to sign in, to prove a number before choosing SMS codes, or to
-- prove a new e-mail address or phone number: digest only, and where the code went.
CREATE TABLE one_time_code (
    id          BIGINT       NOT NULL,
    account_id  BIGINT       NOT NULL,
    purpose     VARCHAR(12)  NOT NULL,
    destination VARCHAR(254) NOT NULL,
    code_digest VARCHAR(64)  NOT NULL,
    created_at  ${timestamp} NOT NULL,
    expires_at  ${timestamp} NOT NULL,
    used_at     ${timestamp} NULL,
    CONSTRAINT pk_one_time_code PRIMARY KEY (id),
    CONSTRAINT fk_one_time_code_account FOREIGN KEY (account_id) REFERENCES user_account (id)
)${table_options};
CREATE INDEX ix_one_time_code_account ON one_time_code (account_id, created_at);
