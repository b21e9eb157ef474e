/* test-cache-sync.c: applying syncs to the offline cache: full and
 * incremental, tombstones, 304s, and a sync that is killed half-way or
 * meets a full disk, after which the cache must hold its last good state.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "cache-test-util.h"
#include "ec-test-util.h"

static EcCache *
open_cache (const char *path)
{
  g_autoptr (GError) error = NULL;
  EcCache *cache = ec_cache_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (cache);
  return cache;
}

static EcRecord *
find_record (GPtrArray *records,
             gint64     id)
{
  for (guint i = 0; i < records->len; i++)
    {
      EcRecord *record = g_ptr_array_index (records, i);

      if (record->id == id)
        return record;
    }
  return NULL;
}

static void
assert_meta (EcCache    *cache,
             const char *cursor,
             const char *etag,
             const char *kind)
{
  g_autofree char *got_cursor = ec_cache_dup_cursor (cache);
  g_autofree char *got_etag = ec_cache_dup_etag (cache);
  g_autoptr (EcAccountState) state = ec_cache_dup_account_state (cache);

  g_assert_cmpstr (got_cursor, ==, cursor);
  g_assert_cmpstr (got_etag, ==, etag);
  if (kind == NULL)
    g_assert_null (state);
  else
    g_assert_cmpstr (ec_account_kind_to_string (state->kind), ==, kind);
}

static gint64
completed (int day)
{
  return cache_test_taiwan_time (2026, 10, day, 10);
}

static void
test_full_then_incremental (CacheFixture *fixture,
                            gconstpointer user_data)
{
  g_autoptr (EcCache) cache = open_cache (fixture->path);
  g_autoptr (GPtrArray) records = NULL;
  EcRecordsPage *first, *second;
  EcRecord      *record;

  /* A full sync over two pages. */
  second = cache_test_page ("p2", "\"e2\"",
                            cache_test_record (4, "四", completed (4), 60, EC_UPLOAD_STATUS_PENDING),
                            cache_test_record (5, "五", completed (5), 60, EC_UPLOAD_STATUS_PENDING),
                            NULL);
  second->account_state = cache_test_account_state (EC_ACCOUNT_KIND_OFFICIAL);
  cache_test_apply (cache, TRUE,
                    cache_test_page ("p1", "\"e1\"",
                                     cache_test_record (1, "一", completed (1), 60, EC_UPLOAD_STATUS_PENDING),
                                     cache_test_record (2, "二", completed (2), 60, EC_UPLOAD_STATUS_PENDING),
                                     cache_test_record (3, "三", completed (3), 60, EC_UPLOAD_STATUS_PENDING),
                                     NULL),
                    second, NULL);

  records = cache_test_query_all (cache);
  CACHE_TEST_ASSERT_IDS (records, 1, 2, 3, 4, 5);
  assert_meta (cache, "p2", "\"e2\"", "official");
  g_assert_cmpint (ec_cache_get_last_synced (cache), >, 0);

  /* An incremental one: updates, tombstones (one for a record never seen),
   * new records, and records that change again on a later page. */
  first = cache_test_page ("p3", "\"e3\"",
                           cache_test_record (2, "二（改）", completed (2), 90, EC_UPLOAD_STATUS_UPLOADED),
                           cache_test_tombstone (3),
                           cache_test_record (6, "六", completed (6), 60, EC_UPLOAD_STATUS_PENDING),
                           cache_test_tombstone (99),
                           cache_test_tombstone (5),
                           cache_test_record (7, "七", completed (7), 60, EC_UPLOAD_STATUS_PENDING),
                           NULL);
  first->account_state = cache_test_account_state (EC_ACCOUNT_KIND_NATURAL_PERSON);
  cache_test_apply (cache, FALSE, first,
                    cache_test_page ("p4", "\"e4\"",
                                     cache_test_record (2, "二（再改）", completed (2), 90,
                                                        EC_UPLOAD_STATUS_NOT_ELIGIBLE),
                                     cache_test_record (5, "五（回來）", completed (5), 30,
                                                        EC_UPLOAD_STATUS_PENDING),
                                     cache_test_tombstone (7),
                                     NULL),
                    NULL);

  g_clear_pointer (&records, g_ptr_array_unref);
  records = cache_test_query_all (cache);
  CACHE_TEST_ASSERT_IDS (records, 1, 2, 4, 5, 6);
  /* The last page without an account state keeps the last one sent. */
  assert_meta (cache, "p4", "\"e4\"", "natural-person");

  record = find_record (records, 2);
  g_assert_cmpstr (record->course, ==, "二（再改）");
  g_assert_cmpint (record->networks[EC_NETWORK_LIFELONG].status, ==, EC_UPLOAD_STATUS_NOT_ELIGIBLE);
  g_assert_cmpuint (record->minutes[EC_NETWORK_TEACHER], ==, 90);
  record = find_record (records, 5);
  g_assert_cmpstr (record->course, ==, "五（回來）");
  g_assert_cmpuint (record->minutes[EC_NETWORK_ENV], ==, 30);

  /* A full sync drops what it does not hold. */
  cache_test_apply (cache, TRUE,
                    cache_test_page ("p5", "\"e5\"",
                                     cache_test_record (1, "一", completed (1), 60, EC_UPLOAD_STATUS_UPLOADED),
                                     cache_test_record (8, "八", completed (8), 60, EC_UPLOAD_STATUS_PENDING),
                                     NULL),
                    NULL);
  g_clear_pointer (&records, g_ptr_array_unref);
  records = cache_test_query_all (cache);
  CACHE_TEST_ASSERT_IDS (records, 1, 8);
  assert_meta (cache, "p5", "\"e5\"", "natural-person");
}

