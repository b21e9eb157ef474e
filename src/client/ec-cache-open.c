/* ec-cache-open.c: opening a cache file safely, and its migrations.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-cache"
/* O_NOFOLLOW, O_CLOEXEC, lstat() and fchmod() under -std=c11. */
#define _POSIX_C_SOURCE 200809L

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "ec-cache-open.h"
#include "ec-cache-private.h"
#include "ec-client-resources.h"
#include "ec-db-migrations.h"

/* The schema comes from numbered SQL files bundled as resources
 * ("001-initial.sql", …), applied in order by the shared runner, each in
 * its own transaction, and tracked by PRAGMA user_version.  A file newer than the
 * code, or one that is not a cache, is refused and left exactly as it is:
 * it is checked over a read-only connection before anything can write. */

#define MIGRATIONS_PATH RESOURCE_PREFIX "/client/sql"

/* PRAGMA application_id of a cache: "ECaC" (set by the first migration). */
#define CACHE_APPLICATION_ID 1162043715

#define BUSY_TIMEOUT_MS 5000

/* A read-only connection still creates the -wal and -shm files of a WAL
 * database, and leaves them.  When there is no -wal file, every committed
 * change is in the file itself: it is read as immutable, which creates
 * nothing and takes no lock.  (A -wal file means another connection is
 * open, or one crashed: then the -shm file is there too, and the WAL may
 * hold the newest state.) */
static char *
dup_check_uri (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *uri = g_filename_to_uri (absolute, NULL, NULL);

  if (uri == NULL)
    return NULL;
  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&uri);
  return g_strconcat (uri, "?immutable=1", NULL);
}

/* Reads what decides whether the file may be opened for writing, over a
 * connection that cannot write.  A file that is not SQLite fails here with
 * SQLITE_NOTADB. */
static gboolean
check_existing (const char *path,
                int         latest,
                GError    **error)
{
  g_autofree char *uri = dup_check_uri (path);
  sqlite3         *db = NULL;
  g_autoptr (sqlite3_stmt) stmt = NULL;
  int version, application_id, n_objects;
  int rc = SQLITE_CANTOPEN;

  if (uri != NULL)
    rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOFOLLOW,
                          NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);
      rc = sqlite3_prepare_v2 (db,
                               "SELECT (SELECT user_version FROM pragma_user_version),"
                               " (SELECT application_id FROM pragma_application_id),"
                               " (SELECT count(*) FROM sqlite_schema)",
                               -1, &stmt, NULL);
    }
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      g_debug ("Cannot read the cache file: %s (%d)",
               db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc), rc);
      g_clear_pointer (&stmt, _ec_cache_stmt_free);
      sqlite3_close_v2 (db);
      _ec_cache_set_error (error, (rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT
                                      ? EC_CACHE_ERROR_CORRUPT
                                      : EC_CACHE_ERROR_FAILED);
      return FALSE;
    }

  version = sqlite3_column_int (stmt, 0);
  application_id = sqlite3_column_int (stmt, 1);
  n_objects = sqlite3_column_int (stmt, 2);
  g_clear_pointer (&stmt, _ec_cache_stmt_free);
  sqlite3_close_v2 (db);

  if (version > latest)
    {
      g_debug ("The cache file is at version %d, newer than this code (%d)", version, latest);
      _ec_cache_set_error (error, EC_CACHE_ERROR_TOO_NEW);
      return FALSE;
    }
  /* Another program's database: migrating it would add our tables to it. */
  if ((application_id != 0 && application_id != CACHE_APPLICATION_ID)
      || (version == 0 && n_objects > 0))
    {
      g_debug ("The file is a SQLite database, but not a cache");
      _ec_cache_set_error (error, EC_CACHE_ERROR_CORRUPT);
      return FALSE;
    }
  return TRUE;
}

/* The file is made here rather than by SQLite, so that it never exists with
 * wider permissions, and an older one is narrowed to the owner. */
static gboolean
create_private_file (const char *path,
                     GError    **error)
{
  int fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);

  if (fd < 0 || fchmod (fd, 0600) != 0)
    {
      g_debug ("Cannot create the cache file: %s", g_strerror (errno));
      if (fd >= 0)
        close (fd);
      _ec_cache_set_error (error, EC_CACHE_ERROR_FAILED);
      return FALSE;
    }
  close (fd);
  return TRUE;
}

/* SQLite's unix VFS creates the -wal and -shm files with the permission
 * bits of the database file and restores them with fchmod() when the umask
 * took some away, so they are 0600 like the file whatever the umask.  These
 * files may survive from an earlier process, though (a crash leaves them),
 * made under other rules: narrow them too. */
static void
narrow_side_files (const char *path)
{
  static const char *const suffixes[] = { "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

      if (g_chmod (name, 0600) != 0 && errno != ENOENT)
        g_debug ("Cannot narrow the permissions of a cache file: %s", g_strerror (errno));
    }
}

/* The shared runner (src/db) reads the version inside each write
 * transaction: two windows opening one new file at once migrate it once,
 * the second finding nothing left to do.  Its errors are for logs; the
 * learner gets the cache's own. */
