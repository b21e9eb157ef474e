-- A test schema for the migration runner (test-db-migrations.c).
CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL
);
