/* ec-db-migrations.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-db"

#include "config.h"

#include <string.h>

#include "ec-db-migrations.h"

/* A schema is a folder of numbered SQL files bundled as resources
 * ("001-initial.sql", "002-…"), numbered from 1 without gaps, and applied
 * in order, each in its own transaction that also sets PRAGMA
 * user_version to its number.  A shipped migration is never edited: a
 * change is a new file.  A database newer than the newest migration is
 * refused rather than guessed at. */

#define MIGRATION_SUFFIX ".sql"

/* The quark name is a string, not an expression: keep the formatter out. */
/* clang-format off */
G_DEFINE_QUARK (ec-db-error-quark, ec_db_error)
/* clang-format on */

/* SQLite's message names tables and columns; a migration binds no values,
 * so it never quotes a person's data. */
static gboolean
set_sqlite_error (sqlite3    *db,
                  int         rc,
                  const char *what,
                  GError    **error)
{
  EcDbError code;

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      code = EC_DB_ERROR_FULL;
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      code = EC_DB_ERROR_CORRUPT;
      break;
    default:
      code = EC_DB_ERROR_FAILED;
      break;
    }

  g_set_error (error, EC_DB_ERROR, code, "%s: %s", what, sqlite3_errmsg (db));
  return FALSE;
}

static gboolean
exec_sql (sqlite3    *db,
          const char *sql,
          const char *what,
          GError    **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return set_sqlite_error (db, rc, what, error);
  return TRUE;
}

/* SQLite ends some failed transactions itself (a full disk, say). */
static void
rollback (sqlite3 *db)
{
  if (!sqlite3_get_autocommit (db))
    sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
}

static gboolean
read_user_version (sqlite3 *db,
                   int     *out_version,
                   GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int           rc = sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      set_sqlite_error (db, rc, "user_version", error);
      sqlite3_finalize (stmt);
      return FALSE;
    }

  *out_version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return TRUE;
}

/* "003-records-account-sync.sql" is migration 3; 0 means that @name is not
 * a migration's. */
static int
migration_number (const char *name)
{
  const char      *dash = strchr (name, '-');
  g_autofree char *digits = NULL;
  guint64          number;

  if (dash == NULL || !g_str_has_suffix (dash + 1, MIGRATION_SUFFIX)
      || strlen (dash + 1) <= strlen (MIGRATION_SUFFIX))
    return 0;

  digits = g_strndup (name, dash - name);
  if (!g_ascii_string_to_unsigned (digits, 10, 1, G_MAXINT, &number, NULL))
    return 0;
  return (int) number;
}

/* Returns the names of the migrations in @resource_dir, migration n at
 * index n - 1. */
static GPtrArray *
list_migrations (const char *resource_dir,
                 GError    **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autoptr (GPtrArray) migrations = g_ptr_array_new_with_free_func (g_free);
  g_auto (GStrv) names = NULL;
  guint n_names;

  names = g_resources_enumerate_children (resource_dir, G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
  if (names == NULL)
    {
      g_set_error (error, EC_DB_ERROR, EC_DB_ERROR_INVALID_MIGRATIONS,
                   "no migrations in %s: %s", resource_dir, local_error->message);
      return NULL;
    }

  n_names = g_strv_length (names);
  g_ptr_array_set_size (migrations, n_names);

  for (guint i = 0; i < n_names; i++)
    {
      int number = migration_number (names[i]);

      if (number == 0)
        {
          g_set_error (error, EC_DB_ERROR, EC_DB_ERROR_INVALID_MIGRATIONS,
                       "%s/%s is not named as a migration (NNN-name" MIGRATION_SUFFIX ")",
                       resource_dir, names[i]);
          return NULL;
        }
      /* A number beyond the count leaves a gap, found below. */
      if ((guint) number > n_names)
        continue;
      if (g_ptr_array_index (migrations, number - 1) != NULL)
        {
          g_set_error (error, EC_DB_ERROR, EC_DB_ERROR_INVALID_MIGRATIONS,
                       "migration %03d appears twice in %s", number, resource_dir);
          return NULL;
        }
      g_ptr_array_index (migrations, number - 1) = g_strdup (names[i]);
    }

  for (guint i = 0; i < n_names; i++)
    {
      if (g_ptr_array_index (migrations, i) == NULL)
        {
          g_set_error (error, EC_DB_ERROR, EC_DB_ERROR_INVALID_MIGRATIONS,
                       "migration %03u is missing from %s", i + 1, resource_dir);
          return NULL;
        }
    }

  return g_steal_pointer (&migrations);
}

/* Runs inside the caller's transaction. */
static gboolean
apply_migration (sqlite3    *db,
                 const char *resource_dir,
                 const char *name,
                 int         version,
                 GError    **error)
{
  g_autofree char *path = g_build_path ("/", resource_dir, name, NULL);
  g_autoptr (GError) local_error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *pragma = NULL;

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, EC_DB_ERROR, EC_DB_ERROR_INVALID_MIGRATIONS,
                   "%s: %s", path, local_error->message);
      return FALSE;
    }

  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  /* A PRAGMA takes no parameters; the version is the code's own number. */
  pragma = g_strdup_printf ("PRAGMA user_version = %d", version);

  return exec_sql (db, sql, name, error) && exec_sql (db, pragma, name, error);
}