static void
test_not_modified (CacheFixture *fixture,
                   gconstpointer user_data)
{
  g_autoptr (EcCache) cache = open_cache (fixture->path);
  g_autoptr (GPtrArray) records = NULL;
  EcRecordsPage *page;
  gint64         before;

  page = cache_test_page ("p1", "\"e1\"",
                          cache_test_record (1, "一", completed (1), 60, EC_UPLOAD_STATUS_PENDING),
                          cache_test_record (2, "二", completed (2), 60, EC_UPLOAD_STATUS_PENDING),
                          NULL);
  page->account_state = cache_test_account_state (EC_ACCOUNT_KIND_OFFICIAL);
  cache_test_apply (cache, TRUE, page, NULL);

  /* As if the last sync were long ago (from another connection: WAL lets
   * it write beside the cache's). */
  cache_test_sqlite_exec (fixture->path, "UPDATE meta SET last_synced = 1");
  g_assert_cmpint (ec_cache_get_last_synced (cache), ==, 1);

  before = g_get_real_time () / G_USEC_PER_SEC;
  cache_test_apply (cache, FALSE, cache_test_not_modified_page ("\"e1\""), NULL);
  g_assert_cmpint (ec_cache_get_last_synced (cache), >=, before);
  records = cache_test_query_all (cache);
  CACHE_TEST_ASSERT_IDS (records, 1, 2);
  assert_meta (cache, "p1", "\"e1\"", "official");

  /* A full fetch answered 304 still holds every record. */
  cache_test_sqlite_exec (fixture->path, "UPDATE meta SET last_synced = 1");
  cache_test_apply (cache, TRUE, cache_test_not_modified_page ("\"e1\""), NULL);
  g_assert_cmpint (ec_cache_get_last_synced (cache), >=, before);
  g_clear_pointer (&records, g_ptr_array_unref);
  records = cache_test_query_all (cache);
  CACHE_TEST_ASSERT_IDS (records, 1, 2);
  assert_meta (cache, "p1", "\"e1\"", "official");

  /* A 304 before the first sync records the time only. */
  g_assert_true (ec_cache_clear (cache, NULL));
  cache_test_apply (cache, FALSE, cache_test_not_modified_page ("\"e1\""), NULL);
  g_assert_cmpint (ec_cache_get_last_synced (cache), >=, before);
  assert_meta (cache, NULL, NULL, NULL);
}

