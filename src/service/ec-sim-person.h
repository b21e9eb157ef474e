/* ec-sim-person.h: what the reference service concludes about a person.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-sim-db.h"

G_BEGIN_DECLS

/* The names ec_sim_person_missing_fields() returns, in this order; the API
 * sends them as they are (`"missing": ["address", "phone"]`). */
#define EC_SIM_PERSON_FIELD_BIRTHDAY "birthday"
#define EC_SIM_PERSON_FIELD_ID_NUMBER "id_number"
#define EC_SIM_PERSON_FIELD_ADDRESS "address"
#define EC_SIM_PERSON_FIELD_PHONE "phone"

GStrv ec_sim_person_missing_fields (EcSimDb *db,
                                    gint64   person_id);

G_END_DECLS
