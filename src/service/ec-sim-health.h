/* ec-sim-health.h: GET /api/v1/health.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-sim-server.h"

G_BEGIN_DECLS

void ec_sim_health_register (EcSimServer *server);

G_END_DECLS
