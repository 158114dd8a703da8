-- Issue 13, transfer notifications from banks through the partner API: a bank's client says which
-- CNSS account it keeps (its notifications are lines of that account's statement); a transfer no
-- payment notice claims becomes a request for Recouvrement, who finds whose money it is.
ALTER TABLE partner_client ADD bank_code VARCHAR(20) NULL;

INSERT INTO routing_rule (kind, department_code, service_level_days) VALUES ('UNMATCHED_TRANSFER', 'RECOUVREMENT', 5);
