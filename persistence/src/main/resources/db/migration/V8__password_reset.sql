-- "Mot de passe oublié ?" (issue 4): single-use links valid 30 minutes, stored as a digest of the
-- token; and when an account's password last changed, so that older sessions are closed.

CREATE TABLE password_reset (
    id           BIGINT       NOT NULL,
    account_id   BIGINT       NOT NULL,
    token_digest VARCHAR(64)  NOT NULL,
    created_at   ${timestamp} NOT NULL,
    expires_at   ${timestamp} NOT NULL,
    used_at      ${timestamp} NULL,
    CONSTRAINT pk_password_reset PRIMARY KEY (id),
    CONSTRAINT uk_password_reset_token UNIQUE (token_digest),
    CONSTRAINT fk_password_reset_account FOREIGN KEY (account_id) REFERENCES user_account (id)
)${table_options};

ALTER TABLE user_account ADD credentials_changed_at ${timestamp} NULL;
