/* ec-sim-admin.h: /admin/clock, the service clock that the demo and the tests move.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-sim-server.h"

G_BEGIN_DECLS

void ec_sim_admin_register (EcSimServer *server);

G_END_DECLS
