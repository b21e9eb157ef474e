/* ec-sim-applications-admin.h: the review of conversion applications under /admin.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-sim-server.h"

G_BEGIN_DECLS

void ec_sim_applications_admin_register (EcSimServer *server);

G_END_DECLS
