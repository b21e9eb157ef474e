/* ec-sim-routes.h: every group of endpoints registers itself here.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-sim-server.h"

G_BEGIN_DECLS

void ec_sim_routes_register (EcSimServer *server);

G_END_DECLS
