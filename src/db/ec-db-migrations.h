/* ec-db-migrations.h: bringing a SQLite schema up to date from numbered SQL files.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/**
 * EcDbError:
 * @EC_DB_ERROR_TOO_NEW: the database's user_version is newer than the
 *   newest migration: it was written by a newer program, and is left as it
 *   is.
 * @EC_DB_ERROR_INVALID_MIGRATIONS: the migrations themselves are wrong (the
 *   folder is missing, a number is missing or used twice, a file is not
 *   named `NNN-name.sql`): a build error, not a runtime condition.
 * @EC_DB_ERROR_CORRUPT: the file is not a SQLite database, or is damaged.
 * @EC_DB_ERROR_FULL: the disk is full; the failed migration was rolled
 *   back.
 * @EC_DB_ERROR_FAILED: any other SQLite failure, a migration's own SQL
 *   included; the failed migration was rolled back.
 *
 * The messages are English and technical, for logs: a program that shows
 * the error to a person maps the code to a message of its own.
 */
typedef enum {
  EC_DB_ERROR_TOO_NEW,
  EC_DB_ERROR_INVALID_MIGRATIONS,
  EC_DB_ERROR_CORRUPT,
  EC_DB_ERROR_FULL,
  EC_DB_ERROR_FAILED,
} EcDbError;

#define EC_DB_ERROR (ec_db_error_quark ())
GQuark ec_db_error_quark (void);

gboolean ec_db_get_latest_version (const char *resource_dir,
                                   int        *out_version,
                                   GError    **error);

gboolean ec_db_migrate (sqlite3    *db,
                        const char *resource_dir,
                        int        *out_version,
                        GError    **error);

G_END_DECLS
