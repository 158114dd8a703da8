-- Issue 12, "Attestation individuelle" (manual, Espace Assurés item 7): the insured person asks,
-- Prestations approves (5 days), and the attestation is issued as a certificate verifiable on
-- /verifier like the quitus, valid for the months of the reference data (not published: 3 until
-- the fund says otherwise). What it certifies as of its issue (the months counted then) is kept
-- with it, so that the PDF downloaded later says the same.
INSERT INTO certificate_validity (kind, months) VALUES ('INDIVIDUAL_CERTIFICATE', 3);

INSERT INTO routing_rule (kind, department_code, service_level_days) VALUES ('INDIVIDUAL_CERTIFICATE', 'PRESTATIONS', 5);

ALTER TABLE issued_certificate ADD statement VARCHAR(600) NULL;
