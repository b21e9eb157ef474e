/* ec-sim-recovery.h: password recovery by SMS, and the codes the service "sent".
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-sim-server.h"

G_BEGIN_DECLS

void ec_sim_recovery_register (EcSimServer *server);

G_END_DECLS
