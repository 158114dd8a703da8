-- "Modifier mes infos" (issue 4): an employer's or insured person's request to change the account's
-- contact details, decided by the Immatriculation department like account activations.
INSERT INTO routing_rule (kind, department_code, service_level_days) VALUES ('PROFILE_CHANGE', 'IMMATRICULATION', 2);
