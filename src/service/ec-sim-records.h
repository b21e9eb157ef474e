/* ec-sim-records.h: the learning record and the account state the upload
 * rules read.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "ec-core.h"
#include "ec-sim-server.h"

G_BEGIN_DECLS

gboolean ec_sim_records_read_account_state (EcSimDb        *db,
                                            gint64          account_id,
                                            EcAccountState *out_account);

void ec_sim_records_build_account_state (JsonBuilder          *builder,
                                         const EcAccountState *account);

void ec_sim_records_register (EcSimServer *server);

G_END_DECLS
