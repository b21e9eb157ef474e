/* ec-sim-lookup.h: POST /api/v1/account-lookup, the official account lookup.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-sim-server.h"

G_BEGIN_DECLS

void ec_sim_lookup_register (EcSimServer *server);

G_END_DECLS
