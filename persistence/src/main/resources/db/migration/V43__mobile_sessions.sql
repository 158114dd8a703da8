-- Issue 13, the CNSS mobile application (scope "mobile"): each device signed in to an account
-- holds a session — its refresh token kept as a SHA-256 only, replaced at each use (the one before
-- kept to detect a stolen token played twice) — listed on "Sécurité du compte", where the user
-- closes it; a new password closes them all (credentials version).
CREATE TABLE mobile_session (
    id                   BIGINT        NOT NULL,
    public_id            VARCHAR(36)   NOT NULL,
    account_id           BIGINT        NOT NULL,
    device               VARCHAR(80)   NOT NULL,
    refresh_hash         VARCHAR(64)   NOT NULL,
    previous_hash        VARCHAR(64)   NULL,
    credentials_version  BIGINT        NOT NULL,
    created_at           ${timestamp}  NOT NULL,
    last_used_at         ${timestamp}  NOT NULL,
    expires_at           ${timestamp}  NOT NULL,
    closed_at            ${timestamp}  NULL,
    closed_why           VARCHAR(120)  NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT pk_mobile_session PRIMARY KEY (id),
    CONSTRAINT uk_mobile_session_public UNIQUE (public_id),
    CONSTRAINT uk_mobile_session_refresh UNIQUE (refresh_hash),
    CONSTRAINT fk_mobile_session_account FOREIGN KEY (account_id) REFERENCES user_account (id)
)${table_options};

CREATE INDEX ix_mobile_session_account ON mobile_session (account_id, closed_at);
CREATE INDEX ix_mobile_session_previous ON mobile_session (previous_hash);
