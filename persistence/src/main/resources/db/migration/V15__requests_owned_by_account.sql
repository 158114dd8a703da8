-- Security review (issue 8, finding 7): a request belongs to an account, not to an e-mail string.
-- A public pre-registration belonged to whatever address was typed, so that address's owner later
-- read it in "Historique des activités" (and anyone could plant requests in a known account). Now
-- requests filed from a space, profile changes and account activations carry the account's id;
-- public pre-registrations carry none and are reached only by the browser session that filed
-- them (its receipt) and by the CNSS.
ALTER TABLE service_request ADD requester_account_id BIGINT;
UPDATE service_request SET requester_account_id =
    (SELECT a.id FROM user_account a WHERE a.email = service_request.requester_email)
    WHERE kind NOT IN ('EMPLOYER_REGISTRATION', 'DOMESTIC_EMPLOYER_REGISTRATION');
CREATE INDEX ix_service_request_owner ON service_request (requester_account_id, submitted_at);
