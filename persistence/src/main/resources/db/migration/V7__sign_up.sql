-- Sign-up on the online services (issue 4): the registry of insured persons that sign-up checks,
-- the state of accounts (waiting for activation by the CNSS), and sign-ups in progress with their
-- verification code (stored hashed).

CREATE TABLE insured_person (
    id              BIGINT       NOT NULL,
    insured_number  VARCHAR(12)  NOT NULL,
    last_name       VARCHAR(80)  NOT NULL,
    first_names     VARCHAR(100) NOT NULL,
    birth_date      DATE         NOT NULL,
    employer_number VARCHAR(11),
    registered_at   ${timestamp} NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT pk_insured_person PRIMARY KEY (id),
    CONSTRAINT uk_insured_person_number UNIQUE (insured_number)
)${table_options};

-- ACTIVE for every account made before sign-up existed.
ALTER TABLE user_account ADD account_state VARCHAR(20) DEFAULT 'ACTIVE' NOT NULL;

CREATE TABLE sign_up (
    id                  BIGINT        NOT NULL,
    token               VARCHAR(64)   NOT NULL,
    role                VARCHAR(20)   NOT NULL,
    registration_number VARCHAR(20)   NOT NULL,
    email               VARCHAR(254)  NOT NULL,
    phone               VARCHAR(20)   NOT NULL,
    full_name           VARCHAR(150)  NOT NULL,
    details             VARCHAR(2000) NOT NULL,
    password_hash       VARCHAR(200)  NOT NULL,
    code_hash           VARCHAR(200)  NOT NULL,
    code_sent_at        ${timestamp}  NOT NULL,
    code_expires_at     ${timestamp}  NOT NULL,
    failed_attempts     INT           NOT NULL,
    sends               VARCHAR(300)  NOT NULL,
    state               VARCHAR(20)   NOT NULL,
    created_at          ${timestamp}  NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT pk_sign_up PRIMARY KEY (id),
    CONSTRAINT uk_sign_up_token UNIQUE (token)
)${table_options};

CREATE INDEX ix_sign_up_registration ON sign_up (registration_number, state);

-- Account activations are checked by Immatriculation, within 2 days.
INSERT INTO routing_rule (kind, department_code, service_level_days) VALUES ('ACCOUNT_ACTIVATION', 'IMMATRICULATION', 2);
