-- Wrong codes typed against an SMS recovery code: after five, the code is
-- used up, so that a six-digit code cannot be guessed by trying them all.
ALTER TABLE sms_codes ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
CREATE INDEX sms_codes_account ON sms_codes (account_id);
