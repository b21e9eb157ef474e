/* ec-sim-applications-admin.c: the service centre's review of pending
 * conversion applications: GET /admin/applications, POST
 * /admin/applications/{id}/approve and …/reject.  They exist only when the
 * service runs with --admin (docs/api.md, "Admin endpoints"): the real
 * review is a person reading a faxed form, which the demo and the tests
 * play through these.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-sim-applications"

#include "config.h"

#include "ec-core.h"
#include "ec-sim-applications-admin.h"
#include "ec-sim-applications.h"

static const char *const statuses[] = { "completed", "pending", "approved", "rejected", NULL };

static void
handle_list (EcSimContext *ctx)
{
  const char *query = g_uri_get_query (soup_server_message_get_uri (ctx->msg));
  g_autoptr (GHashTable) params = NULL;
  const char   *status = NULL;
  sqlite3_stmt *stmt;

  if (query != NULL)
    params = g_uri_parse_params (query, -1, "&", G_URI_PARAMS_NONE, NULL);
  if (params != NULL)
    status = g_hash_table_lookup (params, "status");
  if (status != NULL && !g_strv_contains (statuses, status))
    {
      ec_sim_context_reply_error (ctx, SOUP_STATUS_UNPROCESSABLE_ENTITY, "invalid_status",
                                  "The status must be completed, pending, approved or rejected.", "status");
      return;
    }

  stmt = ec_sim_db_prepare (ctx->db,
                            "SELECT id FROM applications WHERE ?1 IS NULL OR status = ?1"
                            " ORDER BY created_at DESC, id DESC");
  ec_sim_db_bind_text (stmt, 1, status);
  ec_sim_applications_reply_list (ctx, stmt, TRUE);
}

/* Starts a decision: a transaction holding the pending application.  Only
 * a pending application can be decided; deciding twice would convert an
 * account twice or undo a conversion.
 *
 * Returns: the application's id, or 0 after answering. */
static gint64
begin_decision (EcSimContext *ctx,
                gint64       *out_account_id,
                char        **out_agency_oid)
{
  gint64 id = ec_sim_context_get_param_id (ctx, "id");
  g_autoptr (GError) error = NULL;
  g_autofree char *status = NULL;
  sqlite3_stmt    *stmt;

  if (id == 0)
    return 0;

  if (!ec_sim_db_begin (ctx->db, &error))
    {
      ec_sim_context_reply_internal (ctx, error);
      return 0;
    }

  stmt = ec_sim_db_prepare (ctx->db, "SELECT status, account_id, agency_oid FROM applications WHERE id = ?");
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      status = g_strdup (ec_sim_db_column_text (stmt, 0));
      *out_account_id = sqlite3_column_int64 (stmt, 1);
      *out_agency_oid = g_strdup (ec_sim_db_column_text (stmt, 2));
    }
  sqlite3_reset (stmt);

  if (status == NULL)
    {
      ec_sim_db_rollback (ctx->db);
      ec_sim_context_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "not_found", "No such application.", NULL);
      return 0;
    }
  if (g_strcmp0 (status, "pending") != 0)
    {
      ec_sim_db_rollback (ctx->db);
      ec_sim_context_reply_error (ctx, SOUP_STATUS_CONFLICT, "conflict",
                                  "Only a pending application can be decided.", NULL);
      return 0;
    }
  return id;
}

static gboolean
record_decision (EcSimContext *ctx,
                 gint64        id,
                 const char   *status,
                 const char   *reason,
                 GError      **error)
{
  sqlite3_stmt *stmt = ec_sim_db_prepare (ctx->db,
                                          "UPDATE applications SET status = ?, decided_at = ?, decision_reason = ?"
                                          " WHERE id = ?");

  ec_sim_db_bind_text (stmt, 1, status);
  sqlite3_bind_int64 (stmt, 2, ctx->now);
  ec_sim_db_bind_text (stmt, 3, reason);
  sqlite3_bind_int64 (stmt, 4, id);
  return ec_sim_db_step_done (ctx->db, stmt, error);
}

static void
finish_decision (EcSimContext *ctx,
                 gint64        id,
                 gboolean      ok,
                 GError      **error)
{
  g_autoptr (JsonNode) root = NULL;

  if (!ok || (root = ec_sim_applications_wrap (ctx, id, TRUE)) == NULL
      || !ec_sim_db_commit (ctx->db, error))
    {
      ec_sim_db_rollback (ctx->db);
      ec_sim_context_reply_internal (ctx, *error);
      return;
    }

  ec_sim_context_reply_json (ctx, SOUP_STATUS_OK, root);
}

/* Approval converts the account just as a successful comparison does; the
 * learner must still log in again before the platform updates. */
static void
handle_approve (EcSimContext *ctx)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *agency_oid = NULL;
  gint64           account_id = 0;
  gint64           id = begin_decision (ctx, &account_id, &agency_oid);
  gboolean         ok;

  if (id == 0)
    return;

  ok = record_decision (ctx, id, "approved", NULL, &error)
       && ec_sim_applications_make_official (ctx, account_id, agency_oid, &error);
  finish_decision (ctx, id, ok, &error);
}

static void
handle_reject (EcSimContext *ctx)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *agency_oid = NULL;
  g_autofree char *reason = NULL;
  const char      *sent;
  gint64           account_id = 0;
  gint64           id;

  /* The body and its reason are optional; a reason sent must be one the
   * learner can read. */
  sent = ec_sim_context_get_string (ctx, "reason", FALSE);
  if (ctx->replied)
    return;
  if (sent != NULL && (reason = ec_sim_applications_clean_reason (sent, &error)) == NULL)
    {
      ec_sim_context_reply_invalid (ctx, error, "reason");
      return;
    }

  id = begin_decision (ctx, &account_id, &agency_oid);
  if (id == 0)
    return;

  finish_decision (ctx, id, record_decision (ctx, id, "rejected", reason, &error), &error);
}

void
ec_sim_applications_admin_register (EcSimServer *server)
{
  ec_sim_server_add_route (server, "GET", "/admin/applications", EC_SIM_AUTH_ADMIN, handle_list);
  ec_sim_server_add_route (server, "POST", "/admin/applications/{id}/approve", EC_SIM_AUTH_ADMIN, handle_approve);
  ec_sim_server_add_route (server, "POST", "/admin/applications/{id}/reject", EC_SIM_AUTH_ADMIN, handle_reject);
}
