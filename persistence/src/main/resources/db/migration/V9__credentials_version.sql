-- Sessions are closed by a password change when their credentials version is older than the
-- account's: a counter, because MariaDB keeps whole seconds and a time comparison could not tell a
-- session opened just before a change from one opened just after.
ALTER TABLE user_account ADD credentials_version BIGINT DEFAULT 0 NOT NULL;