/* Every field of a record comes back as it went in. */
static void
test_round_trip (CacheFixture *fixture,
                 gconstpointer user_data)
{
  g_autoptr (EcCache) cache = open_cache (fixture->path);
  g_autoptr (GPtrArray) sent = g_ptr_array_new_with_free_func ((GDestroyNotify) ec_record_free);
  g_autoptr (GPtrArray) records = NULL;
  EcRecordsPage *page = ec_records_page_new ();
  EcRecord      *record;

  g_ptr_array_add (sent, cache_test_record (1, "Uploaded", completed (1), 120, EC_UPLOAD_STATUS_UPLOADED));
  g_ptr_array_add (sent, cache_test_record (2, "Pending", completed (2), 60, EC_UPLOAD_STATUS_PENDING));
  g_ptr_array_add (sent, cache_test_record (3, "Not eligible", completed (3), 30, EC_UPLOAD_STATUS_NOT_ELIGIBLE));
  g_ptr_array_add (sent, cache_test_record (4, "Never", completed (4), 45, EC_UPLOAD_STATUS_NEVER));

  /* Not completed, with different minutes and verdicts per network. */
  record = cache_test_record (5, "未完成", EC_TIME_NEVER, 0, EC_UPLOAD_STATUS_NOT_ELIGIBLE);
  record->route = EC_LOGIN_ROUTE_CERTIFICATE_UNBOUND;
  record->minutes[EC_NETWORK_LIFELONG] = 180;
  record->minutes[EC_NETWORK_ENV] = 4000000;
  record->networks[EC_NETWORK_LIFELONG].reason = EC_UPLOAD_REASON_NOT_COMPLETED;
  record->networks[EC_NETWORK_LIFELONG].remedy = EC_REMEDY_COMPLETE_COURSE;
  record->networks[EC_NETWORK_TEACHER].reason = EC_UPLOAD_REASON_NO_CERTIFIED_HOURS;
  record->networks[EC_NETWORK_TEACHER].remedy = EC_REMEDY_NONE;
  record->networks[EC_NETWORK_ENV].reason = EC_UPLOAD_REASON_ENV_SERVICE_UNIT;
  record->networks[EC_NETWORK_ENV].remedy = EC_REMEDY_FIX_SERVICE_UNIT;
  g_ptr_array_add (sent, record);

  record = cache_test_record (6, "Bound", completed (6), 60, EC_UPLOAD_STATUS_PENDING);
  record->route = EC_LOGIN_ROUTE_CERTIFICATE_BOUND;
  g_date_set_dmy (&record->networks[EC_NETWORK_TEACHER].date, 29, G_DATE_FEBRUARY, 2028);
  record->networks[EC_NETWORK_TEACHER].date_is_estimate = TRUE;
  g_ptr_array_add (sent, record);

  record = cache_test_record (G_MAXINT64, "Gov", completed (7), 60, EC_UPLOAD_STATUS_UPLOADED);
  record->route = EC_LOGIN_ROUTE_GOV_TW;
  g_ptr_array_add (sent, record);

  for (guint i = 0; i < sent->len; i++)
    g_ptr_array_add (page->records, ec_record_copy (g_ptr_array_index (sent, i)));
  cache_test_apply (cache, TRUE, page, NULL);

  g_clear_object (&cache);
  cache = open_cache (fixture->path);
  records = cache_test_query_all (cache);
  g_assert_cmpuint (records->len, ==, sent->len);
  for (guint i = 0; i < sent->len; i++)
    {
      EcRecord *expected = g_ptr_array_index (sent, i);

      cache_test_assert_records_equal (find_record (records, expected->id), expected);
    }
}

/* A record the code cannot store (a route no enum knows: a bug elsewhere)
 * fails the sync, and nothing of it is kept. */
static void
test_failure_rolls_back (CacheFixture *fixture,
                         gconstpointer user_data)
{
  g_autoptr (EcCache) cache = open_cache (fixture->path);
  g_autoptr (GPtrArray) pages = NULL;
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (GError) error = NULL;
  EcRecord *bad;

  cache_test_apply (cache, TRUE,
                    cache_test_page ("p1", "\"e1\"",
                                     cache_test_record (1, "一", completed (1), 60, EC_UPLOAD_STATUS_PENDING),
                                     NULL),
                    NULL);
  cache_test_sqlite_exec (fixture->path, "UPDATE meta SET last_synced = 1");

  bad = cache_test_record (3, "壞", completed (3), 60, EC_UPLOAD_STATUS_PENDING);
  bad->route = 42;
  pages = cache_test_pages (cache_test_page ("p2", "\"e2\"",
                                             cache_test_record (2, "二", completed (2), 60,
                                                                EC_UPLOAD_STATUS_PENDING),
                                             bad, NULL),
                            NULL);

  g_test_expect_message ("ec-cache", G_LOG_LEVEL_WARNING, "*42*EcLoginRoute*");
  g_assert_false (ec_cache_apply_sync (cache, pages, TRUE, &error));
  g_test_assert_expected_messages ();
  g_assert_error (error, EC_CACHE_ERROR, EC_CACHE_ERROR_FAILED);

  records = cache_test_query_all (cache);
  CACHE_TEST_ASSERT_IDS (records, 1);
  assert_meta (cache, "p1", "\"e1\"", NULL);
  g_assert_cmpint (ec_cache_get_last_synced (cache), ==, 1);
}

/* The killed sync: the cache holds ten records, then a sync of twelve
 * record writes is killed after 0, 1, 6 or all 12 of them. */
#define KILL_WRITES 12

typedef struct {
  const char *name;
  gboolean    full;
  guint       crash_after;
} KillCase;

