/* ec-sim-seed.h: the demo personas.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "ec-core.h"
#include "ec-sim-db.h"

G_BEGIN_DECLS

gboolean ec_sim_seed_demo (EcSimDb    *db,
                           EcCalendar *calendar,
                           gint64      now,
                           GError    **error);

JsonParser *ec_sim_seed_load_demo (GError **error);

G_END_DECLS
