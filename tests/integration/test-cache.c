/* test-cache.c: the offline cache's file: created private, migrated,
 * reopened, refused when too new or not a cache, one per account, cleared,
 * deleted, and never holding a password or an ID number.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* memmem() and umask(). */
#define _GNU_SOURCE

#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "cache-test-util.h"

static void
test_migrates_from_empty (CacheFixture *fixture,
                          gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcCache) cache = ec_cache_open (fixture->path, &error);
  g_autoptr (GPtrArray) records = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (cache);
  g_assert_cmpstr (ec_cache_get_path (cache), ==, fixture->path);

  records = cache_test_query_all (cache);
  g_assert_cmpuint (records->len, ==, 0);
  g_assert_null (ec_cache_dup_cursor (cache));
  g_assert_null (ec_cache_dup_etag (cache));
  g_assert_null (ec_cache_dup_account_state (cache));
  g_assert_cmpint (ec_cache_get_last_synced (cache), ==, 0);

  g_assert_cmpint (cache_test_sqlite_int (fixture->path, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (cache_test_sqlite_int (fixture->path, "PRAGMA application_id"), ==, 0x45436143);
  g_assert_cmpint (cache_test_sqlite_int (fixture->path,
                                          "SELECT count(*) FROM sqlite_schema"
                                          " WHERE name IN ('records', 'meta')"),
                   ==, 2);
  g_assert_cmpint (cache_test_sqlite_int (fixture->path,
                                          "SELECT count(*) FROM sqlite_schema WHERE type = 'index'"
                                          " AND name LIKE 'records\\_%' ESCAPE '\\'"),
                   ==, 6);
  {
    g_autofree char *mode = cache_test_sqlite_text (fixture->path, "PRAGMA journal_mode");

    g_assert_cmpstr (mode, ==, "wal");
  }
}

/* An empty file is what an open that stopped before SQLite wrote leaves. */
static void
test_migrates_empty_file (CacheFixture *fixture,
                          gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcCache) cache = NULL;

  g_assert_true (g_file_set_contents (fixture->path, "", 0, NULL));
  cache = ec_cache_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cache_test_sqlite_int (fixture->path, "PRAGMA user_version"), ==, 1);
}

static void
test_reopen_keeps_data (CacheFixture *fixture,
                        gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcCache) cache = ec_cache_open (fixture->path, &error);
  g_autoptr (EcRecord) expected = cache_test_record (7, "公文寫作", cache_test_taiwan_time (2026, 3, 2, 9),
                                                     120, EC_UPLOAD_STATUS_PENDING);
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (EcAccountState) state = NULL;
  g_autofree char *cursor = NULL;
  g_autofree char *etag = NULL;
  gint64           last_synced;
  EcRecordsPage   *page;

  g_assert_no_error (error);
  page = cache_test_page ("cursor-1", "\"etag-1\"", ec_record_copy (expected), NULL);
  page->account_state = cache_test_account_state (EC_ACCOUNT_KIND_OFFICIAL);
  cache_test_apply (cache, TRUE, page, NULL);
  last_synced = ec_cache_get_last_synced (cache);
  g_clear_object (&cache);

  /* Closed: the WAL was checkpointed into the file and removed. */
  {
    g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);

    g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  }

  cache = ec_cache_open (fixture->path, &error);
  g_assert_no_error (error);
  records = cache_test_query_all (cache);
  g_assert_cmpuint (records->len, ==, 1);
  cache_test_assert_records_equal (g_ptr_array_index (records, 0), expected);

  cursor = ec_cache_dup_cursor (cache);
  etag = ec_cache_dup_etag (cache);
  state = ec_cache_dup_account_state (cache);
  g_assert_cmpstr (cursor, ==, "cursor-1");
  g_assert_cmpstr (etag, ==, "\"etag-1\"");
  g_assert_nonnull (state);
  g_assert_cmpint (state->kind, ==, EC_ACCOUNT_KIND_OFFICIAL);
  g_assert_cmpint (ec_cache_get_last_synced (cache), ==, last_synced);
}

/* The modes must not depend on the umask: with none at all, everything
 * would otherwise be readable by every user of the computer. */
