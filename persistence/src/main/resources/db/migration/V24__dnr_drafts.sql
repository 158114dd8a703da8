-- Issue 10, "Remplir les DNR en ligne": the draft of a quarter's DNR as the employer types it, saved
-- at every change, so that nothing typed is lost when the session ends. One per employer and
-- quarter, shared by the company's accounts; deleted when the DNR is sent.
CREATE TABLE dnr_draft (
    employer_number  VARCHAR(11)   NOT NULL,
    quarter          CHAR(7)       NOT NULL,
    content          ${text}       NOT NULL,
    line_count       INT           NOT NULL,
    updated_at       ${timestamp}  NOT NULL,
    updated_by       VARCHAR(254)  NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT pk_dnr_draft PRIMARY KEY (employer_number, quarter)
)${table_options};
