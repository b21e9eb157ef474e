/* ec-cache-sync.c: applying a sync to the cache, whole or not at all.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-cache"

#include "config.h"

#include <stdlib.h>

#include "ec-cache-sync.h"
#include "ec-api-json.h"
#include "ec-cache-private.h"
#include "ec-core.h"

/* Every column a record writes, in bind order: five for the course, then
 * six per network in #EcNetwork order.  An upsert rather than INSERT OR
 * REPLACE: since a REPLACE may delete rows, SQLite writes a statement
 * journal for every one, which made a sync of 100,000 records several
 * times slower. */
#define UPSERT_SQL                                                                \
  "INSERT INTO records (id, course, route, completed_at, year,"                   \
  " lifelong_minutes, lifelong_status, lifelong_reason, lifelong_remedy,"         \
  " lifelong_date, lifelong_estimate,"                                            \
  " teacher_minutes, teacher_status, teacher_reason, teacher_remedy,"             \
  " teacher_date, teacher_estimate,"                                              \
  " env_minutes, env_status, env_reason, env_remedy, env_date, env_estimate)"     \
  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" \
  " ON CONFLICT (id) DO UPDATE SET course = excluded.course,"                     \
  " route = excluded.route, completed_at = excluded.completed_at,"                \
  " year = excluded.year,"                                                        \
  " lifelong_minutes = excluded.lifelong_minutes,"                                \
  " lifelong_status = excluded.lifelong_status,"                                  \
  " lifelong_reason = excluded.lifelong_reason,"                                  \
  " lifelong_remedy = excluded.lifelong_remedy,"                                  \
  " lifelong_date = excluded.lifelong_date,"                                      \
  " lifelong_estimate = excluded.lifelong_estimate,"                              \
  " teacher_minutes = excluded.teacher_minutes,"                                  \
  " teacher_status = excluded.teacher_status,"                                    \
  " teacher_reason = excluded.teacher_reason,"                                    \
  " teacher_remedy = excluded.teacher_remedy,"                                    \
  " teacher_date = excluded.teacher_date,"                                        \
  " teacher_estimate = excluded.teacher_estimate,"                                \
  " env_minutes = excluded.env_minutes,"                                          \
  " env_status = excluded.env_status,"                                            \
  " env_reason = excluded.env_reason,"                                            \
  " env_remedy = excluded.env_remedy, env_date = excluded.env_date,"              \
  " env_estimate = excluded.env_estimate"

#define COURSE_COLUMNS 5
#define NETWORK_COLUMNS 6

G_STATIC_ASSERT (EC_N_NETWORKS == 3);

/* A test knob, always compiled but read only when the variable is set:
 * EC_CACHE_TEST_CRASH_AFTER=N makes the process abort() after N record
 * writes inside the sync's transaction, as a crash or a kill would.  The
 * tests use it to prove that the file keeps its last committed state; a
 * real kill cannot be timed to land inside the transaction. */
static int
get_test_crash_after (void)
{
  const char *text = g_getenv ("EC_CACHE_TEST_CRASH_AFTER");
  guint64     n;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 0, G_MAXINT, &n, NULL))
    return -1;
  return (int) n;
}

static void
maybe_crash (int   crash_after,
             guint writes)
{
  if (crash_after >= 0 && writes == (guint) crash_after)
    {
      g_printerr ("EC_CACHE_TEST_CRASH_AFTER: aborting after %u record writes\n", writes);
      abort ();
    }
}

static gboolean
bind_enum (sqlite3_stmt *stmt,
           int           index,
           GType         type,
           int           value)
{
  const char *nick = _ec_cache_enum_to_nick (type, value);

  if (nick == NULL)
    {
      g_warning ("A record holds %d, which is not a %s", value, g_type_name (type));
      return FALSE;
    }
  return sqlite3_bind_text (stmt, index, nick, -1, SQLITE_STATIC) == SQLITE_OK;
}

static gboolean
bind_record (sqlite3_stmt   *stmt,
             const EcRecord *record)
{
  guint year = 0;

  if (record->completed_at != EC_TIME_NEVER)
    {
      GDate date;

      ec_time_to_taiwan_date (record->completed_at, &date);
      year = g_date_valid (&date) ? g_date_get_year (&date) : 0;
    }

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  if (sqlite3_bind_int64 (stmt, 1, record->id) != SQLITE_OK
      || sqlite3_bind_text (stmt, 2, record->course != NULL ? record->course : "", -1,
                            SQLITE_STATIC)
             != SQLITE_OK
      || !bind_enum (stmt, 3, EC_TYPE_LOGIN_ROUTE, record->route)
      || sqlite3_bind_int64 (stmt, 4, record->completed_at) != SQLITE_OK
      || sqlite3_bind_int (stmt, 5, (int) year) != SQLITE_OK)
    return FALSE;

  for (guint n = 0; n < EC_N_NETWORKS; n++)
    {
      const EcNetworkStatus *network = &record->networks[n];
      int                    base = COURSE_COLUMNS + 1 + (int) n * NETWORK_COLUMNS;
      int                    rc;

      if (sqlite3_bind_int64 (stmt, base, record->minutes[n]) != SQLITE_OK
          || !bind_enum (stmt, base + 1, EC_TYPE_UPLOAD_STATUS, network->status)
          || !bind_enum (stmt, base + 2, EC_TYPE_UPLOAD_REASON, network->reason)
          || !bind_enum (stmt, base + 3, EC_TYPE_REMEDY, network->remedy))
        return FALSE;

      if (g_date_valid (&network->date))
        rc = sqlite3_bind_text (stmt, base + 4, ec_date_to_iso8601 (&network->date), -1, g_free);
      else
        rc = sqlite3_bind_null (stmt, base + 4);
      if (rc != SQLITE_OK
          || sqlite3_bind_int (stmt, base + 5, network->date_is_estimate ? 1 : 0) != SQLITE_OK)
        return FALSE;
    }
  return TRUE;
}

