/* ec-sim-routes.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ec-sim-admin-personas.h"
#include "ec-sim-admin.h"
#include "ec-sim-agencies.h"
#include "ec-sim-applications-admin.h"
#include "ec-sim-applications-create.h"
#include "ec-sim-applications.h"
#include "ec-sim-batch.h"
#include "ec-sim-faults.h"
#include "ec-sim-health.h"
#include "ec-sim-lookup.h"
#include "ec-sim-profile.h"
#include "ec-sim-records-admin.h"
#include "ec-sim-records.h"
#include "ec-sim-recovery.h"
#include "ec-sim-routes.h"
#include "ec-sim-sessions.h"

/**
 * ec_sim_routes_register:
 *
 * Adds the endpoints of docs/api.md, one group (and one file) per
 * resource.
 */
void
ec_sim_routes_register (EcSimServer *server)
{
  ec_sim_health_register (server);
  ec_sim_admin_register (server);
  ec_sim_admin_personas_register (server);
  ec_sim_records_register (server);
  ec_sim_records_admin_register (server);
  ec_sim_batch_register (server);
  ec_sim_sessions_register (server);
  ec_sim_agencies_register (server);
  ec_sim_applications_create_register (server);
  ec_sim_applications_register (server);
  ec_sim_applications_admin_register (server);
  ec_sim_lookup_register (server);
  ec_sim_recovery_register (server);
  ec_sim_profile_register (server);
  ec_sim_faults_register (server);
}
