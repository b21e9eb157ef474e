/* ec-sim-admin-personas.h: GET /admin/personas, the demo learners' ways to log in.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-sim-server.h"

G_BEGIN_DECLS

void ec_sim_admin_personas_register (EcSimServer *server);

G_END_DECLS
