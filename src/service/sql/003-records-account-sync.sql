-- The learning record is read per account in sync order, (seq, id): GET
-- /api/v1/records pages by it, and its ETag needs the account's highest
-- seq.  Without this index both scan every record of the service.
CREATE INDEX records_account_seq ON records (account_id, seq, id);
