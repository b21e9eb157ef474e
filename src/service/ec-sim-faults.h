/* ec-sim-faults.h: /admin/faults, failures on demand.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-sim-server.h"

G_BEGIN_DECLS

void ec_sim_faults_register (EcSimServer *server);

G_END_DECLS