static gboolean
step_done (EcCache      *self,
           sqlite3_stmt *stmt,
           const char   *what,
           GError      **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE)
    return _ec_cache_set_sqlite_error (self, rc, what, error);
  return TRUE;
}

static gboolean
write_records (EcCache   *self,
               GPtrArray *pages,
               GError   **error)
{
  g_autoptr (sqlite3_stmt) upsert = NULL;
  g_autoptr (sqlite3_stmt) delete = NULL;
  int   crash_after = get_test_crash_after ();
  guint writes = 0;

  upsert = _ec_cache_prepare (self, UPSERT_SQL, error);
  if (upsert == NULL)
    return FALSE;
  delete = _ec_cache_prepare (self, "DELETE FROM records WHERE id = ?", error);
  if (delete == NULL)
    return FALSE;

  maybe_crash (crash_after, writes);

  for (guint p = 0; p < pages->len; p++)
    {
      const EcRecordsPage *page = g_ptr_array_index (pages, p);

      if (page->not_modified || page->records == NULL)
        continue;

      /* In order: a record that changed while the pages were fetched comes
       * again later, and the last one wins. */
      for (guint r = 0; r < page->records->len; r++)
        {
          const EcRecord *record = g_ptr_array_index (page->records, r);

          if (record->deleted)
            {
              sqlite3_reset (delete);
              if (sqlite3_bind_int64 (delete, 1, record->id) != SQLITE_OK
                  || !step_done (self, delete, "delete", error))
                return FALSE;
            }
          else
            {
              if (!bind_record (upsert, record))
                {
                  _ec_cache_set_error (error, EC_CACHE_ERROR_FAILED);
                  return FALSE;
                }
              if (!step_done (self, upsert, "upsert", error))
                return FALSE;
            }

          maybe_crash (crash_after, ++writes);
        }
    }
  return TRUE;
}

static gboolean
write_meta (EcCache              *self,
            const EcRecordsPage  *last_modified,
            const EcAccountState *account_state,
            GError              **error)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;

  stmt = _ec_cache_prepare (self,
                            "INSERT INTO meta (id, last_synced) VALUES (1, ?)"
                            " ON CONFLICT (id) DO UPDATE SET last_synced = excluded.last_synced",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, g_get_real_time () / G_USEC_PER_SEC);
  if (!step_done (self, stmt, "last_synced", error))
    return FALSE;
  g_clear_pointer (&stmt, _ec_cache_stmt_free);

  if (last_modified != NULL)
    {
      stmt = _ec_cache_prepare (self, "UPDATE meta SET cursor = ?, etag = ? WHERE id = 1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, last_modified->cursor, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, last_modified->etag, -1, SQLITE_STATIC);
      if (!step_done (self, stmt, "cursor", error))
        return FALSE;
      g_clear_pointer (&stmt, _ec_cache_stmt_free);
    }

  if (account_state != NULL)
    {
      char *text = ec_api_json_from_account_state (account_state);

      stmt = _ec_cache_prepare (self, "UPDATE meta SET account_state = ? WHERE id = 1", error);
      if (stmt == NULL)
        {
          g_free (text);
          return FALSE;
        }
      sqlite3_bind_text (stmt, 1, text, -1, g_free);
      if (!step_done (self, stmt, "account_state", error))
        return FALSE;
    }
  return TRUE;
}

/**
 * ec_cache_apply_sync:
 * @self: a cache
 * @pages: (element-type EcRecordsPage): the replies of one sync, in order
 * @full: the pages are the whole record (fetched without a cursor): what
 *   they do not hold is gone
 * @error: return location for an #EC_CACHE_ERROR
 *
 * Applies one sync in one transaction: records are added or updated,
 * tombstones removed, and the cursor and ETag of the last page, the last
 * account state sent, and the time of this sync are kept.  A page that was
 * not modified (304) changes nothing but that time; a full sync whose every
 * page is one keeps the records it has.
 *
 * On any failure (%EC_CACHE_ERROR_FULL when the disk is full) nothing is
 * changed: the cache keeps its last good state.
 */
gboolean
ec_cache_apply_sync (EcCache   *self,
                     GPtrArray *pages,
                     gboolean   full,
                     GError   **error)
{
  const EcRecordsPage  *last_modified = NULL;
  const EcAccountState *account_state = NULL;

  g_return_val_if_fail (EC_IS_CACHE (self), FALSE);
  g_return_val_if_fail (pages != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint p = 0; p < pages->len; p++)
    {
      const EcRecordsPage *page = g_ptr_array_index (pages, p);

      g_return_val_if_fail (page != NULL, FALSE);
      if (page->not_modified)
        continue;
      last_modified = page;
      if (page->account_state != NULL)
        account_state = page->account_state;
    }

  if (!_ec_cache_begin (self, error))
    return FALSE;

  if ((full && last_modified != NULL && !_ec_cache_exec (self, "DELETE FROM records", error))
      || !write_records (self, pages, error)
      || !write_meta (self, last_modified, account_state, error))
    {
      _ec_cache_rollback (self);
      return FALSE;
    }

  return _ec_cache_commit (self, error);
}