static void
test_file_modes (CacheFixture *fixture,
                 gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcCache) cache = NULL;
  g_autofree char *parent = g_build_filename (fixture->dir, "data", "caches", NULL);
  g_autofree char *path = g_build_filename (parent, "account.sqlite", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autofree char *grandparent = g_path_get_dirname (parent);
  mode_t           previous = umask (0);

  cache = ec_cache_open (path, &error);
  g_assert_no_error (error);
  cache_test_apply (cache, TRUE,
                    cache_test_page ("c", "e",
                                     cache_test_record (1, "資訊安全", cache_test_taiwan_time (2026, 5, 1, 10),
                                                        60, EC_UPLOAD_STATUS_UPLOADED),
                                     NULL),
                    NULL);

  g_assert_cmpuint (cache_test_file_mode (grandparent), ==, 0700);
  g_assert_cmpuint (cache_test_file_mode (parent), ==, 0700);
  g_assert_cmpuint (cache_test_file_mode (path), ==, 0600);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (shm, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (cache_test_file_mode (wal), ==, 0600);
  g_assert_cmpuint (cache_test_file_mode (shm), ==, 0600);
  g_clear_object (&cache);

  /* A file left readable by others (an older version, a copy) is
   * narrowed when it is opened. */
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  cache = ec_cache_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cache_test_file_mode (path), ==, 0600);
  g_assert_cmpuint (cache_test_file_mode (wal), ==, 0600);
  g_assert_cmpuint (cache_test_file_mode (shm), ==, 0600);

  umask (previous);
}

/* What a newer version of the app leaves: a cache at a schema version this
 * code does not know. */
static void
test_too_new_untouched (CacheFixture *fixture,
                        gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcCache) cache = ec_cache_open (fixture->path, &error);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (fixture->path, "-shm", NULL);

  g_assert_no_error (error);
  cache_test_apply (cache, TRUE,
                    cache_test_page ("c", "e",
                                     cache_test_record (1, "防災教育", cache_test_taiwan_time (2026, 5, 1, 10),
                                                        60, EC_UPLOAD_STATUS_UPLOADED),
                                     NULL),
                    NULL);
  g_clear_object (&cache);
  cache_test_sqlite_exec (fixture->path, "PRAGMA user_version = 99");
  /* A mode this code would narrow, to see that it does not. */
  g_assert_cmpint (g_chmod (fixture->path, 0640), ==, 0);
  before = cache_test_file_checksum (fixture->path);

  for (guint i = 0; i < 2; i++)
    {
      cache = ec_cache_open (fixture->path, &error);
      g_assert_error (error, EC_CACHE_ERROR, EC_CACHE_ERROR_TOO_NEW);
      g_assert_null (cache);
      g_assert_cmpstr (error->message, !=, "");
      g_clear_error (&error);
    }

  after = cache_test_file_checksum (fixture->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (cache_test_file_mode (fixture->path), ==, 0640);
  /* Nothing made beside it either. */
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
  g_assert_cmpint (cache_test_sqlite_int (fixture->path, "PRAGMA user_version"), ==, 99);
}

/* The same, with the new version still in the WAL: the newer app crashed
 * (or is running) before writing it back into the file, whose own header
 * still says version 1. */
static void
test_too_new_in_wal_untouched (CacheFixture *fixture,
                               gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcCache) cache = ec_cache_open (fixture->path, &error);
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *db_before = NULL;
  g_autofree char *wal_before = NULL;
  g_autofree char *db_after = NULL;
  g_autofree char *wal_after = NULL;
  sqlite3         *db;
  int              persist = 1;

  g_assert_no_error (error);
  g_clear_object (&cache);

  db = cache_test_sqlite_open (fixture->path);
  g_assert_cmpint (sqlite3_file_control (db, NULL, SQLITE_FCNTL_PERSIST_WAL, &persist), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA wal_autocheckpoint = 0; PRAGMA user_version = 99",
                                 NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  db_before = cache_test_file_checksum (fixture->path);
  wal_before = cache_test_file_checksum (wal);

  cache = ec_cache_open (fixture->path, &error);
  g_assert_error (error, EC_CACHE_ERROR, EC_CACHE_ERROR_TOO_NEW);
  g_assert_null (cache);

  db_after = cache_test_file_checksum (fixture->path);
  wal_after = cache_test_file_checksum (wal);
  g_assert_cmpstr (db_after, ==, db_before);
  g_assert_cmpstr (wal_after, ==, wal_before);
}

