-- Issue 13, the partner API: the clients an administrator registers (banks, mobile-money
-- operators, payroll software, public buyers) with their scopes and call rate; their secrets,
-- hashed, several at once during a rotation's overlap; the key pair that signs access tokens when
-- the deployment provides none (shared by every server of a cluster).
CREATE TABLE partner_client (
    id                BIGINT        NOT NULL,
    client_id         VARCHAR(40)   NOT NULL,
    name              VARCHAR(120)  NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    scopes            VARCHAR(100)  NOT NULL,
    calls_per_minute  INT           NOT NULL,
    created_at        ${timestamp}  NOT NULL,
    created_by        VARCHAR(254)  NOT NULL,
    revoked_at        ${timestamp}  NULL,
    revoked_by        VARCHAR(254)  NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT pk_partner_client PRIMARY KEY (id),
    CONSTRAINT uk_partner_client_id UNIQUE (client_id)
)${table_options};

CREATE TABLE partner_secret (
    id           BIGINT        NOT NULL,
    client_id    VARCHAR(40)   NOT NULL,
    secret_hash  VARCHAR(64)   NOT NULL,
    signing_key  VARCHAR(64)   NOT NULL,
    hint         VARCHAR(4)    NOT NULL,
    created_at   ${timestamp}  NOT NULL,
    expires_at   ${timestamp}  NULL,
    CONSTRAINT pk_partner_secret PRIMARY KEY (id),
    CONSTRAINT uk_partner_secret_hash UNIQUE (secret_hash),
    CONSTRAINT fk_partner_secret_client FOREIGN KEY (client_id) REFERENCES partner_client (client_id)
)${table_options};
CREATE INDEX ix_partner_secret_client ON partner_secret (client_id);

CREATE TABLE api_signing_key (
    key_id       VARCHAR(40)   NOT NULL,
    private_key  ${text}       NOT NULL,
    public_key   ${text}       NOT NULL,
    created_at   ${timestamp}  NOT NULL,
    CONSTRAINT pk_api_signing_key PRIMARY KEY (key_id)
)${table_options};
