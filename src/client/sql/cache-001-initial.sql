-- The offline cache of one account's learning record.  Applied once, in
-- order, by PRAGMA user_version (ec-cache-open.c).  Times are Unix seconds
-- (0 = never); enums are stored by their nick ("not-eligible"), so that
-- reordering an enum in the code cannot change what a file means; dates are
-- YYYY-MM-DD in Taiwan's time zone, or NULL.

-- "ECaC": tells a cache apart from any other SQLite file, which the cache
-- refuses rather than migrates.
PRAGMA application_id = 1162043715;

-- One row per course, the three networks side by side: a record is always
-- read whole, and one row per record keeps a sync at one write per record.
CREATE TABLE records (
  id INTEGER PRIMARY KEY,
  course TEXT NOT NULL,
  route TEXT NOT NULL,
  completed_at INTEGER NOT NULL DEFAULT 0,
  -- The year of completion in Taiwan's time zone (0 = not completed), kept
  -- apart so that the year filter is an indexed equality.
  year INTEGER NOT NULL DEFAULT 0,
  lifelong_minutes INTEGER NOT NULL DEFAULT 0,
  lifelong_status TEXT NOT NULL,
  lifelong_reason TEXT NOT NULL,
  lifelong_remedy TEXT NOT NULL,
  lifelong_date TEXT,
  lifelong_estimate INTEGER NOT NULL DEFAULT 0,
  teacher_minutes INTEGER NOT NULL DEFAULT 0,
  teacher_status TEXT NOT NULL,
  teacher_reason TEXT NOT NULL,
  teacher_remedy TEXT NOT NULL,
  teacher_date TEXT,
  teacher_estimate INTEGER NOT NULL DEFAULT 0,
  env_minutes INTEGER NOT NULL DEFAULT 0,
  env_status TEXT NOT NULL,
  env_reason TEXT NOT NULL,
  env_remedy TEXT NOT NULL,
  env_date TEXT,
  env_estimate INTEGER NOT NULL DEFAULT 0
);

-- The default view: one year, newest first.
CREATE INDEX records_year ON records (year, completed_at);
CREATE INDEX records_completed ON records (completed_at);
-- The status filters, per network.
CREATE INDEX records_lifelong_status ON records (lifelong_status);
CREATE INDEX records_teacher_status ON records (teacher_status);
CREATE INDEX records_env_status ON records (env_status);
-- The sort by course.  The course search ("%text%") scans the table: no
-- B-tree can seek to a substring, and FTS5's trigram index falls back to a
-- scan for a LIKE with an ESCAPE clause, which a search for a literal % or
-- _ needs.  One account holds at most thousands of records.
CREATE INDEX records_course ON records (course COLLATE NOCASE);

-- The sync state: one row at most.
CREATE TABLE meta (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  cursor TEXT,
  etag TEXT,
  last_synced INTEGER NOT NULL DEFAULT 0,
  account_state TEXT                -- JSON, as the API sent it
);