static void
assert_refused_as_corrupt (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcCache) cache = NULL;
  g_autofree char *before = cache_test_file_checksum (path);
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  guint            mode = cache_test_file_mode (path);

  cache = ec_cache_open (path, &error);
  g_assert_error (error, EC_CACHE_ERROR, EC_CACHE_ERROR_CORRUPT);
  g_assert_null (cache);

  after = cache_test_file_checksum (path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (cache_test_file_mode (path), ==, mode);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
}

static void
test_garbage_untouched (CacheFixture *fixture,
                        gconstpointer user_data)
{
  g_autoptr (GString) garbage = g_string_new ("");

  for (guint i = 0; i < 300; i++)
    g_string_append_printf (garbage, "not a database, line %u\n", i);
  g_assert_true (g_file_set_contents (fixture->path, garbage->str, garbage->len, NULL));
  assert_refused_as_corrupt (fixture->path);

  /* Shorter than a SQLite header. */
  g_assert_true (g_file_set_contents (fixture->path, "garbage", -1, NULL));
  assert_refused_as_corrupt (fixture->path);
}

/* Another program's database: migrating it would add the cache's tables to
 * it. */
static void
test_foreign_database_untouched (CacheFixture *fixture,
                                 gconstpointer user_data)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('x')",
                                 NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);
  assert_refused_as_corrupt (fixture->path);

  cache_test_sqlite_exec (fixture->path, "PRAGMA application_id = 42; PRAGMA user_version = 1");
  assert_refused_as_corrupt (fixture->path);
}

static void
test_path_per_account (void)
{
  g_autofree char *a = ec_cache_dup_default_path ("https://elearn.example.tw", "wang.daming");
  g_autofree char *a_again = ec_cache_dup_default_path ("https://elearn.example.tw", "wang.daming");
  g_autofree char *b = ec_cache_dup_default_path ("https://elearn.example.tw", "lin.meihua");
  g_autofree char *c = ec_cache_dup_default_path ("https://other.example.tw", "wang.daming");
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "elearn-companion", "caches", NULL);
  g_autofree char *a_dir = g_path_get_dirname (a);
  g_autofree char *b_dir = g_path_get_dirname (b);
  g_autofree char *a_name = g_path_get_basename (a);

  g_assert_cmpstr (a, ==, a_again);
  g_assert_cmpstr (a, !=, b);
  g_assert_cmpstr (a, !=, c);
  g_assert_cmpstr (b, !=, c);
  g_assert_cmpstr (a_dir, ==, dir);
  g_assert_cmpstr (b_dir, ==, dir);

  /* 64 hex digits and a suffix: nothing of the account shows. */
  g_assert_cmpuint (strlen (a_name), ==, 64 + strlen (".sqlite"));
  g_assert_true (g_str_has_suffix (a_name, ".sqlite"));
  for (guint i = 0; i < 64; i++)
    g_assert_true (g_ascii_isxdigit (a_name[i]));
  g_assert_null (strstr (a, "wang"));
  g_assert_null (strstr (a, "example"));
}

/* Two accounts on one computer keep two caches that do not mix (in the
 * test's folder, under the names the default paths give). */
