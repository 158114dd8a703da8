-- In-app notices (issue 3): what the portal tells a person in their own space, next to the
-- e-mail and SMS; read or not, with a link to what it is about.

CREATE TABLE in_app_notice (
    id              BIGINT        NOT NULL,
    recipient_email VARCHAR(254)  NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    body            VARCHAR(4000) NOT NULL,
    link            VARCHAR(300),
    created_at      ${timestamp}  NOT NULL,
    read_at         ${timestamp}  NULL,
    CONSTRAINT pk_in_app_notice PRIMARY KEY (id)
)${table_options};

CREATE INDEX ix_in_app_notice_recipient ON in_app_notice (recipient_email, created_at);