/**
 * ec_db_get_latest_version:
 * @resource_dir: the folder of registered resources that holds the
 *   migrations
 * @out_version: (out): the newest migration's number
 * @error: return location for an #EC_DB_ERROR
 *
 * For a program that checks a file before opening it for writing (over a
 * read-only connection, say): a database whose user_version is above
 * @out_version is one that ec_db_migrate() refuses.  Checks the numbering
 * as ec_db_migrate() does.
 *
 * Returns: %FALSE with %EC_DB_ERROR_INVALID_MIGRATIONS if the migrations
 *   are not a valid set.
 */
gboolean
ec_db_get_latest_version (const char *resource_dir,
                          int        *out_version,
                          GError    **error)
{
  g_autoptr (GPtrArray) migrations = NULL;

  g_return_val_if_fail (resource_dir != NULL, FALSE);
  g_return_val_if_fail (out_version != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  migrations = list_migrations (resource_dir, error);
  if (migrations == NULL)
    return FALSE;

  *out_version = (int) migrations->len;
  return TRUE;
}

/**
 * ec_db_migrate:
 * @db: an open database, not inside a transaction
 * @resource_dir: the folder of registered resources that holds the
 *   migrations, named `NNN-name.sql` and numbered from 1 without gaps
 * @out_version: (out) (optional): the database's version: on success the
 *   newest migration's number, on %EC_DB_ERROR_TOO_NEW the version found
 * @error: return location for an #EC_DB_ERROR
 *
 * Applies, in order, the migrations that @db lacks, each in its own
 * `BEGIN IMMEDIATE` transaction that also sets PRAGMA user_version to the
 * migration's number; a migration must not begin or end a transaction
 * itself.  A migration that fails is rolled back, leaving @db at the
 * version before it.
 *
 * Each step reads the version again inside its write transaction, so two
 * connections (or two processes) migrating one new file at once migrate it
 * once: the second finds nothing left to do.  A database already up to
 * date, or newer than the newest migration (%EC_DB_ERROR_TOO_NEW), is only
 * read: no lock is taken for writing and nothing is written.
 *
 * Returns: %TRUE if @db is at the newest migration.
 */
gboolean
ec_db_migrate (sqlite3    *db,
               const char *resource_dir,
               int        *out_version,
               GError    **error)
{
  g_autoptr (GPtrArray) migrations = NULL;
  int latest, version;

  g_return_val_if_fail (db != NULL, FALSE);
  g_return_val_if_fail (sqlite3_get_autocommit (db), FALSE);
  g_return_val_if_fail (resource_dir != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  migrations = list_migrations (resource_dir, error);
  if (migrations == NULL)
    return FALSE;
  latest = (int) migrations->len;

  if (!read_user_version (db, &version, error))
    return FALSE;

  while (version < latest)
    {
      const char *name;

      if (!exec_sql (db, "BEGIN IMMEDIATE", "BEGIN", error))
        return FALSE;

      /* Another connection may have migrated the file since the last read. */
      if (!read_user_version (db, &version, error))
        {
          rollback (db);
          return FALSE;
        }
      if (version >= latest)
        {
          rollback (db);
          break;
        }

      name = g_ptr_array_index (migrations, version);
      if (!apply_migration (db, resource_dir, name, version + 1, error)
          || !exec_sql (db, "COMMIT", name, error))
        {
          rollback (db);
          return FALSE;
        }
      g_debug ("Applied migration %s", name);
      version++;
    }

  if (out_version != NULL)
    *out_version = version;

  if (version > latest)
    {
      g_set_error (error, EC_DB_ERROR, EC_DB_ERROR_TOO_NEW,
                   "the database is at version %d, newer than the newest migration (%d)",
                   version, latest);
      return FALSE;
    }
  return TRUE;
}
