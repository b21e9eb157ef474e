/* test-db-migrations.c: the SQLite migration runner that the service and
 * the client's cache share, on real database files on disk.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "ec-db-migrations.h"
#include "ec-test-util.h"

#define MIGRATIONS "/io/github/elearncompanion/Companion/tests/db/migrations/"
#define N_RACERS 4

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("ec-db-migrations-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "test.db", NULL);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer user_data)
{
  ec_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static sqlite3 *
open_db (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL),
                   ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 10000);
  return db;
}

static void
exec_sql (sqlite3    *db,
          const char *sql)
{
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
}

static int
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int           value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static int
count_columns (sqlite3    *db,
               const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM pragma_table_info ('%s')", table);

  return query_int (db, sql);
}

static GBytes *
read_file (const char *path)
{
  g_autoptr (GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static void
test_error_quark (void)
{
  /* G_DEFINE_QUARK's first argument is a string that the formatter would
   * space out as a subtraction ("ec - db - error - quark"). */
  g_assert_cmpstr (g_quark_to_string (EC_DB_ERROR), ==, "ec-db-error-quark");
}

static void
test_latest_version (void)
{
  g_autoptr (GError) error = NULL;
  int version = -1;

  g_assert_true (ec_db_get_latest_version (MIGRATIONS "good", &version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, 2);

  g_assert_false (ec_db_get_latest_version (MIGRATIONS "gap", &version, &error));
  g_assert_error (error, EC_DB_ERROR, EC_DB_ERROR_INVALID_MIGRATIONS);
}

static void
test_from_empty (Fixture      *fixture,
                 gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  sqlite3 *db = open_db (fixture->path);
  int      version = -1;

  g_assert_true (ec_db_migrate (db, MIGRATIONS "good", &version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, 2);
  g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, 2);
  g_assert_cmpint (count_columns (db, "people"), ==, 3);
  g_assert_true (sqlite3_get_autocommit (db));
  sqlite3_close (db);
}

/* A database at the newest version is only read: a second run, over a new
 * connection, applies nothing, keeps the data and writes not a byte. */
static void
test_idempotent (Fixture      *fixture,
                 gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) before = NULL;
  g_autoptr (GBytes) after = NULL;
  sqlite3 *db = open_db (fixture->path);
  int      version = -1;

  g_assert_true (ec_db_migrate (db, MIGRATIONS "good", NULL, &error));
  g_assert_no_error (error);
  exec_sql (db, "INSERT INTO people (name, email) VALUES ('A', 'a@example.org')");
  sqlite3_close (db);
  before = read_file (fixture->path);

  db = open_db (fixture->path);
  g_assert_true (ec_db_migrate (db, MIGRATIONS "good", &version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, 2);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM people"), ==, 1);
  sqlite3_close (db);

  after = read_file (fixture->path);
  g_assert_true (g_bytes_equal (before, after));
}

/* A file written by a newer program is refused and left byte for byte as
 * it was, with no journal beside it. */
static void
test_too_new (Fixture      *fixture,
              gconstpointer user_data)
{
  static const char *const side_files[] = { "-journal", "-wal", "-shm" };
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) before = NULL;
  g_autoptr (GBytes) after = NULL;
  sqlite3 *db = open_db (fixture->path);
  int      version = -1;

  g_assert_true (ec_db_migrate (db, MIGRATIONS "good", NULL, &error));
  g_assert_no_error (error);
  exec_sql (db, "CREATE TABLE from_the_future (x); PRAGMA user_version = 7");
  sqlite3_close (db);
  before = read_file (fixture->path);

  db = open_db (fixture->path);
  g_assert_false (ec_db_migrate (db, MIGRATIONS "good", &version, &error));
  g_assert_error (error, EC_DB_ERROR, EC_DB_ERROR_TOO_NEW);
  g_assert_cmpint (version, ==, 7);
  g_assert_true (sqlite3_get_autocommit (db));
  sqlite3_close (db);

  after = read_file (fixture->path);
  g_assert_true (g_bytes_equal (before, after));
  for (guint i = 0; i < G_N_ELEMENTS (side_files); i++)
    {
      g_autofree char *side = g_strconcat (fixture->path, side_files[i], NULL);

      g_assert_false (g_file_test (side, G_FILE_TEST_EXISTS));
    }
}

