/* ec-sim-records-admin.h: the /admin endpoints that change what the upload rules read.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-sim-server.h"

G_BEGIN_DECLS

void ec_sim_records_admin_register (EcSimServer *server);

G_END_DECLS
