-- Security review (issue 8, finding 7): wrong tries are counted on every one-time code (profile
-- changes, SMS second factor), in their own transaction; five within the hour cancel the codes of
-- that purpose and destination, a new code included.
ALTER TABLE one_time_code ADD failed_attempts INT DEFAULT 0 NOT NULL;
