/* ec-sim-agencies.c: GET /api/v1/agencies/{oid}, the agency directory (OID
 * → name) that the application form names the new agency from.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-sim-agencies"

#include "config.h"

#include "ec-core.h"
#include "ec-sim-agencies.h"

/* An agency's OID is public (it is printed on the application form), so
 * unlike personal data it may travel in the URL.
 *
 * Only an exact OID is answered.  A child agency's OID extends its
 * parent's, but an unknown child is not its parent: naming the parent on a
 * form would send the application to the wrong agency, so an unknown OID
 * is 404 even when a prefix of it is known. */
static void
handle_get (EcSimContext *ctx)
{
  const char *oid = g_hash_table_lookup (ctx->params, "oid");
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonBuilder) builder = NULL;
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *name = NULL;
  sqlite3_stmt    *stmt;

  if (!ec_agency_oid_validate (oid, &error))
    {
      ec_sim_context_reply_invalid (ctx, error, "oid");
      return;
    }

  stmt = ec_sim_db_prepare (ctx->db, "SELECT name FROM agencies WHERE oid = ?");
  ec_sim_db_bind_text (stmt, 1, oid);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    name = g_strdup (ec_sim_db_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (name == NULL)
    {
      ec_sim_context_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "not_found",
                                  "No agency has this OID in the directory.", NULL);
      return;
    }

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "oid");
  json_builder_add_string_value (builder, oid);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, name);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  ec_sim_context_reply_json (ctx, SOUP_STATUS_OK, root);
}

void
ec_sim_agencies_register (EcSimServer *server)
{
  ec_sim_server_add_route (server, "GET", "/api/v1/agencies/{oid}", EC_SIM_AUTH_NONE, handle_get);
}
