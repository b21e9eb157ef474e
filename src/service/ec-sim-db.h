/* ec-sim-db.h: the reference service's SQLite database.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

#define EC_TYPE_SIM_DB (ec_sim_db_get_type ())

G_DECLARE_FINAL_TYPE (EcSimDb, ec_sim_db, EC, SIM_DB, GObject)

EcSimDb *ec_sim_db_open (const char *path,
                         GError    **error);

sqlite3_stmt *ec_sim_db_prepare (EcSimDb    *self,
                                 const char *sql);

gboolean ec_sim_db_begin (EcSimDb *self,
                          GError **error);

gboolean ec_sim_db_commit (EcSimDb *self,
                           GError **error);

void ec_sim_db_rollback (EcSimDb *self);

gint64 ec_sim_db_next_seq (EcSimDb *self);

gint64 ec_sim_db_get_meta (EcSimDb    *self,
                           const char *key);

void ec_sim_db_set_meta (EcSimDb    *self,
                         const char *key,
                         gint64      value);

gboolean ec_sim_db_touch_person (EcSimDb *self,
                                 gint64   person_id,
                                 GError **error);

gint64 ec_sim_db_last_insert_id (EcSimDb *self);

gboolean ec_sim_db_step_done (EcSimDb      *self,
                              sqlite3_stmt *stmt,
                              GError      **error);

const char *ec_sim_db_column_text (sqlite3_stmt *stmt,
                                   int           column);

void ec_sim_db_bind_text (sqlite3_stmt *stmt,
                          int           index,
                          const char   *text);

G_END_DECLS
