-- Attachments of requests (issue 3): what the requester joins to a request or to an answer.
-- The description and the bytes live in two tables, so that lists never read the content.
-- The stored name is the generated id; the requester's file name is kept only to show it.

CREATE TABLE request_attachment (
    id          BIGINT       NOT NULL,
    request_id  BIGINT       NOT NULL,
    event_id    BIGINT       NOT NULL,
    file_name   VARCHAR(150) NOT NULL,
    media_type  VARCHAR(50)  NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    sha256      VARCHAR(64)  NOT NULL,
    uploaded_by VARCHAR(254) NOT NULL,
    uploaded_at ${timestamp} NOT NULL,
    CONSTRAINT pk_request_attachment PRIMARY KEY (id),
    CONSTRAINT fk_request_attachment_request FOREIGN KEY (request_id) REFERENCES service_request (id),
    CONSTRAINT fk_request_attachment_event FOREIGN KEY (event_id) REFERENCES request_event (id)
)${table_options};

CREATE INDEX ix_request_attachment_request ON request_attachment (request_id, id);

CREATE TABLE request_attachment_content (
    attachment_id BIGINT  NOT NULL,
    content       ${blob} NOT NULL,
    CONSTRAINT pk_request_attachment_content PRIMARY KEY (attachment_id),
    CONSTRAINT fk_request_attachment_content FOREIGN KEY (attachment_id) REFERENCES request_attachment (id)
)${table_options};