static const KillCase kill_cases[] = {
  { "full/first", TRUE, 0 },
  { "full/one", TRUE, 1 },
  { "full/half", TRUE, KILL_WRITES / 2 },
  { "full/last", TRUE, KILL_WRITES },
  { "incremental/first", FALSE, 0 },
  { "incremental/one", FALSE, 1 },
  { "incremental/half", FALSE, KILL_WRITES / 2 },
  { "incremental/last", FALSE, KILL_WRITES },
};

static GPtrArray *
snapshot_records (void)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) ec_record_free);

  for (gint64 id = 1; id <= 10; id++)
    {
      g_autofree char *course = g_strdup_printf ("舊課程 %" G_GINT64_FORMAT, id);

      g_ptr_array_add (records, cache_test_record (id, course, completed ((int) id), 60,
                                                   EC_UPLOAD_STATUS_PENDING));
    }
  return records;
}

static void
apply_snapshot (EcCache *cache)
{
  g_autoptr (GPtrArray) records = snapshot_records ();
  EcRecordsPage *page = cache_test_page ("old", "\"old\"", NULL);

  for (guint i = 0; i < records->len; i++)
    g_ptr_array_add (page->records, ec_record_copy (g_ptr_array_index (records, i)));
  page->account_state = cache_test_account_state (EC_ACCOUNT_KIND_OFFICIAL);
  cache_test_apply (cache, TRUE, page, NULL);
}

static EcRecord *
new_record (gint64 id)
{
  g_autofree char *course = g_strdup_printf ("新課程 %" G_GINT64_FORMAT, id);

  return cache_test_record (id, course, completed (20), 120, EC_UPLOAD_STATUS_UPLOADED);
}

/* Twelve record writes over two pages. */
static GPtrArray *
killed_sync_pages (gboolean full)
{
  EcRecordsPage *first = cache_test_page ("new-1", "\"new-1\"", NULL);
  EcRecordsPage *second = cache_test_page ("new-2", "\"new-2\"", NULL);

  if (full)
    {
      for (gint64 id = 5; id <= 10; id++)
        g_ptr_array_add (first->records, new_record (id));
      for (gint64 id = 11; id <= 16; id++)
        g_ptr_array_add (second->records, new_record (id));
    }
  else
    {
      for (gint64 id = 1; id <= 6; id++)
        g_ptr_array_add (first->records, new_record (id));
      for (gint64 id = 7; id <= 9; id++)
        g_ptr_array_add (second->records, cache_test_tombstone (id));
      for (gint64 id = 11; id <= 13; id++)
        g_ptr_array_add (second->records, new_record (id));
    }
  second->account_state = cache_test_account_state (EC_ACCOUNT_KIND_NATURAL_PERSON);
  g_assert_cmpuint (first->records->len + second->records->len, ==, KILL_WRITES);
  return cache_test_pages (first, second, NULL);
}

