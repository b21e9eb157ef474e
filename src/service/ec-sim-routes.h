/* ec-sim-routes.h: every group of endpoints registers itself here.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-sim-server.h"

G_BEGIN_DECLS

void ec_sim_routes_register (EcSimServer *server);

/* One function per file of handlers (ec-sim-<group>.c). */
void ec_sim_admin_register (EcSimServer *server);
void ec_sim_admin_personas_register (EcSimServer *server);
void ec_sim_agencies_register (EcSimServer *server);
void ec_sim_health_register (EcSimServer *server);
void ec_sim_applications_register (EcSimServer *server);
void ec_sim_records_register (EcSimServer *server);
void ec_sim_sessions_register (EcSimServer *server);
void ec_sim_lookup_register (EcSimServer *server);
void ec_sim_recovery_register (EcSimServer *server);
void ec_sim_profile_register (EcSimServer *server);
void ec_sim_faults_register (EcSimServer *server);

G_END_DECLS
