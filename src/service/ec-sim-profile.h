/* ec-sim-profile.h: GET and PUT /api/v1/profile, the learner's personal data.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-sim-server.h"

G_BEGIN_DECLS

void ec_sim_profile_register (EcSimServer *server);

G_END_DECLS
