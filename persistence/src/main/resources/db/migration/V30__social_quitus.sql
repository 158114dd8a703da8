-- Issue 11, "Demande de Quitus Social": the request goes to Recouvrement (5 days); approval issues
-- the quitus as a certificate (issued_certificate) valid for a number of months that is reference
-- data (domain-rules.md §7: not published, 3 months until the fund says otherwise). A certificate
-- may say what it was asked for (the tender); the daily review of quitus against new arrears is
-- claimed by one server of the cluster a day through scheduled_run.
CREATE TABLE certificate_validity (
    kind    VARCHAR(40)  NOT NULL,
    months  INT          NOT NULL,
    CONSTRAINT pk_certificate_validity PRIMARY KEY (kind)
)${table_options};

INSERT INTO certificate_validity (kind, months) VALUES ('SOCIAL_QUITUS', 3);

ALTER TABLE issued_certificate ADD purpose VARCHAR(300) NULL;

CREATE TABLE scheduled_run (
    job       VARCHAR(60)  NOT NULL,
    last_day  DATE         NOT NULL,
    CONSTRAINT pk_scheduled_run PRIMARY KEY (job)
)${table_options};

INSERT INTO scheduled_run (job, last_day) VALUES ('QUITUS_REVIEW', '2000-01-01');

INSERT INTO routing_rule (kind, department_code, service_level_days) VALUES ('SOCIAL_QUITUS', 'RECOUVREMENT', 5);

-- Which employer each quitus request is for: one request at a time per employer.
CREATE TABLE quitus_request (
    request_id       BIGINT       NOT NULL,
    employer_number  VARCHAR(11)  NOT NULL,
    CONSTRAINT pk_quitus_request PRIMARY KEY (request_id),
    CONSTRAINT fk_quitus_request_request FOREIGN KEY (request_id) REFERENCES service_request (id)
)${table_options};

CREATE INDEX ix_quitus_request_employer ON quitus_request (employer_number);
