/* ec-cache.c: the cache object, its errors and its sync state.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-cache"

#include "config.h"

#include <errno.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "ec-api-json.h"
#include "ec-cache-private.h"

/* An EcCache is one SQLite connection: use it from one thread at a time.
 * A worker thread that syncs opens its own on the same file; WAL lets it
 * write while the window's connection reads the last committed state. */

/* The quark's name is a string, not an expression: keep the formatter out
 * (it once spaced the hyphens, and the domain's name with them). */
/* clang-format off */
G_DEFINE_QUARK (ec-cache-error-quark, ec_cache_error)
/* clang-format on */

G_DEFINE_FINAL_TYPE (EcCache, ec_cache, G_TYPE_OBJECT)

static void
ec_cache_finalize (GObject *object)
{
  EcCache *self = EC_CACHE (object);

  /* The last connection to close checkpoints the WAL into the file and
   * removes the -wal file. */
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_free (self->path);

  G_OBJECT_CLASS (ec_cache_parent_class)->finalize (object);
}

static void
ec_cache_class_init (EcCacheClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ec_cache_finalize;
}

static void
ec_cache_init (EcCache *self)
{
}

static const char *
message_for (EcCacheError code)
{
  switch (code)
    {
    case EC_CACHE_ERROR_TOO_NEW:
      return _ ("The saved records were written by a newer version of this app. Update the app to read them; the file was left as it is.");
    case EC_CACHE_ERROR_CORRUPT:
      return _ ("The file of saved records is damaged or belongs to another program. It was left as it is; remove the saved records and sync again.");
    case EC_CACHE_ERROR_FULL:
      return _ ("The disk is full, so the new records could not be saved. The records saved before are kept; free some space and sync again.");
    case EC_CACHE_ERROR_FAILED:
      return _ ("The saved records could not be read or written. Check that the disk is available and try again.");
    default:
      g_return_val_if_reached ("");
    }
}

void
_ec_cache_set_error (GError     **error,
                     EcCacheError code)
{
  g_set_error_literal (error, EC_CACHE_ERROR, code, message_for (code));
}

/* Maps a SQLite result code to the error a caller can act on.  SQLite's own
 * message goes to the debug log only: it is English and technical, and it
 * names tables and columns, never bound values. */
gboolean
_ec_cache_set_sqlite_error (EcCache    *self,
                            int         rc,
                            const char *what,
                            GError    **error)
{
  EcCacheError code;

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      code = EC_CACHE_ERROR_FULL;
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      code = EC_CACHE_ERROR_CORRUPT;
      break;
    default:
      code = EC_CACHE_ERROR_FAILED;
      break;
    }

  g_debug ("%s: %s (%d)", what,
           self != NULL && self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc),
           rc);
  _ec_cache_set_error (error, code);
  return FALSE;
}

static GEnumClass *
get_enum_class (GType type)
{
  GEnumClass *klass = g_type_class_peek (type);

  /* Kept: an enum's class lives as long as the program anyway. */
  if (klass == NULL)
    klass = g_type_class_ref (type);
  return klass;
}

/* Enums are stored by nick ("not-eligible"), so that the file does not
 * depend on the order of an enum in the code. */
const char *
_ec_cache_enum_to_nick (GType type,
                        int   value)
{
  GEnumValue *enum_value = g_enum_get_value (get_enum_class (type), value);

  return enum_value != NULL ? enum_value->value_nick : NULL;
}

gboolean
_ec_cache_enum_from_nick (GType       type,
                          const char *nick,
                          int        *out_value)
{
  GEnumValue *enum_value = NULL;

  if (nick != NULL)
    enum_value = g_enum_get_value_by_nick (get_enum_class (type), nick);
  if (enum_value == NULL)
    return FALSE;

  *out_value = enum_value->value;
  return TRUE;
}

/* For statements without values only (pragmas, BEGIN, fixed DDL). */
gboolean
_ec_cache_exec (EcCache    *self,
                const char *sql,
                GError    **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return _ec_cache_set_sqlite_error (self, rc, sql, error);
  return TRUE;
}

sqlite3_stmt *
_ec_cache_prepare (EcCache    *self,
                   const char *sql,
                   GError    **error)
{
  sqlite3_stmt *stmt = NULL;
  int           rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      _ec_cache_set_sqlite_error (self, rc, sql, error);
      return NULL;
    }
  return stmt;
}

/* A writer takes the write lock at once (BEGIN IMMEDIATE): a sync either
 * applies whole or waits for another writer, and never fails half-way on a
 * lock upgrade. */
