-- Security review (issue 8, finding 10): each notice carries an id, and the record of its delivery
-- is unique on it, so that a notification message redelivered after its e-mail or SMS went out
-- sends nothing twice. Rows written before have none.
ALTER TABLE outbound_message ADD notice_id VARCHAR(36);
CREATE UNIQUE INDEX ux_outbound_message_notice ON outbound_message (notice_id);