/* A set of migrations with a number used twice, a file that is not
 * numbered, or no folder at all is a build error: nothing is applied. */
static void
test_invalid (Fixture      *fixture,
              gconstpointer user_data)
{
  const char *set = user_data;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_strconcat (MIGRATIONS, set, NULL);
  sqlite3         *db = open_db (fixture->path);
  int              version = -1;

  g_assert_false (ec_db_migrate (db, dir, &version, &error));
  g_assert_error (error, EC_DB_ERROR, EC_DB_ERROR_INVALID_MIGRATIONS);
  g_assert_cmpint (version, ==, -1);
  g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM sqlite_schema"), ==, 0);
  sqlite3_close (db);
}

static void
test_gap (Fixture      *fixture,
          gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  sqlite3 *db = open_db (fixture->path);

  g_assert_false (ec_db_migrate (db, MIGRATIONS "gap", NULL, &error));
  g_assert_error (error, EC_DB_ERROR, EC_DB_ERROR_INVALID_MIGRATIONS);
  g_assert_nonnull (strstr (error->message, "migration 002 is missing"));
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM sqlite_schema"), ==, 0);
  sqlite3_close (db);
}

/* A migration that fails half-way is rolled back whole; the ones before it
 * stay, and the connection is not left inside a transaction. */
static void
test_failing_rolls_back (Fixture      *fixture,
                         gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  sqlite3 *db = open_db (fixture->path);
  int      version = -1;

  g_assert_false (ec_db_migrate (db, MIGRATIONS "failing", &version, &error));
  g_assert_error (error, EC_DB_ERROR, EC_DB_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "002-broken.sql"));
  g_assert_cmpint (version, ==, -1);
  g_assert_true (sqlite3_get_autocommit (db));
  g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (count_columns (db, "people"), ==, 2);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM people"), ==, 0);
  sqlite3_close (db);
}

static gpointer
migrate_in_thread (gpointer data)
{
  const char *path = data;
  g_autoptr (GError) error = NULL;
  sqlite3 *db = open_db (path);
  int      version = -1;

  g_assert_true (ec_db_migrate (db, MIGRATIONS "good", &version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, 2);
  sqlite3_close (db);
  return NULL;
}

/* Connections that open one new file at once migrate it once: applied
 * twice, 001 would fail on its CREATE TABLE. */
static void
test_concurrent (Fixture      *fixture,
                 gconstpointer user_data)
{
  GThread *threads[N_RACERS];
  sqlite3 *db;

  for (guint i = 0; i < N_RACERS; i++)
    threads[i] = g_thread_new ("migrate", migrate_in_thread, fixture->path);
  for (guint i = 0; i < N_RACERS; i++)
    g_thread_join (threads[i]);

  db = open_db (fixture->path);
  g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, 2);
  g_assert_cmpint (count_columns (db, "people"), ==, 3);
  sqlite3_close (db);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/db/migrations/error-quark", test_error_quark);
  g_test_add_func ("/db/migrations/latest-version", test_latest_version);
  g_test_add ("/db/migrations/from-empty", Fixture, NULL, fixture_set_up, test_from_empty, fixture_tear_down);
  g_test_add ("/db/migrations/idempotent", Fixture, NULL, fixture_set_up, test_idempotent, fixture_tear_down);
  g_test_add ("/db/migrations/too-new", Fixture, NULL, fixture_set_up, test_too_new, fixture_tear_down);
  g_test_add ("/db/migrations/gap", Fixture, NULL, fixture_set_up, test_gap, fixture_tear_down);
  g_test_add ("/db/migrations/invalid/duplicate", Fixture, "duplicate", fixture_set_up, test_invalid, fixture_tear_down);
  g_test_add ("/db/migrations/invalid/unnumbered", Fixture, "unnumbered", fixture_set_up, test_invalid, fixture_tear_down);
  g_test_add ("/db/migrations/invalid/missing-folder", Fixture, "no-such-set", fixture_set_up, test_invalid, fixture_tear_down);
  g_test_add ("/db/migrations/failing-rolls-back", Fixture, NULL, fixture_set_up, test_failing_rolls_back, fixture_tear_down);
  g_test_add ("/db/migrations/concurrent", Fixture, NULL, fixture_set_up, test_concurrent, fixture_tear_down);

  return g_test_run ();
}