gboolean
_ec_cache_begin (EcCache *self,
                 GError **error)
{
  return _ec_cache_exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
_ec_cache_commit (EcCache *self,
                  GError **error)
{
  if (!_ec_cache_exec (self, "COMMIT", error))
    {
      _ec_cache_rollback (self);
      return FALSE;
    }
  return TRUE;
}

void
_ec_cache_rollback (EcCache *self)
{
  /* After some errors (SQLITE_FULL among them) SQLite has already rolled
   * back on its own. */
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

/**
 * ec_cache_dup_default_path:
 * @service_url: the service the account is on
 * @login: the account's login
 *
 * Every account on every service gets a cache of its own, so that several
 * learners can share a computer.  The file is named by a SHA-256 of both,
 * so that neither the login nor anything else about the learner shows in
 * a file name.
 *
 * Returns: (transfer full): the cache file of this account, under the
 *   user's data directory.
 */
char *
ec_cache_dup_default_path (const char *service_url,
                           const char *login)
{
  g_autofree char *key = NULL;
  g_autofree char *digest = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (service_url != NULL, NULL);
  g_return_val_if_fail (login != NULL, NULL);

  /* A newline cannot be part of a URL, so no two pairs give the same key. */
  key = g_strconcat (service_url, "\n", login, NULL);
  digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);
  name = g_strconcat (digest, ".sqlite", NULL);
  return g_build_filename (g_get_user_data_dir (), "elearn-companion", "caches", name, NULL);
}

const char *
ec_cache_get_path (EcCache *self)
{
  g_return_val_if_fail (EC_IS_CACHE (self), NULL);

  return self->path;
}

static char *
dup_meta_text (EcCache    *self,
               const char *sql)
{
  g_autoptr (sqlite3_stmt) stmt = _ec_cache_prepare (self, sql, NULL);

  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

/**
 * ec_cache_dup_cursor:
 *
 * Returns: (transfer full) (nullable): the cursor of the last page synced,
 *   to ask for what changed since; %NULL before the first sync.
 */
char *
ec_cache_dup_cursor (EcCache *self)
{
  g_return_val_if_fail (EC_IS_CACHE (self), NULL);

  return dup_meta_text (self, "SELECT cursor FROM meta WHERE id = 1");
}

/**
 * ec_cache_dup_etag:
 *
 * Returns: (transfer full) (nullable): the ETag of the last page synced,
 *   for a conditional fetch.
 */
char *
ec_cache_dup_etag (EcCache *self)
{
  g_return_val_if_fail (EC_IS_CACHE (self), NULL);

  return dup_meta_text (self, "SELECT etag FROM meta WHERE id = 1");
}

/**
 * ec_cache_get_last_synced:
 *
 * Returns: when the last sync succeeded (including one that found nothing
 *   new), in Unix seconds of the device clock, or %EC_TIME_NEVER.
 */
gint64
ec_cache_get_last_synced (EcCache *self)
{
  g_autoptr (sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (EC_IS_CACHE (self), 0);

  stmt = _ec_cache_prepare (self, "SELECT last_synced FROM meta WHERE id = 1", NULL);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return 0;
  return sqlite3_column_int64 (stmt, 0);
}

/**
 * ec_cache_dup_account_state:
 *
 * Returns: (transfer full) (nullable): the account state of the last sync
 *   that sent one, or %NULL if none did (or what is kept cannot be read:
 *   a state half understood would raise wrong banners).
 */
EcAccountState *
ec_cache_dup_account_state (EcCache *self)
{
  g_autofree char *text = NULL;
  g_autoptr (JsonNode) node = NULL;

  g_return_val_if_fail (EC_IS_CACHE (self), NULL);

  text = dup_meta_text (self, "SELECT account_state FROM meta WHERE id = 1");
  if (text == NULL)
    return NULL;

  node = json_from_string (text, NULL);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  return ec_api_json_to_account_state (json_node_get_object (node), NULL);
}

/**
 * ec_cache_clear:
 * @self: a cache
 * @error: return location for an #EC_CACHE_ERROR
 *
 * Forgets every record and the sync state, at once: the next sync is a
 * full one.
 */
gboolean
ec_cache_clear (EcCache *self,
                GError **error)
{
  g_return_val_if_fail (EC_IS_CACHE (self), FALSE);

  if (!_ec_cache_begin (self, error))
    return FALSE;
  if (!_ec_cache_exec (self, "DELETE FROM records; DELETE FROM meta;", error))
    {
      _ec_cache_rollback (self);
      return FALSE;
    }
  return _ec_cache_commit (self, error);
}

/**
 * ec_cache_delete_file:
 * @path: a cache file
 * @error: return location for an #EC_CACHE_ERROR
 *
 * Removes the cache file and the files SQLite keeps beside it, for "log
 * out and forget".  Close every #EcCache on it first.  A file that does not
 * exist is not an error.
 */
gboolean
ec_cache_delete_file (const char *path,
                      GError    **error)
{
  /* The WAL first: a -wal without its database is harmless, the other way
   * round SQLite would replay it into a new file of the same name. */
  static const char *const suffixes[] = { "-wal", "-shm", "-journal", "" };

  g_return_val_if_fail (path != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

      if (g_unlink (name) != 0 && errno != ENOENT)
        {
          g_debug ("Cannot remove a cache file: %s", g_strerror (errno));
          g_set_error_literal (error, EC_CACHE_ERROR, EC_CACHE_ERROR_FAILED,
                               _ ("The saved records could not be removed. Check that you may change the folder they are in."));
          return FALSE;
        }
    }
  return TRUE;
}
