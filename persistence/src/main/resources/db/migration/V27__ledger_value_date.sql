-- Issue 11, the contributor account: a payment counts at the date the CNSS received the money
-- (bank value date, mobile-money confirmation), which stops surcharges — not at the moment it was
-- written in the ledger. Declarations have none (the day they were posted is theirs).
ALTER TABLE ledger_entry ADD COLUMN value_date DATE NULL;
