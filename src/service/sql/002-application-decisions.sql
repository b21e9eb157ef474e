-- Conversion applications: what the reviewer said, and the reply a retried
-- request must get again.

-- Why an application was rejected, as the reviewer wrote it (optional); the
-- learner sees it with the application.
ALTER TABLE applications ADD COLUMN decision_reason TEXT;

-- The JSON body of the 201 that created an application with an
-- Idempotency-Key: a retry with the same key gets exactly this again, even
-- after the application has moved on.
ALTER TABLE applications ADD COLUMN response TEXT;

-- The learner's list, newest first, and the pending check at every POST.
CREATE INDEX applications_account ON applications (account_id, created_at);
