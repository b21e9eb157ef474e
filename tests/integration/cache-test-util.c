/* cache-test-util.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdarg.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "cache-test-util.h"

void
cache_fixture_set_up (CacheFixture *fixture,
                      gconstpointer user_data)
{
  g_autoptr (GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("test-cache-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "cache.sqlite", NULL);
}

static void
remove_tree (const char *path)
{
  GDir       *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_remove (path);
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }
  g_dir_close (dir);
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

void
cache_fixture_tear_down (CacheFixture *fixture,
                         gconstpointer user_data)
{
  remove_tree (fixture->dir);
  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->dir, g_free);
}

gint64
cache_test_taiwan_time (int year,
                        int month,
                        int day,
                        int hour)
{
  g_autoptr (GDateTime) time = g_date_time_new (ec_time_zone_taiwan (), year, month, day,
                                                hour, 0, 0);

  return g_date_time_to_unix (time);
}

EcRecord *
cache_test_record (gint64         id,
                   const char    *course,
                   gint64         completed_at,
                   guint          minutes,
                   EcUploadStatus status)
{
  EcRecord *record = ec_record_new ();

  record->id = id;
  record->course = g_strdup (course);
  record->route = status == EC_UPLOAD_STATUS_NEVER ? EC_LOGIN_ROUTE_SOCIAL : EC_LOGIN_ROUTE_ECPA;
  record->completed_at = completed_at;

  for (guint n = 0; n < EC_N_NETWORKS; n++)
    {
      EcNetworkStatus *network = &record->networks[n];

      record->minutes[n] = minutes;
      network->status = status;
      switch (status)
        {
        case EC_UPLOAD_STATUS_UPLOADED:
          g_date_set_dmy (&network->date, 10, G_DATE_NOVEMBER, 2026);
          break;
        case EC_UPLOAD_STATUS_PENDING:
          network->remedy = EC_REMEDY_WAIT;
          g_date_set_dmy (&network->date, 3, G_DATE_DECEMBER, 2026);
          network->date_is_estimate = n == EC_NETWORK_ENV;
          break;
        case EC_UPLOAD_STATUS_NOT_ELIGIBLE:
          network->reason = EC_UPLOAD_REASON_NOT_OFFICIAL_ACCOUNT;
          network->remedy = EC_REMEDY_CONVERT_ACCOUNT;
          break;
        case EC_UPLOAD_STATUS_NEVER:
          network->reason = EC_UPLOAD_REASON_SOCIAL_LOGIN;
          network->remedy = EC_REMEDY_RESTUDY;
          break;
        default:
          g_assert_not_reached ();
        }
    }
  return record;
}

EcRecord *
cache_test_tombstone (gint64 id)
{
  EcRecord *record = ec_record_new ();

  record->id = id;
  record->deleted = TRUE;
  return record;
}

EcRecordsPage *
cache_test_page (const char *cursor,
                 const char *etag,
                 ...)
{
  EcRecordsPage *page = ec_records_page_new ();
  va_list        args;

  page->cursor = g_strdup (cursor);
  page->etag = g_strdup (etag);
  page->as_of = cache_test_taiwan_time (2026, 11, 30, 12);

  va_start (args, etag);
  for (EcRecord *record = va_arg (args, EcRecord *); record != NULL;
       record = va_arg (args, EcRecord *))
    g_ptr_array_add (page->records, record);
  va_end (args);
  return page;
}

EcRecordsPage *
cache_test_not_modified_page (const char *etag)
{
  EcRecordsPage *page = ec_records_page_new ();

  page->not_modified = TRUE;
  page->etag = g_strdup (etag);
  return page;
}

/* As GET /api/v1/records sends it (docs/api.md). */
EcAccountState *
cache_test_account_state (EcAccountKind kind)
{
  EcAccountState *state = g_new0 (EcAccountState, 1);
  gint64          since = ec_time_from_iso8601 ("2026-11-30T03:43:21+08:00", NULL);

  state->identity = EC_IDENTITY_CIVIL_SERVANT;
  state->kind = kind;
  state->personnel_category = 1;
  state->env_account_since = since;
  state->env_service_unit_ok = TRUE;
  state->env_service_unit_since = since;
  return state;
}

