-- Texts of the public pages that the CNSS writes itself, edited by administrators (issue 9: the
-- manual's "LIRE LE MOT DU DG >"). Plain text, paragraphs separated by a blank line, never HTML;
-- each change is audited. The Director General's word starts empty: the portal says it is not
-- published yet rather than show words nobody wrote.
CREATE TABLE editorial_text (
    code        VARCHAR(40)   NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    body        ${text}       NOT NULL,
    signature   VARCHAR(200),
    updated_at  ${timestamp},
    updated_by  VARCHAR(254),
    version     BIGINT        NOT NULL,
    CONSTRAINT pk_editorial_text PRIMARY KEY (code)
)${table_options};

INSERT INTO editorial_text (code, title, body, signature, updated_at, updated_by, version)
VALUES ('MOT_DU_DG', 'Le mot du Directeur général', '', NULL, NULL, NULL, 0);
