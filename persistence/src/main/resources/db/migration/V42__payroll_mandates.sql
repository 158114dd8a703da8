-- Issue 13, the payroll software's API: an employer authorises a payroll software (a partner client
-- with the scope "declarations") to send his DNR and monthly declarations; he withdraws it when he
-- wants. Kept after withdrawal: who could act for whom, and when.
CREATE TABLE partner_mandate (
    id               BIGINT        NOT NULL,
    employer_number  VARCHAR(11)   NOT NULL,
    client_id        VARCHAR(40)   NOT NULL,
    granted_at       ${timestamp}  NOT NULL,
    granted_by       VARCHAR(254)  NOT NULL,
    revoked_at       ${timestamp}  NULL,
    revoked_by       VARCHAR(254)  NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT pk_partner_mandate PRIMARY KEY (id)
)${table_options};

CREATE INDEX ix_partner_mandate_employer ON partner_mandate (employer_number, client_id);