static void
test_two_accounts (CacheFixture *fixture,
                   gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *a_default = ec_cache_dup_default_path ("https://elearn.example.tw", "wang.daming");
  g_autofree char *b_default = ec_cache_dup_default_path ("https://elearn.example.tw", "lin.meihua");
  g_autofree char *a_name = g_path_get_basename (a_default);
  g_autofree char *b_name = g_path_get_basename (b_default);
  g_autofree char *a_path = g_build_filename (fixture->dir, a_name, NULL);
  g_autofree char *b_path = g_build_filename (fixture->dir, b_name, NULL);
  g_autoptr (EcCache) a = NULL;
  g_autoptr (EcCache) b = NULL;
  g_autoptr (GPtrArray) a_records = NULL;
  g_autoptr (GPtrArray) b_records = NULL;

  a = ec_cache_open (a_path, &error);
  g_assert_no_error (error);
  b = ec_cache_open (b_path, &error);
  g_assert_no_error (error);

  cache_test_apply (a, TRUE,
                    cache_test_page ("a", NULL,
                                     cache_test_record (1, "王的課", 0, 60, EC_UPLOAD_STATUS_PENDING),
                                     NULL),
                    NULL);
  cache_test_apply (b, TRUE,
                    cache_test_page ("b", NULL,
                                     cache_test_record (2, "林的課", 0, 60, EC_UPLOAD_STATUS_PENDING),
                                     NULL),
                    NULL);

  a_records = cache_test_query_all (a);
  b_records = cache_test_query_all (b);
  CACHE_TEST_ASSERT_IDS (a_records, 1);
  CACHE_TEST_ASSERT_IDS (b_records, 2);

  g_clear_object (&a);
  g_clear_object (&b);
  g_assert_true (ec_cache_delete_file (a_path, &error));
  g_assert_true (ec_cache_delete_file (b_path, &error));
  g_assert_no_error (error);
}

static void
test_clear (CacheFixture *fixture,
            gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcCache) cache = ec_cache_open (fixture->path, &error);
  g_autoptr (GPtrArray) records = NULL;
  EcRecordsPage *page;

  g_assert_no_error (error);
  page = cache_test_page ("c", "e",
                          cache_test_record (1, "一", 0, 60, EC_UPLOAD_STATUS_PENDING),
                          cache_test_record (2, "二", 0, 60, EC_UPLOAD_STATUS_PENDING),
                          NULL);
  page->account_state = cache_test_account_state (EC_ACCOUNT_KIND_OFFICIAL);
  cache_test_apply (cache, TRUE, page, NULL);

  g_assert_true (ec_cache_clear (cache, &error));
  g_assert_no_error (error);

  records = cache_test_query_all (cache);
  g_assert_cmpuint (records->len, ==, 0);
  g_assert_null (ec_cache_dup_cursor (cache));
  g_assert_null (ec_cache_dup_etag (cache));
  g_assert_null (ec_cache_dup_account_state (cache));
  g_assert_cmpint (ec_cache_get_last_synced (cache), ==, 0);

  /* Still a working cache. */
  cache_test_apply (cache, TRUE,
                    cache_test_page ("d", NULL,
                                     cache_test_record (3, "三", 0, 60, EC_UPLOAD_STATUS_PENDING),
                                     NULL),
                    NULL);
  g_clear_pointer (&records, g_ptr_array_unref);
  records = cache_test_query_all (cache);
  CACHE_TEST_ASSERT_IDS (records, 3);
}

static void
test_delete_file (CacheFixture *fixture,
                  gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcCache) cache = ec_cache_open (fixture->path, &error);
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (fixture->path, "-shm", NULL);
  sqlite3         *db;
  int              persist = 1;

  g_assert_no_error (error);
  cache_test_apply (cache, TRUE,
                    cache_test_page ("c", NULL,
                                     cache_test_record (1, "一", 0, 60, EC_UPLOAD_STATUS_PENDING),
                                     NULL),
                    NULL);
  g_clear_object (&cache);

  /* What a crash leaves: the -wal and -shm files beside the database (here
   * kept by asking SQLite not to remove them on close). */
  db = cache_test_sqlite_open (fixture->path);
  g_assert_cmpint (sqlite3_file_control (db, NULL, SQLITE_FCNTL_PERSIST_WAL, &persist), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM records", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (shm, G_FILE_TEST_EXISTS));

  g_assert_true (ec_cache_delete_file (fixture->path, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));

  /* Nothing left to delete is not an error. */
  g_assert_true (ec_cache_delete_file (fixture->path, &error));
  g_assert_no_error (error);
}

static void
assert_file_lacks (const char *path,
                   const char *secret)
{
  g_autofree char *contents = NULL;
  gsize            length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return;
  g_assert_null (memmem (contents, length, secret, strlen (secret)));
}