static void
assert_snapshot_intact (const char *path)
{
  g_autoptr (EcCache) cache = NULL;
  g_autoptr (GPtrArray) expected = snapshot_records ();
  g_autoptr (GPtrArray) records = NULL;
  g_autofree char *integrity = NULL;

  /* SQLite's own view first, before the cache opens and writes. */
  integrity = cache_test_sqlite_text (path, "PRAGMA integrity_check");
  g_assert_cmpstr (integrity, ==, "ok");

  cache = open_cache (path);
  records = cache_test_query_all (cache);
  g_assert_cmpuint (records->len, ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    cache_test_assert_records_equal (g_ptr_array_index (records, i), g_ptr_array_index (expected, i));
  assert_meta (cache, "old", "\"old\"", "official");
  g_assert_cmpint (ec_cache_get_last_synced (cache), ==, 1);
}

/* The sync runs in a child process that aborts inside the transaction (see
 * EC_CACHE_TEST_CRASH_AFTER in ec-cache-sync.c): a real kill cannot be
 * timed to land there.  The parent then opens what the child left. */
static void
test_killed_sync (gconstpointer data)
{
  const KillCase *kill = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (EcCache) cache = NULL;
  g_autoptr (GPtrArray) pages = NULL;
  g_autoptr (GPtrArray) records = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *expected_stderr = NULL;

  if (g_test_subprocess ())
    {
      g_autofree char *crash_after = g_strdup_printf ("%u", kill->crash_after);

      g_setenv ("EC_CACHE_TEST_CRASH_AFTER", crash_after, TRUE);
      cache = open_cache (g_getenv ("EC_TEST_CACHE_PATH"));
      pages = killed_sync_pages (kill->full);
      ec_cache_apply_sync (cache, pages, kill->full, &error);
      g_printerr ("the sync was not killed\n");
      return;
    }

  dir = g_dir_make_tmp ("test-cache-killed-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "cache.sqlite", NULL);

  cache = open_cache (path);
  apply_snapshot (cache);
  cache_test_sqlite_exec (path, "UPDATE meta SET last_synced = 1");
  g_clear_object (&cache);

  g_setenv ("EC_TEST_CACHE_PATH", path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_unsetenv ("EC_TEST_CACHE_PATH");

  g_test_trap_assert_failed ();
  expected_stderr = g_strdup_printf ("*aborting after %u record writes*", kill->crash_after);
  g_test_trap_assert_stderr (expected_stderr);
  g_test_trap_assert_stderr_unmatched ("*not killed*");

  assert_snapshot_intact (path);

  /* The same sync, not killed, applies. */
  cache = open_cache (path);
  pages = killed_sync_pages (kill->full);
  g_assert_true (ec_cache_apply_sync (cache, pages, kill->full, &error));
  g_assert_no_error (error);
  records = cache_test_query_all (cache);
  if (kill->full)
    CACHE_TEST_ASSERT_IDS (records, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
  else
    CACHE_TEST_ASSERT_IDS (records, 10, 1, 2, 3, 4, 5, 6, 11, 12, 13); /* by completion */
  assert_meta (cache, "new-2", "\"new-2\"", "natural-person");
  g_clear_object (&cache);

  g_assert_true (ec_cache_delete_file (path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The disk fills up during a sync.  A test cannot fill a real disk, so the
 * cache is capped at a few pages more than it holds (EC_CACHE_TEST_MAX_PAGES,
 * read in ec-cache-open.c), and SQLite fails with SQLITE_FULL as it would. */
static GError *
sync_on_full_disk (const char *path)
{
  g_autoptr (EcCache) cache = open_cache (path);
  g_autoptr (GPtrArray) pages = NULL;
  g_autofree char *max_pages = NULL;
  GError          *error = NULL;
  EcRecordsPage   *page;

  apply_snapshot (cache);
  cache_test_sqlite_exec (path, "UPDATE meta SET last_synced = 1");
  g_clear_object (&cache);

  max_pages = g_strdup_printf ("%" G_GINT64_FORMAT,
                               cache_test_sqlite_int (path, "PRAGMA page_count") + 2);
  g_setenv ("EC_CACHE_TEST_MAX_PAGES", max_pages, TRUE);
  cache = open_cache (path);
  g_unsetenv ("EC_CACHE_TEST_MAX_PAGES");

  page = cache_test_page ("new", "\"new\"", NULL);
  for (gint64 id = 1; id <= 3000; id++)
    {
      EcRecord *record = new_record (id);

      g_free (record->course);
      record->course = g_strnfill (300, 'x');
      g_ptr_array_add (page->records, record);
    }
  pages = cache_test_pages (page, NULL);

  g_assert_false (ec_cache_apply_sync (cache, pages, TRUE, &error));
  g_assert_error (error, EC_CACHE_ERROR, EC_CACHE_ERROR_FULL);

  /* Still usable, with its last good state. */
  g_clear_object (&cache);
  assert_snapshot_intact (path);
  return error;
}

#define FULL_MESSAGE "The disk is full, so the new records could not be saved. The records saved before are kept; free some space and sync again."

static void
test_disk_full (CacheFixture *fixture,
                gconstpointer user_data)
{
  g_autoptr (GError) error = sync_on_full_disk (fixture->path);

  g_assert_cmpstr (error->message, ==, FULL_MESSAGE);
}

static void
test_disk_full_translated (CacheFixture *fixture,
                           gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;

  if (!ec_test_switch_to_zh_tw ())
    return;
  error = sync_on_full_disk (fixture->path);
  ec_test_assert_translated (error->message, FULL_MESSAGE, "磁碟");
  ec_test_restore_locale ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, CacheFixture, NULL, cache_fixture_set_up, func, cache_fixture_tear_down)

  ADD ("/cache/sync/full-then-incremental", test_full_then_incremental);
  ADD ("/cache/sync/not-modified", test_not_modified);
  ADD ("/cache/sync/round-trip", test_round_trip);
  ADD ("/cache/sync/failure-rolls-back", test_failure_rolls_back);
  ADD ("/cache/sync/disk-full", test_disk_full);
  ADD ("/cache/sync/disk-full-translated", test_disk_full_translated);

#undef ADD

  for (guint i = 0; i < G_N_ELEMENTS (kill_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/cache/sync/killed/", kill_cases[i].name, NULL);

      g_test_add_data_func (path, &kill_cases[i], test_killed_sync);
    }

  return g_test_run ();
}
