/* ec-sim-generator.h: synthetic learning records, for benchmarks.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-core.h"
#include "ec-sim-db.h"

G_BEGIN_DECLS

#define EC_SIM_GENERATOR_MAX_COURSES 100000

gboolean ec_sim_generator_run (EcSimDb    *db,
                               EcCalendar *calendar,
                               const char *login,
                               guint       n_courses,
                               gint64      now,
                               GError    **error);

G_END_DECLS
