/* ec-sim-lookup.c: POST /api/v1/account-lookup, the official account
 * lookup (公務帳號查詢).
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-sim-lookup"

#include "config.h"

#include "ec-core.h"
#include "ec-sim-lookup.h"

/* RFC 6585; libsoup has no name for it. */
#define TOO_MANY_REQUESTS 429

/* Anyone may ask, before logging in (DOMAIN.md, "Checking for a valid
 * official account"), so the endpoint is built not to help anyone who
 * collects ID numbers: the ID travels in the body only, the answer is the
 * same 200 whether the ID is unknown or known under another name, the
 * accounts are masked, and each client may ask only so often. */

static gboolean
take_rate_limit (EcSimContext *ctx)
{
  EcSimRateLimiter *limiter = ec_sim_server_get_lookup_limiter (ctx->server);
  gint64            retry_after = 0;
  g_autofree char  *header = NULL;

  if (ec_sim_rate_limiter_take (limiter, ctx->client, &retry_after))
    return TRUE;

  header = g_strdup_printf ("%" G_GINT64_FORMAT, retry_after);
  soup_message_headers_replace (soup_server_message_get_response_headers (ctx->msg),
                                "Retry-After", header);
  ec_sim_context_reply_error (ctx, TOO_MANY_REQUESTS, "rate_limited",
                              "Too many account lookups from this client: wait before asking again.",
                              NULL);
  /* The reply helper leaves the reason phrase to libsoup, which does not
   * know this status. */
  soup_server_message_set_status (ctx->msg, TOO_MANY_REQUESTS, "Too Many Requests");
  return FALSE;
}

/* Only the accounts that certify hours are official accounts: a
 * certificate is a way of logging in to one of them, and a social account
 * never counts (DOMAIN.md, "Login routes"). */
static void
build_accounts (EcSimContext *ctx,
                const char   *id_number,
                const char   *name,
                JsonBuilder  *builder)
{
  sqlite3_stmt *stmt = ec_sim_db_prepare (ctx->db,
                                          "SELECT a.login, a.type, a.kind, p.name"
                                          " FROM persons p JOIN accounts a ON a.person_id = p.id"
                                          " WHERE p.id_number = ? AND p.name = ?"
                                          " AND a.type IN ('ecpa', 'gov-tw') ORDER BY a.id");

  ec_sim_db_bind_text (stmt, 1, id_number);
  ec_sim_db_bind_text (stmt, 2, name);

  json_builder_begin_array (builder);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *masked = ec_account_mask (ec_sim_db_column_text (stmt, 0));

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "account");
      json_builder_add_string_value (builder, masked);
      json_builder_set_member_name (builder, "type");
      json_builder_add_string_value (builder, ec_sim_db_column_text (stmt, 1));
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, ec_sim_db_column_text (stmt, 3));
      json_builder_set_member_name (builder, "identity");
      json_builder_add_string_value (builder, ec_sim_db_column_text (stmt, 2));
      json_builder_end_object (builder);
    }
  sqlite3_reset (stmt);
  json_builder_end_array (builder);
}

/* The rate limit is taken before anything is validated: a request that
 * fails validation still cost the service a look, and counting it keeps
 * the limit simple to explain. */
static void
handle_lookup (EcSimContext *ctx)
{
  g_autoptr (JsonBuilder) builder = NULL;
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *normalized_name = NULL;
  const char      *id_number, *name;

  if (!take_rate_limit (ctx) || !ec_sim_context_require_body (ctx))
    return;

  id_number = ec_sim_context_get_string (ctx, "id_number", TRUE);
  name = id_number != NULL ? ec_sim_context_get_string (ctx, "name", TRUE) : NULL;
  if (ctx->replied)
    return;

  /* The ID is checked as sent, not normalized: the client's form
   * normalizes what a person types (ec_id_number_normalize), and the
   * service accepts only what a form would have produced. */
  if (!ec_id_number_validate (id_number, NULL, &error))
    {
      ec_sim_context_reply_invalid (ctx, error, "id_number");
      return;
    }
  if (!ec_person_name_validate (name, &error))
    {
      ec_sim_context_reply_invalid (ctx, error, "name");
      return;
    }

  /* Unlike the ID number, the name is compared without the white space
   * around it: an input method's stray space is not another name. */
  normalized_name = ec_person_name_normalize (name);
  builder = json_builder_new ();
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "accounts");
  build_accounts (ctx, id_number, normalized_name, builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  ec_sim_context_reply_json (ctx, SOUP_STATUS_OK, root);
}

void
ec_sim_lookup_register (EcSimServer *server)
{
  ec_sim_server_add_route (server, "POST", "/api/v1/account-lookup", EC_SIM_AUTH_NONE, handle_lookup);
}
