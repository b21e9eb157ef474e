/* ec-sim-person.h: what the reference service concludes about a person.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "ec-core.h"
#include "ec-sim-db.h"

G_BEGIN_DECLS

EcProfileMissing ec_sim_person_missing_fields (EcSimDb *db,
                                               gint64   person_id,
                                               gint64   now);

void ec_sim_person_add_missing (JsonBuilder     *builder,
                                EcProfileMissing missing);

G_END_DECLS