GPtrArray *
cache_test_pages (EcRecordsPage *first,
                  ...)
{
  GPtrArray *pages = g_ptr_array_new_with_free_func ((GDestroyNotify) ec_records_page_free);
  va_list    args;

  va_start (args, first);
  for (EcRecordsPage *page = first; page != NULL; page = va_arg (args, EcRecordsPage *))
    g_ptr_array_add (pages, page);
  va_end (args);
  return pages;
}

void
cache_test_apply (EcCache       *cache,
                  gboolean       full,
                  EcRecordsPage *first,
                  ...)
{
  g_autoptr (GPtrArray) pages = g_ptr_array_new_with_free_func ((GDestroyNotify) ec_records_page_free);
  g_autoptr (GError) error = NULL;
  va_list args;

  va_start (args, first);
  for (EcRecordsPage *page = first; page != NULL; page = va_arg (args, EcRecordsPage *))
    g_ptr_array_add (pages, page);
  va_end (args);

  g_assert_true (ec_cache_apply_sync (cache, pages, full, &error));
  g_assert_no_error (error);
}

GPtrArray *
cache_test_query_all (EcCache *cache)
{
  EcCacheQuery query = EC_CACHE_QUERY_INIT;
  g_autoptr (GError) error = NULL;
  GPtrArray *records;

  query.descending = FALSE;
  records = ec_cache_query (cache, &query, &error);
  g_assert_no_error (error);
  g_assert_nonnull (records);
  return records;
}

void
cache_test_assert_ids (GPtrArray    *records,
                       const gint64 *ids,
                       guint         n_ids)
{
  g_autoptr (GString) got = g_string_new ("");
  g_autoptr (GString) want = g_string_new ("");

  g_assert_nonnull (records);
  for (guint i = 0; i < records->len; i++)
    g_string_append_printf (got, " %" G_GINT64_FORMAT,
                            ((EcRecord *) g_ptr_array_index (records, i))->id);
  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (want, " %" G_GINT64_FORMAT, ids[i]);
  g_assert_cmpstr (got->str, ==, want->str);
}

void
cache_test_assert_records_equal (const EcRecord *a,
                                 const EcRecord *b)
{
  g_assert_cmpint (a->id, ==, b->id);
  g_assert_cmpint (a->deleted, ==, b->deleted);
  g_assert_cmpstr (a->course, ==, b->course);
  g_assert_cmpint (a->route, ==, b->route);
  g_assert_cmpint (a->completed_at, ==, b->completed_at);
  for (guint n = 0; n < EC_N_NETWORKS; n++)
    {
      const EcNetworkStatus *x = &a->networks[n], *y = &b->networks[n];

      g_assert_cmpuint (a->minutes[n], ==, b->minutes[n]);
      g_assert_cmpint (x->status, ==, y->status);
      g_assert_cmpint (x->reason, ==, y->reason);
      g_assert_cmpint (x->remedy, ==, y->remedy);
      g_assert_cmpint (g_date_valid (&x->date), ==, g_date_valid (&y->date));
      if (g_date_valid (&x->date))
        g_assert_cmpint (g_date_compare (&x->date, &y->date), ==, 0);
      g_assert_cmpint (x->date_is_estimate, ==, y->date_is_estimate);
    }
}

sqlite3 *
cache_test_sqlite_open (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  return db;
}

static sqlite3_stmt *
step_one (sqlite3    *db,
          const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return stmt;
}

gint64
cache_test_sqlite_int (const char *path,
                       const char *sql)
{
  sqlite3      *db = cache_test_sqlite_open (path);
  sqlite3_stmt *stmt = step_one (db, sql);
  gint64        value = sqlite3_column_int64 (stmt, 0);

  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

char *
cache_test_sqlite_text (const char *path,
                        const char *sql)
{
  sqlite3      *db = cache_test_sqlite_open (path);
  sqlite3_stmt *stmt = step_one (db, sql);
  char         *value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));

  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

void
cache_test_sqlite_exec (const char *path,
                        const char *sql)
{
  sqlite3 *db = cache_test_sqlite_open (path);
  char    *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

char *
cache_test_file_checksum (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize            length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

guint
cache_test_file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}
