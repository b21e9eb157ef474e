-- The reference service's database: the platform's people, their accounts,
-- sessions, applications and learning records.  Applied once, in order, by
-- PRAGMA user_version (ec-sim-db.c).  Times are Unix seconds; 0 = never.

-- A person as the platform knows them.  The upload rules' account state
-- (ec-upload-rules.h, EcAccountState) is read from here.
CREATE TABLE persons (
  id INTEGER PRIMARY KEY,
  id_number TEXT UNIQUE,            -- national ID or resident number; never logged
  passport TEXT,
  name TEXT NOT NULL,
  birthday TEXT,                    -- YYYY-MM-DD
  address TEXT,
  phone TEXT,
  identity TEXT NOT NULL DEFAULT 'general-public',
  personnel_category INTEGER NOT NULL DEFAULT 0,
  personnel_category_since INTEGER NOT NULL DEFAULT 0,
  env_account_since INTEGER NOT NULL DEFAULT 0,
  env_service_unit_ok INTEGER NOT NULL DEFAULT 0,
  env_service_unit_since INTEGER NOT NULL DEFAULT 0,
  agency_oid TEXT
);

-- One row per way of logging in.  A 我的e政府 account is official or a
-- natural person's; an eCPA account is always official; a certificate is
-- bound to one of those, or not bound and then an account of its own whose
-- records never merge; a social account's hours never upload.
CREATE TABLE accounts (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES persons (id),
  type TEXT NOT NULL CHECK (type IN ('ecpa', 'gov-tw', 'certificate', 'social')),
  login TEXT NOT NULL,
  password_hash TEXT,               -- PBKDF2-HMAC-SHA256, ec-sim-password.c
  kind TEXT NOT NULL DEFAULT 'natural-person' CHECK (kind IN ('natural-person', 'official')),
  official_since INTEGER NOT NULL DEFAULT 0,
  relogin_at INTEGER NOT NULL DEFAULT 0,
  last_login_at INTEGER NOT NULL DEFAULT 0,
  bound_account_id INTEGER REFERENCES accounts (id),
  failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until INTEGER NOT NULL DEFAULT 0,
  UNIQUE (type, login)
);
CREATE INDEX accounts_person ON accounts (person_id);

-- Bearer tokens: only their SHA-256 is stored.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts (id),
  route TEXT NOT NULL,               -- how the learner logged in (EcLoginRoute id)
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);

-- SMS recovery codes (readable through /admin in the demo).
CREATE TABLE sms_codes (
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts (id),
  code TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used INTEGER NOT NULL DEFAULT 0
);

-- The agency directory (OID → name), seed data.
CREATE TABLE agencies (
  oid TEXT PRIMARY KEY,
  name TEXT NOT NULL
);

-- The personnel authority's records (人事行政局資料) that a conversion is
-- compared with.
CREATE TABLE roster (
  id_number TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  agency_oid TEXT NOT NULL,
  personnel_category INTEGER NOT NULL,
  has_ecpa INTEGER NOT NULL DEFAULT 0
);

-- Conversion applications (自然人轉公務員).
CREATE TABLE applications (
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts (id),
  item TEXT NOT NULL,
  agency_oid TEXT NOT NULL,
  reason TEXT NOT NULL,
  reply TEXT NOT NULL CHECK (reply IN ('converted', 'submitted', 'ecpa-exists')),
  status TEXT NOT NULL CHECK (status IN ('completed', 'pending', 'approved', 'rejected')),
  created_at INTEGER NOT NULL,
  decided_at INTEGER NOT NULL DEFAULT 0,
  idempotency_key TEXT,
  UNIQUE (account_id, idempotency_key)
);

-- Learning records.  `seq` comes from the global change counter, so a sync
-- cursor is the highest seq a client has seen; deletions stay as tombstones.
CREATE TABLE records (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES persons (id),
  account_id INTEGER NOT NULL REFERENCES accounts (id),
  route TEXT NOT NULL,
  course TEXT NOT NULL,
  minutes_lifelong INTEGER NOT NULL DEFAULT 0,
  minutes_teacher INTEGER NOT NULL DEFAULT 0,
  minutes_env INTEGER NOT NULL DEFAULT 0,
  completed_at INTEGER NOT NULL DEFAULT 0,
  uploaded_lifelong INTEGER NOT NULL DEFAULT 0,
  uploaded_teacher INTEGER NOT NULL DEFAULT 0,
  uploaded_env INTEGER NOT NULL DEFAULT 0,
  seq INTEGER NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX records_person_seq ON records (person_id, seq);

-- Service-wide values: the change counter and the clock offset.
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value INTEGER NOT NULL
);
INSERT INTO meta (key, value) VALUES ('seq', 0), ('clock_offset', 0);