/* The cache receives records, a cursor, an ETag and the account state: no
 * API reply it is given holds a password or an ID number, and the login
 * that names the file is hashed.  This reads every byte of the files to
 * prove that nothing on that path stores them. */
static void
test_no_secrets_on_disk (CacheFixture *fixture,
                         gconstpointer user_data)
{
  /* The learner's password and ID number, as the login form would have
   * them, and the login the cache is named after. */
  const char *const secrets[] = { "demo2026", "A123456789", "123456789", "wang.daming" };
  g_autoptr (GError) error = NULL;
  g_autoptr (EcCache) cache = NULL;
  g_autofree char *path = ec_cache_dup_default_path ("https://elearn.example.tw", "wang.daming");
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *private_path = g_build_filename (fixture->dir, name, NULL);
  const char      *suffixes[] = { "", "-wal", "-shm" };
  EcRecordsPage   *page;

  cache = ec_cache_open (private_path, &error);
  g_assert_no_error (error);
  page = cache_test_page ("MTYuMTY", "\"3f2a\"",
                          cache_test_record (15, "水資源保育與永續", cache_test_taiwan_time (2026, 11, 5, 3),
                                             120, EC_UPLOAD_STATUS_UPLOADED),
                          cache_test_record (16, "環境教育法規導讀", cache_test_taiwan_time (2026, 11, 28, 3),
                                             120, EC_UPLOAD_STATUS_PENDING),
                          NULL);
  page->account_state = cache_test_account_state (EC_ACCOUNT_KIND_OFFICIAL);
  cache_test_apply (cache, TRUE, page, NULL);

  for (guint pass = 0; pass < 2; pass++)
    {
      /* First with the sync still in the WAL, then checkpointed. */
      if (pass == 1)
        g_clear_object (&cache);

      for (guint s = 0; s < G_N_ELEMENTS (secrets); s++)
        {
          g_assert_null (strstr (private_path, secrets[s]));
          for (guint f = 0; f < G_N_ELEMENTS (suffixes); f++)
            {
              g_autofree char *file = g_strconcat (private_path, suffixes[f], NULL);

              assert_file_lacks (file, secrets[s]);
            }
        }
    }
}

/* A GError's domain is matched by its name across processes and in
 * logs: the formatter once turned "ec-cache-error-quark" into
 * "ec - cache - error - quark". */
static void
test_error_domains (void)
{
  g_assert_cmpstr (g_quark_to_string (EC_CACHE_ERROR), ==, "ec-cache-error-quark");
  g_assert_cmpstr (g_quark_to_string (EC_CREDENTIAL_ERROR), ==, "ec-credential-error-quark");
  g_assert_cmpstr (g_quark_to_string (EC_VALIDATION_ERROR), ==, "ec-validation-error-quark");
  g_assert_cmpstr (g_quark_to_string (EC_DATA_ERROR), ==, "ec-data-error-quark");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, CacheFixture, NULL, cache_fixture_set_up, func, cache_fixture_tear_down)

  ADD ("/cache/open/migrates-from-empty", test_migrates_from_empty);
  ADD ("/cache/open/migrates-empty-file", test_migrates_empty_file);
  ADD ("/cache/open/reopen-keeps-data", test_reopen_keeps_data);
  ADD ("/cache/open/file-modes", test_file_modes);
  ADD ("/cache/open/too-new-untouched", test_too_new_untouched);
  ADD ("/cache/open/too-new-in-wal-untouched", test_too_new_in_wal_untouched);
  ADD ("/cache/open/garbage-untouched", test_garbage_untouched);
  ADD ("/cache/open/foreign-database-untouched", test_foreign_database_untouched);
  g_test_add_func ("/cache/path/per-account", test_path_per_account);
  g_test_add_func ("/cache/error-domains", test_error_domains);
  ADD ("/cache/path/two-accounts", test_two_accounts);
  ADD ("/cache/clear", test_clear);
  ADD ("/cache/delete-file", test_delete_file);
  ADD ("/cache/privacy/no-secrets-on-disk", test_no_secrets_on_disk);

#undef ADD

  return g_test_run ();
}
