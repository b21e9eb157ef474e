/* ec-sim-batch.h: the scheduled batch that uploads eligible hours, and the
 * reading of the upload rules' inputs from the database.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-core.h"
#include "ec-sim-server.h"

G_BEGIN_DECLS

/* The batch runs this often in real time, besides at start and whenever
 * the service clock moves. */
#define EC_SIM_BATCH_INTERVAL_SECONDS 60

/* The platform's nightly batch runs at this hour, Taiwan time: a date of
 * upload is this hour of that day. */
#define EC_SIM_BATCH_HOUR 2

/* The columns ec_sim_batch_read_course() reads, in this order, from a query
 * that names the record `r`. */
#define EC_SIM_COURSE_COLUMNS                                      \
  "r.route, r.minutes_lifelong, r.minutes_teacher, r.minutes_env," \
  " r.completed_at, r.uploaded_lifelong, r.uploaded_teacher, r.uploaded_env"
#define EC_SIM_N_COURSE_COLUMNS 8

/* The columns ec_sim_batch_read_account() reads, in this order, from a
 * query that names the account `a` and its person `p`. */
#define EC_SIM_ACCOUNT_COLUMNS                                                \
  "p.identity, a.kind, a.official_since, a.relogin_at, p.personnel_category," \
  " p.personnel_category_since, p.env_account_since, p.env_service_unit_ok,"  \
  " p.env_service_unit_since"
#define EC_SIM_N_ACCOUNT_COLUMNS 9

gboolean ec_sim_batch_read_course (sqlite3_stmt  *stmt,
                                   int            first_column,
                                   EcCourseFacts *out_course);

void ec_sim_batch_read_account (sqlite3_stmt   *stmt,
                                int             first_column,
                                EcAccountState *out_account);

gint64 ec_sim_batch_time (const GDate *date);

void ec_sim_batch_start (EcSimServer *server);

void ec_sim_batch_register (EcSimServer *server);

G_END_DECLS
