/* ec-sim-person.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-sim-person"

#include "config.h"

#include "ec-core.h"
#include "ec-sim-person.h"

static gboolean
is_blank (const char *text)
{
  g_autofree char *copy = NULL;

  if (text == NULL)
    return TRUE;
  copy = g_strstrip (g_strdup (text));
  return copy[0] == '\0';
}

/* The person may be identified by a Taiwanese ID (or resident) number or,
 * for a foreigner without one, by a passport number: either will do. */
static gboolean
has_identity_document (const char *id_number,
                       const char *passport)
{
  return (id_number != NULL && ec_id_number_validate (id_number, NULL, NULL))
         || (passport != NULL && ec_passport_number_validate (passport, NULL));
}

/**
 * ec_sim_person_missing_fields:
 * @db: the service's database
 * @person_id: a person
 *
 * Says whether the person is an advanced member (進階會員), the
 * precondition of a conversion application (DOMAIN.md): birthday, ID or
 * passport number, mailing address and phone number must all be filled in
 * correctly.  "Correctly" is judged by the domain core's validators, the
 * same ones the client's profile form uses, so that a value the platform
 * would not accept never counts as filled in.  The profile endpoints use
 * this same function, so the two can never disagree about who is advanced.
 *
 * Returns: (transfer full): the missing (or malformed) fields among
 *   %EC_SIM_PERSON_FIELD_BIRTHDAY, %EC_SIM_PERSON_FIELD_ID_NUMBER (an ID,
 *   resident or passport number), %EC_SIM_PERSON_FIELD_ADDRESS and
 *   %EC_SIM_PERSON_FIELD_PHONE, in that order; empty for an advanced
 *   member.  An unknown person misses all four.
 */
GStrv
ec_sim_person_missing_fields (EcSimDb *db,
                              gint64   person_id)
{
  g_autoptr (GStrvBuilder) missing = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  GDate         birthday;

  g_return_val_if_fail (EC_IS_SIM_DB (db), NULL);

  stmt = ec_sim_db_prepare (db, "SELECT birthday, id_number, passport, address, phone FROM persons WHERE id = ?");
  sqlite3_bind_int64 (stmt, 1, person_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      const char *const all[] = { EC_SIM_PERSON_FIELD_BIRTHDAY, EC_SIM_PERSON_FIELD_ID_NUMBER,
                                  EC_SIM_PERSON_FIELD_ADDRESS, EC_SIM_PERSON_FIELD_PHONE, NULL };

      sqlite3_reset (stmt);
      return g_strdupv ((GStrv) all);
    }

  if (ec_sim_db_column_text (stmt, 0) == NULL
      || !ec_date_from_iso8601 (ec_sim_db_column_text (stmt, 0), &birthday, NULL))
    g_strv_builder_add (missing, EC_SIM_PERSON_FIELD_BIRTHDAY);
  if (!has_identity_document (ec_sim_db_column_text (stmt, 1), ec_sim_db_column_text (stmt, 2)))
    g_strv_builder_add (missing, EC_SIM_PERSON_FIELD_ID_NUMBER);
  if (is_blank (ec_sim_db_column_text (stmt, 3)))
    g_strv_builder_add (missing, EC_SIM_PERSON_FIELD_ADDRESS);
  if (!ec_phone_number_validate (ec_sim_db_column_text (stmt, 4), NULL))
    g_strv_builder_add (missing, EC_SIM_PERSON_FIELD_PHONE);
  sqlite3_reset (stmt);

  return g_strv_builder_end (missing);
}
