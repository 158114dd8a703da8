-- Issue 12: the benefit requests of the insured space ("Faire une demande"), all to Prestations.
-- A pension is settled after the career is checked and the file completed (longer); the prenatal
-- allowance and the I.J.M are paid from documents the agent checks.
INSERT INTO routing_rule (kind, department_code, service_level_days) VALUES ('PENSION', 'PRESTATIONS', 30);
INSERT INTO routing_rule (kind, department_code, service_level_days) VALUES ('PRENATAL_ALLOWANCE', 'PRESTATIONS', 10);
INSERT INTO routing_rule (kind, department_code, service_level_days) VALUES ('MATERNITY_ALLOWANCE', 'PRESTATIONS', 15);
