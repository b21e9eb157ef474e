/* ec-sim-person.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-sim-person"

#include "config.h"

#include "ec-core.h"
#include "ec-sim-person.h"

/**
 * ec_sim_person_missing_fields:
 * @db: the service's database
 * @person_id: a person
 * @now: the service clock, which says what "today" is for the birthday
 *
 * Reads the person's stored data and asks the domain core whether they are
 * an advanced member (ec_profile_missing_fields()), the precondition of a
 * conversion application.  The core is the one definition, shared with the
 * client's profile form; the conversion and the profile endpoints both ask
 * here, so that they never disagree about who is advanced.
 *
 * Returns: the fields to fill in or correct; %EC_PROFILE_MISSING_NONE for
 *   an advanced member.  An unknown person misses all four.
 */
EcProfileMissing
ec_sim_person_missing_fields (EcSimDb *db,
                              gint64   person_id,
                              gint64   now)
{
  sqlite3_stmt    *stmt;
  EcProfileMissing missing;
  GDate            today;

  g_return_val_if_fail (EC_IS_SIM_DB (db), EC_PROFILE_MISSING_ALL);

  ec_time_to_taiwan_date (now, &today);
  stmt = ec_sim_db_prepare (db, "SELECT birthday, id_number, passport, address, phone FROM persons WHERE id = ?");
  sqlite3_bind_int64 (stmt, 1, person_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    missing = ec_profile_missing_fields (ec_sim_db_column_text (stmt, 0), ec_sim_db_column_text (stmt, 1),
                                         ec_sim_db_column_text (stmt, 2), ec_sim_db_column_text (stmt, 3),
                                         ec_sim_db_column_text (stmt, 4), &today);
  else
    missing = EC_PROFILE_MISSING_ALL;
  sqlite3_reset (stmt);

  return missing;
}

/**
 * ec_sim_person_add_missing:
 * @builder: a builder that expects a value
 * @missing: what ec_sim_person_missing_fields() returned
 *
 * Adds the API's `missing` array: the names of
 * ec_profile_missing_to_strv(), empty for an advanced member.
 */
void
ec_sim_person_add_missing (JsonBuilder     *builder,
                           EcProfileMissing missing)
{
  g_auto (GStrv) names = ec_profile_missing_to_strv (missing);

  json_builder_begin_array (builder);
  for (guint i = 0; names[i] != NULL; i++)
    json_builder_add_string_value (builder, names[i]);
  json_builder_end_array (builder);
}
