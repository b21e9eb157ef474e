/* ec-sim-seed.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-sim-seed"

#include "config.h"

#include <json-glib/json-glib.h>

#include "ec-sim-batch.h"
#include "ec-sim-resources.h"
#include "ec-sim-secret.h"
#include "ec-sim-seed.h"

/* The personas live in data/demo.json (documented in docs/demo.md), so that
 * adding one is an edit of data, not of code.  Their dates are days relative
 * to the service clock at seeding: the demo always opens with recent
 * courses, some uploaded, some pending. */

#define DEMO_PATH RESOURCE_PREFIX "/sim/demo.json"
#define SECONDS_PER_DAY (24 * 60 * 60)

static const char *const networks[] = { "lifelong", "teacher", "env" };

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL;
}

static gint64
days_to_time (JsonObject *object,
              const char *name,
              gint64      now)
{
  if (!json_object_has_member (object, name))
    return 0;
  return now + json_object_get_int_member (object, name) * SECONDS_PER_DAY;
}

static gboolean
insert_simple (EcSimDb    *db,
               const char *sql,
               JsonArray  *rows,
               GError    **error)
{
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject   *row = json_array_get_object_element (rows, i);
      sqlite3_stmt *stmt = ec_sim_db_prepare (db, sql);
      GList        *members = json_object_get_members (row);
      int           index = 1;

      for (GList *l = members; l != NULL; l = l->next, index++)
        {
          JsonNode *node = json_object_get_member (row, l->data);

          if (json_node_get_value_type (node) == G_TYPE_STRING)
            ec_sim_db_bind_text (stmt, index, json_node_get_string (node));
          else
            sqlite3_bind_int64 (stmt, index, json_node_get_int (node));
        }
      g_list_free (members);

      if (!ec_sim_db_step_done (db, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gint64
find_account_id (EcSimDb    *db,
                 gint64      person_id,
                 const char *login)
{
  sqlite3_stmt *stmt = ec_sim_db_prepare (db, "SELECT id FROM accounts WHERE person_id = ? AND login = ?");
  gint64        id = 0;

  sqlite3_bind_int64 (stmt, 1, person_id);
  ec_sim_db_bind_text (stmt, 2, login);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

static gboolean
insert_accounts (EcSimDb   *db,
                 gint64     person_id,
                 JsonArray *accounts,
                 GError   **error)
{
  /* Bound certificates name an account of the same person, so they go in
   * a second pass, once that account exists. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < json_array_get_length (accounts); i++)
      {
        JsonObject      *account = json_array_get_object_element (accounts, i);
        const char      *bound_to = member_string (account, "bound_to");
        const char      *kind = member_string (account, "kind");
        g_autofree char *hash = NULL;
        sqlite3_stmt    *stmt;

        if ((bound_to != NULL) != (pass == 1))
          continue;

        hash = ec_sim_password_hash (member_string (account, "password"));
        stmt = ec_sim_db_prepare (db,
                                  "INSERT INTO accounts (person_id, type, login, password_hash, kind, bound_account_id)"
                                  " VALUES (?, ?, ?, ?, ?, ?)");
        sqlite3_bind_int64 (stmt, 1, person_id);
        ec_sim_db_bind_text (stmt, 2, member_string (account, "type"));
        ec_sim_db_bind_text (stmt, 3, member_string (account, "login"));
        ec_sim_db_bind_text (stmt, 4, hash);
        ec_sim_db_bind_text (stmt, 5, kind != NULL ? kind : "natural-person");
        if (bound_to != NULL)
          sqlite3_bind_int64 (stmt, 6, find_account_id (db, person_id, bound_to));
        else
          sqlite3_bind_null (stmt, 6);
        if (!ec_sim_db_step_done (db, stmt, error))
          return FALSE;
      }

  return TRUE;
}

/* A record is filed under the account the learner was logged in to: for a
 * bound certificate that is the account it is bound to. */
/* When the nightly batch uploaded hours completed at @completed: the
 * batch's run on the working day %EC_UPLOAD_WORKING_DAYS working days
 * later (DOMAIN.md, "When hours upload to a network"), or never if that
 * run is still to come at @now. */
static gint64
upload_time (EcCalendar *calendar,
             gint64      completed,
             gint64      now)
{
  GDate  completed_on, upload_on;
  gint64 time;

  if (completed == EC_TIME_NEVER)
    return 0;

  /* A year the calendar has no data for counts weekends only: the date is
   * an estimate, and still a weekday. */
  ec_time_to_taiwan_date (completed, &completed_on);
  ec_calendar_add_working_days (calendar, &completed_on, EC_UPLOAD_WORKING_DAYS, &upload_on);
  time = ec_sim_batch_time (&upload_on);
  return time <= now ? time : 0;
}

static gboolean
insert_record (EcSimDb    *db,
               EcCalendar *calendar,
               gint64      person_id,
               JsonObject *record,
               gint64      now,
               GError    **error)
{
  sqlite3_stmt    *stmt = ec_sim_db_prepare (db, "SELECT id, type, bound_account_id FROM accounts"
                                                    " WHERE person_id = ? AND login = ?");
  JsonArray       *uploaded = json_object_has_member (record, "uploaded")
                                  ? json_object_get_array_member (record, "uploaded")
                                  : NULL;
  gint64           completed = days_to_time (record, "completed_days", now);
  gint64           account_id = 0, bound = 0;
  g_autofree char *type = NULL;
  const char      *route;

  sqlite3_bind_int64 (stmt, 1, person_id);
  ec_sim_db_bind_text (stmt, 2, member_string (record, "account"));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      account_id = sqlite3_column_int64 (stmt, 0);
      type = g_strdup (ec_sim_db_column_text (stmt, 1));
      bound = sqlite3_column_int64 (stmt, 2);
    }
  sqlite3_reset (stmt);
  if (account_id == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "demo data: a record names an unknown account");
      return FALSE;
    }

  route = type;
  if (g_strcmp0 (type, "certificate") == 0)
    {
      route = bound != 0 ? "certificate-bound" : "certificate-unbound";
      if (bound != 0)
        account_id = bound;
    }

  stmt = ec_sim_db_prepare (db,
                            "INSERT INTO records (person_id, account_id, route, course,"
                            " minutes_lifelong, minutes_teacher, minutes_env, completed_at,"
                            " uploaded_lifelong, uploaded_teacher, uploaded_env, seq)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  sqlite3_bind_int64 (stmt, 1, person_id);
  sqlite3_bind_int64 (stmt, 2, account_id);
  ec_sim_db_bind_text (stmt, 3, route);
  ec_sim_db_bind_text (stmt, 4, member_string (record, "course"));
  for (guint n = 0; n < G_N_ELEMENTS (networks); n++)
    {
      gboolean done = FALSE;

      sqlite3_bind_int64 (stmt, 5 + n, json_object_has_member (record, networks[n]) ? json_object_get_int_member (record, networks[n]) : 0);
      for (guint u = 0; uploaded != NULL && u < json_array_get_length (uploaded); u++)
        done |= g_strcmp0 (json_array_get_string_element (uploaded, u), networks[n]) == 0;
      sqlite3_bind_int64 (stmt, 9 + n, done ? upload_time (calendar, completed, now) : 0);
    }
  sqlite3_bind_int64 (stmt, 8, completed);
  sqlite3_bind_int64 (stmt, 12, ec_sim_db_next_seq (db));
  return ec_sim_db_step_done (db, stmt, error);
}

static gboolean
insert_person (EcSimDb    *db,
               EcCalendar *calendar,
               JsonObject *person,
               gint64      now,
               GError    **error)
{
  sqlite3_stmt *stmt = ec_sim_db_prepare (db,
                                          "INSERT INTO persons (id_number, name, birthday, address, phone,"
                                          " identity, personnel_category, env_account_since,"
                                          " env_service_unit_ok, agency_oid)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  JsonArray    *records = json_object_get_array_member (person, "records");
  gint64        person_id;

  ec_sim_db_bind_text (stmt, 1, member_string (person, "id_number"));
  ec_sim_db_bind_text (stmt, 2, member_string (person, "name"));
  ec_sim_db_bind_text (stmt, 3, member_string (person, "birthday"));
  ec_sim_db_bind_text (stmt, 4, member_string (person, "address"));
  ec_sim_db_bind_text (stmt, 5, member_string (person, "phone"));
  ec_sim_db_bind_text (stmt, 6, member_string (person, "identity"));
  sqlite3_bind_int64 (stmt, 7, json_object_has_member (person, "personnel_category") ? json_object_get_int_member (person, "personnel_category") : 0);
  sqlite3_bind_int64 (stmt, 8, days_to_time (person, "env_account_days", now));
  sqlite3_bind_int (stmt, 9, json_object_has_member (person, "env_service_unit_ok") && json_object_get_boolean_member (person, "env_service_unit_ok"));
  ec_sim_db_bind_text (stmt, 10, member_string (person, "agency_oid"));
  if (!ec_sim_db_step_done (db, stmt, error))
    return FALSE;

  person_id = ec_sim_db_last_insert_id (db);
  if (!insert_accounts (db, person_id, json_object_get_array_member (person, "accounts"), error))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (records); i++)
    if (!insert_record (db, calendar, person_id, json_array_get_object_element (records, i), now, error))
      return FALSE;

  return TRUE;
}

static gboolean
is_empty (EcSimDb *db)
{
  sqlite3_stmt *stmt = ec_sim_db_prepare (db, "SELECT COUNT(*) FROM persons");
  gboolean      empty = TRUE;

  if (sqlite3_step (stmt) == SQLITE_ROW)
    empty = sqlite3_column_int64 (stmt, 0) == 0;
  sqlite3_reset (stmt);
  return empty;
}

static gboolean
seed (EcSimDb    *db,
      EcCalendar *calendar,
      JsonObject *root,
      gint64      now,
      GError    **error)
{
  JsonArray *persons = json_object_get_array_member (root, "persons");

  if (!insert_simple (db, "INSERT INTO agencies (oid, name) VALUES (?, ?)",
                      json_object_get_array_member (root, "agencies"), error)
      || !insert_simple (db, "INSERT INTO roster (id_number, name, agency_oid, personnel_category, has_ecpa)"
                             " VALUES (?, ?, ?, ?, ?)",
                         json_object_get_array_member (root, "roster"), error))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (persons); i++)
    if (!insert_person (db, calendar, json_array_get_object_element (persons, i), now, error))
      return FALSE;

  return TRUE;
}

/**
 * ec_sim_seed_load_demo:
 * @error: return location for a #GError
 *
 * Parses the demo data (data/demo.json), for the seed and for the admin
 * endpoint that lists the demo's logins.
 *
 * Returns: (transfer full) (nullable): the parser holding it.
 */
JsonParser *
ec_sim_seed_load_demo (GError **error)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();

  bytes = g_resource_lookup_data (ec_sim_get_resource (), DEMO_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL
      || !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error))
    return NULL;
  return g_steal_pointer (&parser);
}

/**
 * ec_sim_seed_demo:
 * @db: the service's database
 * @calendar: the office calendar, for the dates of the uploads
 * @now: the service clock
 * @error: return location for a #GError
 *
 * Fills an empty database with the demo personas, in one transaction.  A
 * database that already holds people is left alone, so that a persistent
 * demo keeps what was done in it.
 */
gboolean
ec_sim_seed_demo (EcSimDb    *db,
                  EcCalendar *calendar,
                  gint64      now,
                  GError    **error)
{
  g_autoptr (JsonParser) parser = ec_sim_seed_load_demo (error);

  if (parser == NULL)
    return FALSE;

  /* Checked inside the write transaction: two services started at once on
   * one file must not both seed it. */
  if (!ec_sim_db_begin (db, error))
    return FALSE;
  if (!is_empty (db))
    return ec_sim_db_commit (db, error);
  if (!seed (db, calendar, json_node_get_object (json_parser_get_root (parser)), now, error))
    {
      ec_sim_db_rollback (db);
      return FALSE;
    }
  return ec_sim_db_commit (db, error);
}
