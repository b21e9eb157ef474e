/* ec-sim-admin-personas.c: GET /admin/personas, the demo learners' ways to
 * log in (docs/api.md, "Admin endpoints").
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-sim-admin-personas"

#include "config.h"

#include "ec-sim-admin-personas.h"
#include "ec-sim-seed.h"

/* The demo's persona picker needs the passwords, which the database keeps
 * only as hashes: they come from the demo data itself, the same made-up
 * ones docs/demo.md publishes.  A person or an account is listed only if
 * the database really holds it, so that a service that was not seeded with
 * the demo lists nobody, and the list never offers a login that would
 * fail for not existing. */

static gint64
find_person (EcSimDb    *db,
             const char *id_number)
{
  sqlite3_stmt *stmt = ec_sim_db_prepare (db, "SELECT id FROM persons WHERE id_number = ?");
  gint64        id = 0;

  ec_sim_db_bind_text (stmt, 1, id_number);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

static gboolean
has_account (EcSimDb    *db,
             gint64      person_id,
             const char *login)
{
  sqlite3_stmt *stmt = ec_sim_db_prepare (db, "SELECT 1 FROM accounts WHERE person_id = ? AND login = ?");
  gboolean      found;

  sqlite3_bind_int64 (stmt, 1, person_id);
  ec_sim_db_bind_text (stmt, 2, login);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return found;
}

static void
add_logins (JsonBuilder *builder,
            EcSimDb     *db,
            gint64       person_id,
            JsonArray   *accounts)
{
  json_builder_set_member_name (builder, "logins");
  json_builder_begin_array (builder);
  for (guint i = 0; i < json_array_get_length (accounts); i++)
    {
      JsonObject *account = json_array_get_object_element (accounts, i);
      const char *login = json_object_get_string_member (account, "login");

      if (!has_account (db, person_id, login))
        continue;

      /* An account's type is the route its login takes
       * (POST /api/v1/sessions): a certificate logs in as "certificate",
       * bound or not. */
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "route");
      json_builder_add_string_value (builder, json_object_get_string_member (account, "type"));
      json_builder_set_member_name (builder, "account");
      json_builder_add_string_value (builder, login);
      json_builder_set_member_name (builder, "password");
      json_builder_add_string_value (builder, json_object_get_string_member (account, "password"));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
handle_get_personas (EcSimContext *ctx)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonParser) parser = ec_sim_seed_load_demo (&error);
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;
  JsonArray *persons;

  if (parser == NULL)
    {
      ec_sim_context_reply_internal (ctx, error);
      return;
    }

  persons = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "persons");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "personas");
  json_builder_begin_array (builder);
  for (guint i = 0; i < json_array_get_length (persons); i++)
    {
      JsonObject *person = json_array_get_object_element (persons, i);
      gint64      person_id = find_person (ctx->db, json_object_get_string_member (person, "id_number"));

      if (person_id == 0)
        continue;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "persona");
      json_builder_add_string_value (builder, json_object_get_string_member (person, "persona"));
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, json_object_get_string_member (person, "name"));
      json_builder_set_member_name (builder, "identity");
      json_builder_add_string_value (builder, json_object_get_string_member (person, "identity"));
      add_logins (builder, ctx->db, person_id, json_object_get_array_member (person, "accounts"));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  ec_sim_context_reply_json (ctx, SOUP_STATUS_OK, root);
}

void
ec_sim_admin_personas_register (EcSimServer *server)
{
  ec_sim_server_add_route (server, "GET", "/admin/personas", EC_SIM_AUTH_ADMIN, handle_get_personas);
}