static gboolean
migrate (EcCache *self,
         GError **error)
{
  g_autoptr (GError) db_error = NULL;

  if (ec_db_migrate (self->db, MIGRATIONS_PATH, NULL, &db_error))
    return TRUE;

  g_debug ("Cannot migrate the cache: %s", db_error->message);
  if (g_error_matches (db_error, EC_DB_ERROR, EC_DB_ERROR_TOO_NEW))
    _ec_cache_set_error (error, EC_CACHE_ERROR_TOO_NEW);
  else if (g_error_matches (db_error, EC_DB_ERROR, EC_DB_ERROR_CORRUPT))
    _ec_cache_set_error (error, EC_CACHE_ERROR_CORRUPT);
  else if (g_error_matches (db_error, EC_DB_ERROR, EC_DB_ERROR_FULL))
    _ec_cache_set_error (error, EC_CACHE_ERROR_FULL);
  else
    _ec_cache_set_error (error, EC_CACHE_ERROR_FAILED);
  return FALSE;
}

static gboolean
set_journal_mode_wal (EcCache *self,
                      GError **error)
{
  g_autoptr (sqlite3_stmt) stmt = _ec_cache_prepare (self, "PRAGMA journal_mode = WAL", error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return _ec_cache_set_sqlite_error (self, rc, "journal_mode", error);
  if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "wal") != 0)
    {
      g_debug ("The cache file refused WAL mode");
      _ec_cache_set_error (error, EC_CACHE_ERROR_FAILED);
      return FALSE;
    }
  return TRUE;
}

/* A test knob, always compiled but read only when the variable is set: it
 * caps the file's size (PRAGMA max_page_count, which only lasts as long as
 * the connection) so that a test can make SQLite fail with SQLITE_FULL, as
 * a full disk would.  A test cannot fill a real disk on demand. */
static gboolean
apply_test_max_pages (EcCache *self,
                      GError **error)
{
  const char      *text = g_getenv ("EC_CACHE_TEST_MAX_PAGES");
  g_autofree char *pragma = NULL;
  guint64          pages;

  if (text == NULL)
    return TRUE;
  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT32, &pages, NULL))
    {
      g_warning ("EC_CACHE_TEST_MAX_PAGES is not a page count; ignored");
      return TRUE;
    }

  /* A PRAGMA takes no parameters; the number was parsed above. */
  pragma = g_strdup_printf ("PRAGMA max_page_count = %" G_GUINT64_FORMAT, pages);
  return _ec_cache_exec (self, pragma, error);
}

/**
 * ec_cache_open:
 * @path: the cache file, usually from ec_cache_dup_default_path()
 * @error: return location for an #EC_CACHE_ERROR
 *
 * Opens the cache, creating it (and its folders, readable by the user
 * only) if needed, and brings its schema up to date.  The file and the
 * -wal and -shm files beside it are readable and writable by the user
 * only.  A file written by a newer version of the app
 * (%EC_CACHE_ERROR_TOO_NEW) or that is not a cache
 * (%EC_CACHE_ERROR_CORRUPT) is left as it is.
 *
 * Returns: (transfer full) (nullable): the cache.
 */
EcCache *
ec_cache_open (const char *path,
               GError    **error)
{
  g_autoptr (EcCache) self = NULL;
  g_autofree char *dir = NULL;
  GStatBuf         st;
  int              latest = 0;
  int              rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_debug ("Cannot create the cache folder: %s", g_strerror (errno));
      _ec_cache_set_error (error, EC_CACHE_ERROR_FAILED);
      return NULL;
    }

  /* The runner finds the migrations among the registered resources; this
   * reference keeps the linker from dropping the bundle (and the
   * constructor that registers it) out of the static library. */
  if (ec_client_get_resource () == NULL
      || !ec_db_get_latest_version (MIGRATIONS_PATH, &latest, NULL))
    {
      /* The migrations are part of the build: a build error. */
      g_critical ("The cache's migrations are missing or misnumbered");
      _ec_cache_set_error (error, EC_CACHE_ERROR_FAILED);
      return NULL;
    }

  if (g_lstat (path, &st) == 0)
    {
      if (!S_ISREG (st.st_mode))
        {
          _ec_cache_set_error (error, EC_CACHE_ERROR_FAILED);
          return NULL;
        }
      /* Empty: made by an earlier open that stopped before SQLite wrote. */
      if (st.st_size > 0 && !check_existing (path, latest, error))
        return NULL;
    }
  else if (errno != ENOENT)
    {
      g_debug ("Cannot read the cache file: %s", g_strerror (errno));
      _ec_cache_set_error (error, EC_CACHE_ERROR_FAILED);
      return NULL;
    }

  if (!create_private_file (path, error))
    return NULL;

  self = g_object_new (EC_TYPE_CACHE, NULL);
  self->path = g_strdup (path);

  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL);
  if (rc != SQLITE_OK)
    {
      _ec_cache_set_sqlite_error (self, rc, "open", error);
      return NULL;
    }

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);

  if (!set_journal_mode_wal (self, error))
    return NULL;
  narrow_side_files (path);

  if (!_ec_cache_exec (self, "PRAGMA foreign_keys = ON", error)
      || !migrate (self, error)
      || !apply_test_max_pages (self, error))
    return NULL;

  return g_steal_pointer (&self);
}
