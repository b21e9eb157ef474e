/* ec-sim-db.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-sim-db"

#include "config.h"

#include "ec-db-migrations.h"
#include "ec-sim-db.h"

/* The schema comes from numbered SQL files bundled as resources
 * (src/service/sql), applied by the migration runner that the client's
 * cache shares (src/db). */

#define MIGRATIONS_PATH RESOURCE_PREFIX "/sim/sql"

struct _EcSimDb {
  GObject parent_instance;

  sqlite3 *handle;
  /* SQL text → prepared statement, so that every statement is prepared
   * once; handlers pass literals, so the keys live as long as the program. */
  GHashTable *statements;
};

G_DEFINE_FINAL_TYPE (EcSimDb, ec_sim_db, G_TYPE_OBJECT)

static void
statement_free (gpointer data)
{
  sqlite3_finalize (data);
}

static void
ec_sim_db_finalize (GObject *object)
{
  EcSimDb *self = EC_SIM_DB (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->handle != NULL)
    sqlite3_close (self->handle);

  G_OBJECT_CLASS (ec_sim_db_parent_class)->finalize (object);
}

static void
ec_sim_db_class_init (EcSimDbClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ec_sim_db_finalize;
}

static void
ec_sim_db_init (EcSimDb *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            statement_free);
}

static gboolean
set_sqlite_error (EcSimDb    *self,
                  const char *what,
                  GError    **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", what,
               sqlite3_errmsg (self->handle));
  return FALSE;
}

/* Runs one or more statements without parameters. */
static gboolean
exec_sql (EcSimDb    *self,
          const char *sql,
          GError    **error)
{
  if (sqlite3_exec (self->handle, sql, NULL, NULL, NULL) != SQLITE_OK)
    return set_sqlite_error (self, "SQL", error);
  return TRUE;
}

/**
 * ec_sim_db_open:
 * @path: a database file, or ":memory:" for one that dies with the service
 * @error: return location for a #GError
 *
 * Opens (creating if needed) and migrates the database.
 *
 * Returns: (transfer full) (nullable): the database.
 */
EcSimDb *
ec_sim_db_open (const char *path,
                GError    **error)
{
  g_autoptr (EcSimDb) self = g_object_new (EC_TYPE_SIM_DB, NULL);

  if (sqlite3_open_v2 (path, &self->handle,
                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                       NULL)
      != SQLITE_OK)
    {
      set_sqlite_error (self, path, error);
      return NULL;
    }

  sqlite3_busy_timeout (self->handle, 5000);
  if (!exec_sql (self, "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL;", error)
      || !ec_db_migrate (self->handle, MIGRATIONS_PATH, NULL, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * ec_sim_db_prepare:
 * @self: the database
 * @sql: a statement; must be a string that outlives the database (a literal)
 *
 * Statements are prepared once and reset for reuse; a statement that fails
 * to prepare is a bug in the service, not a runtime condition.
 *
 * Returns: (transfer none): the reset statement, bindings cleared.
 */
sqlite3_stmt *
ec_sim_db_prepare (EcSimDb    *self,
                   const char *sql)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  if (sqlite3_prepare_v2 (self->handle, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("Cannot prepare “%s”: %s", sql, sqlite3_errmsg (self->handle));

  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

/**
 * ec_sim_db_begin:
 *
 * Starts a write transaction at once (BEGIN IMMEDIATE), so that a request
 * either sees its whole change applied or none of it.
 */
gboolean
ec_sim_db_begin (EcSimDb *self,
                 GError **error)
{
  return exec_sql (self, "BEGIN IMMEDIATE", error);
}

gboolean
ec_sim_db_commit (EcSimDb *self,
                  GError **error)
{
  return exec_sql (self, "COMMIT", error);
}

void
ec_sim_db_rollback (EcSimDb *self)
{
  if (!sqlite3_get_autocommit (self->handle))
    sqlite3_exec (self->handle, "ROLLBACK", NULL, NULL, NULL);
}

gint64
ec_sim_db_get_meta (EcSimDb    *self,
                    const char *key)
{
  sqlite3_stmt *stmt = ec_sim_db_prepare (self, "SELECT value FROM meta WHERE key = ?");
  gint64        value = 0;

  ec_sim_db_bind_text (stmt, 1, key);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

void
ec_sim_db_set_meta (EcSimDb    *self,
                    const char *key,
                    gint64      value)
{
  sqlite3_stmt *stmt = ec_sim_db_prepare (self, "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)");

  ec_sim_db_bind_text (stmt, 1, key);
  sqlite3_bind_int64 (stmt, 2, value);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    g_warning ("Cannot store %s: %s", key, sqlite3_errmsg (self->handle));
  sqlite3_reset (stmt);
}

/**
 * ec_sim_db_next_seq:
 *
 * Returns: the next value of the service-wide change counter, which orders
 *   every change a sync cursor can ask about.  Call inside a transaction.
 */
gint64
ec_sim_db_next_seq (EcSimDb *self)
{
  gint64 seq = ec_sim_db_get_meta (self, "seq") + 1;

  ec_sim_db_set_meta (self, "seq", seq);
  return seq;
}

/**
 * ec_sim_db_touch_person:
 *
 * A change to a person (a conversion, a re-login, a new environmental-
 * education account) changes the upload status of every one of their
 * records, so all of them get a new change number and an incremental sync
 * sends them again.  Call inside a transaction.
 */
gboolean
ec_sim_db_touch_person (EcSimDb *self,
                        gint64   person_id,
                        GError **error)
{
  sqlite3_stmt *stmt = ec_sim_db_prepare (self, "UPDATE records SET seq = ? WHERE person_id = ?");

  sqlite3_bind_int64 (stmt, 1, ec_sim_db_next_seq (self));
  sqlite3_bind_int64 (stmt, 2, person_id);
  return ec_sim_db_step_done (self, stmt, error);
}

gint64
ec_sim_db_last_insert_id (EcSimDb *self)
{
  return sqlite3_last_insert_rowid (self->handle);
}

/**
 * ec_sim_db_step_done:
 *
 * Runs a statement that returns no rows and resets it.
 */
gboolean
ec_sim_db_step_done (EcSimDb      *self,
                     sqlite3_stmt *stmt,
                     GError      **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return set_sqlite_error (self, "write", error);
  return TRUE;
}

/**
 * ec_sim_db_column_text:
 *
 * Returns: (nullable): a column as UTF-8 text, valid until the next step.
 */
const char *
ec_sim_db_column_text (sqlite3_stmt *stmt,
                       int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

void
ec_sim_db_bind_text (sqlite3_stmt *stmt,
                     int           index,
                     const char   *text)
{
  sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}
