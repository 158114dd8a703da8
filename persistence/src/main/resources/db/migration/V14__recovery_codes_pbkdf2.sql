-- Security review (issue 8): recovery codes are now kept as PBKDF2 digests, like passwords, and
-- no longer as salted SHA-256. The old digests cannot be converted without the codes themselves,
-- and no weak digest may wait in the table: they are removed. Their owners still sign in with
-- their app or SMS codes and make new recovery codes in "Sécurité du compte" (before going live,
-- only demo and test accounts had any).
DELETE FROM recovery_code;
