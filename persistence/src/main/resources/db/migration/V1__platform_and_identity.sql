-- Schema of the platform and identity contexts.
-- Placeholders (set by SchemaMigrations for the database in use):
--   ${timestamp}      TIMESTAMP(6) on H2, DATETIME(6) on MySQL/MariaDB
--   ${table_options}  empty on H2, InnoDB + utf8mb4 on MySQL/MariaDB

CREATE TABLE id_sequence (
    seq_name  VARCHAR(50) NOT NULL,
    seq_count BIGINT      NOT NULL,
    CONSTRAINT pk_id_sequence PRIMARY KEY (seq_name)
)${table_options};

-- Ids below 100000 are left to rows written by migrations.
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('cnss_ids', 100000);

CREATE TABLE department (
    code       VARCHAR(40)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    queue_jndi VARCHAR(120) NOT NULL,
    CONSTRAINT pk_department PRIMARY KEY (code)
)${table_options};

INSERT INTO department (code, name, queue_jndi) VALUES
    ('IMMATRICULATION', 'Immatriculation', 'java:/jms/queue/cnss/immatriculation'),
    ('RECOUVREMENT', 'Recouvrement', 'java:/jms/queue/cnss/recouvrement'),
    ('PRESTATIONS', 'Prestations', 'java:/jms/queue/cnss/prestations'),
    ('RISQUES_PROFESSIONNELS', 'Risques professionnels', 'java:/jms/queue/cnss/risques-professionnels'),
    ('RELATIONS_USAGERS', 'Relations usagers', 'java:/jms/queue/cnss/relations-usagers');

CREATE TABLE user_account (
    id                  BIGINT       NOT NULL,
    email               VARCHAR(254) NOT NULL,
    password_hash       VARCHAR(200) NOT NULL,
    full_name           VARCHAR(150) NOT NULL,
    phone               VARCHAR(20),
    role                VARCHAR(20)  NOT NULL,
    department_code     VARCHAR(40),
    registration_number VARCHAR(20),
    enabled             BOOLEAN      NOT NULL,
    failed_sign_ins     INT          NOT NULL,
    locked_until        ${timestamp} NULL,
    last_sign_in_at     ${timestamp} NULL,
    created_at          ${timestamp} NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT pk_user_account PRIMARY KEY (id),
    CONSTRAINT uk_user_account_email UNIQUE (email),
    CONSTRAINT fk_user_account_department FOREIGN KEY (department_code) REFERENCES department (code)
)${table_options};

CREATE TABLE audit_event (
    id          BIGINT       NOT NULL,
    occurred_at ${timestamp} NOT NULL,
    actor       VARCHAR(254) NOT NULL,
    address     VARCHAR(64),
    action      VARCHAR(40)  NOT NULL,
    outcome     VARCHAR(20)  NOT NULL,
    detail      VARCHAR(500),
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
)${table_options};

CREATE INDEX ix_audit_event_occurred_at ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor);

CREATE TABLE outbound_message (
    id            BIGINT        NOT NULL,
    channel       VARCHAR(10)   NOT NULL,
    recipient     VARCHAR(254)  NOT NULL,
    subject       VARCHAR(200),
    body          VARCHAR(4000) NOT NULL,
    created_at    ${timestamp}  NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    status_detail VARCHAR(300),
    CONSTRAINT pk_outbound_message PRIMARY KEY (id)
)${table_options};

CREATE INDEX ix_outbound_message_created_at ON outbound_message (created_at);
