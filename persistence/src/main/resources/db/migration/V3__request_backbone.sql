-- The request backbone (issue 3): every request, its history, its work item, the routing table.
-- Placeholders: ${timestamp}, ${text} (CLOB on H2, LONGTEXT on MySQL), ${table_options}.

CREATE TABLE routing_rule (
    kind               VARCHAR(30) NOT NULL,
    department_code    VARCHAR(40) NOT NULL,
    service_level_days INT         NOT NULL,
    CONSTRAINT pk_routing_rule PRIMARY KEY (kind),
    CONSTRAINT fk_routing_rule_department FOREIGN KEY (department_code) REFERENCES department (code)
)${table_options};

-- Claims go to Relations usagers (design.md); 15 days to answer.
INSERT INTO routing_rule (kind, department_code, service_level_days) VALUES ('CLAIM', 'RELATIONS_USAGERS', 15);

CREATE TABLE request_reference_counter (
    prefix      VARCHAR(2) NOT NULL,
    ref_year    INT        NOT NULL,
    last_number BIGINT     NOT NULL,
    CONSTRAINT pk_request_reference_counter PRIMARY KEY (prefix, ref_year)
)${table_options};

CREATE TABLE service_request (
    id              BIGINT       NOT NULL,
    reference       VARCHAR(20)  NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    requester_email VARCHAR(254) NOT NULL,
    requester_name  VARCHAR(150) NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    summary         VARCHAR(200) NOT NULL,
    payload         ${text}      NOT NULL,
    department_code VARCHAR(40)  NOT NULL,
    submitted_at    ${timestamp} NOT NULL,
    decided_at      ${timestamp} NULL,
    rejection_code  VARCHAR(40),
    version         BIGINT       NOT NULL,
    CONSTRAINT pk_service_request PRIMARY KEY (id),
    CONSTRAINT uk_service_request_reference UNIQUE (reference),
    CONSTRAINT fk_service_request_department FOREIGN KEY (department_code) REFERENCES department (code)
)${table_options};

CREATE INDEX ix_service_request_requester ON service_request (requester_email, submitted_at);

CREATE TABLE request_event (
    id           BIGINT        NOT NULL,
    request_id   BIGINT        NOT NULL,
    occurred_at  ${timestamp}  NOT NULL,
    actor        VARCHAR(254)  NOT NULL,
    type         VARCHAR(30)   NOT NULL,
    from_status  VARCHAR(20),
    to_status    VARCHAR(20)   NOT NULL,
    comment_text VARCHAR(4000),
    CONSTRAINT pk_request_event PRIMARY KEY (id),
    CONSTRAINT fk_request_event_request FOREIGN KEY (request_id) REFERENCES service_request (id)
)${table_options};

CREATE INDEX ix_request_event_request ON request_event (request_id, occurred_at);

CREATE TABLE work_item (
    id              BIGINT       NOT NULL,
    request_id      BIGINT       NOT NULL,
    department_code VARCHAR(40)  NOT NULL,
    received_at     ${timestamp} NOT NULL,
    due_at          ${timestamp} NOT NULL,
    assignee        VARCHAR(254),
    version         BIGINT       NOT NULL,
    CONSTRAINT pk_work_item PRIMARY KEY (id),
    -- One work item per request: the message-driven beans rely on it to be idempotent.
    CONSTRAINT uk_work_item_request UNIQUE (request_id),
    CONSTRAINT fk_work_item_request FOREIGN KEY (request_id) REFERENCES service_request (id),
    CONSTRAINT fk_work_item_department FOREIGN KEY (department_code) REFERENCES department (code)
)${table_options};

CREATE INDEX ix_work_item_department ON work_item (department_code, due_at);
