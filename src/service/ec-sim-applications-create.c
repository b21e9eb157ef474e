/* ec-sim-applications-create.c: POST /api/v1/applications, the learner's
 * conversion application (申請公務帳號, steps 3 and 4 of DOMAIN.md).
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-sim-applications"

#include "config.h"

#include <string.h>

#include "ec-core.h"
#include "ec-sim-applications-create.h"
#include "ec-sim-applications.h"
#include "ec-sim-person.h"
#include "ec-sim-reply.h"

/* Idempotency keys are opaque to the service; the bound keeps a stored key
 * small, and printable ASCII keeps it a valid header value. */
#define IDEMPOTENCY_KEY_MAX_CHARS 255

/* Ends an error reply begun with ec_sim_reply_error_begin(): one with a
 * member beyond code, message and field, so that the client can act
 * without a second request. */
static void
error_finish (EcSimContext *ctx,
              guint         status,
              JsonBuilder  *builder)
{
  g_autoptr (JsonNode) root = NULL;

  json_builder_end_object (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  ec_sim_context_reply_json (ctx, status, root);
}

static void
reply_not_advanced (EcSimContext    *ctx,
                    EcProfileMissing missing)
{
  g_autoptr (JsonBuilder) builder = ec_sim_reply_error_begin ("not_advanced_member",
                                                              "Only an advanced member may apply: fill in the missing profile fields first.");

  json_builder_set_member_name (builder, "missing");
  ec_sim_person_add_missing (builder, missing);
  error_finish (ctx, SOUP_STATUS_UNPROCESSABLE_ENTITY, builder);
}

static void
reply_conflict (EcSimContext *ctx,
                gint64        pending_id)
{
  g_autoptr (JsonBuilder) builder = ec_sim_reply_error_begin ("conflict",
                                                              "An application of this account is already pending.");

  json_builder_set_member_name (builder, "application");
  if (!ec_sim_applications_build (ctx, pending_id, FALSE, builder))
    json_builder_add_null_value (builder);
  error_finish (ctx, SOUP_STATUS_CONFLICT, builder);
}

/* Idempotency keys are opaque; only their shape is checked, so that a
 * stored key is always a short, printable header value. */
static gboolean
idempotency_key_is_valid (const char *key)
{
  gsize length = strlen (key);

  if (length == 0 || length > IDEMPOTENCY_KEY_MAX_CHARS)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if ((guchar) key[i] <= ' ' || (guchar) key[i] > '~')
      return FALSE;
  return TRUE;
}

/* Only a 我的e政府 account can be converted (whether it still is a natural
 * person's is checked later, after a retry had its chance); the seed tells
 * learners to log in with exactly the account they want converted.  A
 * certificate bound to such an account logs in to that account, so it may
 * apply too. */
static gboolean
check_account (EcSimContext *ctx)
{
  sqlite3_stmt    *stmt = ec_sim_db_prepare (ctx->db, "SELECT type FROM accounts WHERE id = ?");
  g_autofree char *type = NULL;

  sqlite3_bind_int64 (stmt, 1, ctx->account_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    type = g_strdup (ec_sim_db_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (type == NULL)
    {
      ec_sim_context_reply_internal (ctx, NULL);
      return FALSE;
    }
  if (g_strcmp0 (type, "gov-tw") != 0)
    {
      ec_sim_context_reply_error (ctx, SOUP_STATUS_FORBIDDEN, "forbidden",
                                  "Only a gov-tw member account can apply: log in with the account to convert.", NULL);
      return FALSE;
    }
  return TRUE;
}

static gboolean
account_is_official (EcSimContext *ctx)
{
  sqlite3_stmt *stmt = ec_sim_db_prepare (ctx->db, "SELECT kind = 'official' FROM accounts WHERE id = ?");
  gboolean      official = FALSE;

  sqlite3_bind_int64 (stmt, 1, ctx->account_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    official = sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);
  return official;
}

/* A retried POST with the key of an application already created gets the
 * reply it would have got the first time, even if the application has moved
 * on since.  A key reused for a different application is a client bug, and
 * silently answering with the old one would hide it.
 *
 * Returns: %TRUE if the request has been answered. */
static gboolean
replay (EcSimContext *ctx,
        const char   *key,
        const char   *item,
        const char   *agency_oid,
        const char   *reason)
{
  sqlite3_stmt    *stmt = ec_sim_db_prepare (ctx->db,
                                             "SELECT item, agency_oid, reason, response FROM applications"
                                                " WHERE account_id = ? AND idempotency_key = ?");
  g_autofree char *first_item = NULL;
  g_autofree char *first_agency_oid = NULL;
  g_autofree char *first_reason = NULL;
  g_autofree char *response = NULL;
  g_autofree char *sent_reason = ec_sim_applications_clean_reason (reason, NULL);
  g_autoptr (JsonNode) root = NULL;
  gboolean found = FALSE;

  sqlite3_bind_int64 (stmt, 1, ctx->account_id);
  ec_sim_db_bind_text (stmt, 2, key);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      first_item = g_strdup (ec_sim_db_column_text (stmt, 0));
      first_agency_oid = g_strdup (ec_sim_db_column_text (stmt, 1));
      first_reason = g_strdup (ec_sim_db_column_text (stmt, 2));
      response = g_strdup (ec_sim_db_column_text (stmt, 3));
      found = TRUE;
    }
  sqlite3_reset (stmt);
  if (!found)
    return FALSE;

  if (g_strcmp0 (item, first_item) != 0 || g_strcmp0 (agency_oid, first_agency_oid) != 0
      || g_strcmp0 (sent_reason, first_reason) != 0)
    {
      ec_sim_context_reply_error (ctx, SOUP_STATUS_UNPROCESSABLE_ENTITY, "idempotency_key_reused",
                                  "This Idempotency-Key was used for a different application.", NULL);
      return TRUE;
    }

  root = response != NULL ? json_from_string (response, NULL) : NULL;
  if (root == NULL)
    {
      ec_sim_context_reply_internal (ctx, NULL);
      return TRUE;
    }
  ec_sim_context_reply_json (ctx, SOUP_STATUS_CREATED, root);
  return TRUE;
}

/* Checks the fields of the form (step 3). */
static gboolean
validate_fields (EcSimContext *ctx,
                 const char   *item,
                 const char   *agency_oid,
                 const char   *reason,
                 char        **out_reason)
{
  g_autoptr (GError) error = NULL;

  if (g_strcmp0 (item, EC_SIM_APPLICATION_ITEM) != 0)
    {
      ec_sim_context_reply_error (ctx, SOUP_STATUS_UNPROCESSABLE_ENTITY, "invalid_item",
                                  "The only application item is natural-to-official.", "item");
      return FALSE;
    }
  if (!ec_agency_oid_validate (agency_oid, &error))
    {
      ec_sim_context_reply_invalid (ctx, error, "agency_oid");
      return FALSE;
    }
  *out_reason = ec_sim_applications_clean_reason (reason, &error);
  if (*out_reason == NULL)
    {
      ec_sim_context_reply_invalid (ctx, error, "reason");
      return FALSE;
    }
  return TRUE;
}

static gint64
find_pending (EcSimContext *ctx)
{
  sqlite3_stmt *stmt = ec_sim_db_prepare (ctx->db,
                                          "SELECT id FROM applications WHERE account_id = ? AND status = 'pending'"
                                          " ORDER BY id LIMIT 1");
  gint64        id = 0;

  sqlite3_bind_int64 (stmt, 1, ctx->account_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

static gint64
insert_application (EcSimContext *ctx,
                    const char   *agency_oid,
                    const char   *reason,
                    const char   *reply,
                    const char   *key,
                    GError      **error)
{
  sqlite3_stmt *stmt = ec_sim_db_prepare (ctx->db,
                                          "INSERT INTO applications (account_id, item, agency_oid, reason, reply,"
                                          " status, created_at, decided_at, idempotency_key)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  gboolean      converted = g_strcmp0 (reply, "converted") == 0;

  sqlite3_bind_int64 (stmt, 1, ctx->account_id);
  ec_sim_db_bind_text (stmt, 2, EC_SIM_APPLICATION_ITEM);
  ec_sim_db_bind_text (stmt, 3, agency_oid);
  ec_sim_db_bind_text (stmt, 4, reason);
  ec_sim_db_bind_text (stmt, 5, reply);
  ec_sim_db_bind_text (stmt, 6, converted ? "completed" : "pending");
  sqlite3_bind_int64 (stmt, 7, ctx->now);
  sqlite3_bind_int64 (stmt, 8, converted ? ctx->now : EC_TIME_NEVER);
  ec_sim_db_bind_text (stmt, 9, key);
  if (!ec_sim_db_step_done (ctx->db, stmt, error))
    return 0;
  return ec_sim_db_last_insert_id (ctx->db);
}

/* The reply is stored with a keyed application, so that a retry gets the
 * very reply the first request got, even after the application has moved
 * on. */
static gboolean
store_response (EcSimContext *ctx,
                gint64        id,
                JsonNode     *root,
                GError      **error)
{
  g_autofree char *text = json_to_string (root, FALSE);
  sqlite3_stmt    *stmt = ec_sim_db_prepare (ctx->db, "UPDATE applications SET response = ? WHERE id = ?");

  ec_sim_db_bind_text (stmt, 1, text);
  sqlite3_bind_int64 (stmt, 2, id);
  return ec_sim_db_step_done (ctx->db, stmt, error);
}

/* Everything after the checks, in one transaction: a pending application
 * found here (not earlier) cannot slip in between check and insert. */
static void
submit (EcSimContext *ctx,
        const char   *agency_oid,
        const char   *reason,
        const char   *key)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) root = NULL;
  const char *reply;
  gint64      pending, id;

  if (!ec_sim_db_begin (ctx->db, &error))
    {
      ec_sim_context_reply_internal (ctx, error);
      return;
    }

  pending = find_pending (ctx);
  if (pending != 0)
    {
      ec_sim_db_rollback (ctx->db);
      reply_conflict (ctx, pending);
      return;
    }

  reply = ec_sim_applications_compare (ctx, ctx->person_id, agency_oid);
  id = insert_application (ctx, agency_oid, reason, reply, key, &error);
  if (id == 0
      || (g_strcmp0 (reply, "converted") == 0
          && !ec_sim_applications_make_official (ctx, ctx->account_id, agency_oid, &error))
      || (root = ec_sim_applications_wrap (ctx, id, FALSE)) == NULL
      || (key != NULL && !store_response (ctx, id, root, &error))
      || !ec_sim_db_commit (ctx->db, &error))
    {
      ec_sim_db_rollback (ctx->db);
      ec_sim_context_reply_internal (ctx, error);
      return;
    }

  g_debug ("application %" G_GINT64_FORMAT ": %s", id, reply);
  ec_sim_context_reply_json (ctx, SOUP_STATUS_CREATED, root);
}

/* The checks run from the cheapest and most basic to the ones that need
 * the person's data, so that the first error is the one to fix first. */
static void
handle_create (EcSimContext *ctx)
{
  const char      *key = ec_sim_context_get_header (ctx, "Idempotency-Key");
  const char      *item, *agency_oid, *reason;
  g_autofree char *clean_reason = NULL;
  EcProfileMissing missing;

  if (key != NULL && !idempotency_key_is_valid (key))
    {
      ec_sim_context_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "invalid_idempotency_key",
                                  "The Idempotency-Key must be 1 to 255 printable ASCII characters.", NULL);
      return;
    }
  if (!check_account (ctx) || !ec_sim_context_require_body (ctx))
    return;

  item = ec_sim_context_get_string (ctx, "item", TRUE);
  agency_oid = ctx->replied ? NULL : ec_sim_context_get_string (ctx, "agency_oid", TRUE);
  reason = ctx->replied ? NULL : ec_sim_context_get_string (ctx, "reason", TRUE);
  if (ctx->replied)
    return;

  /* A retry first: the original may have converted the account, and the
   * retry must still get the original's answer. */
  if (key != NULL && replay (ctx, key, item, agency_oid, reason))
    return;

  if (account_is_official (ctx))
    {
      ec_sim_context_reply_error (ctx, SOUP_STATUS_CONFLICT, "already_official",
                                  "This account is already official: log in with it again to update the platform.", NULL);
      return;
    }

  if (!validate_fields (ctx, item, agency_oid, reason, &clean_reason))
    return;

  missing = ec_sim_person_missing_fields (ctx->db, ctx->person_id, ctx->now);
  if (missing != EC_PROFILE_MISSING_NONE)
    {
      reply_not_advanced (ctx, missing);
      return;
    }

  submit (ctx, agency_oid, clean_reason, key);
}

void
ec_sim_applications_create_register (EcSimServer *server)
{
  ec_sim_server_add_route (server, "POST", "/api/v1/applications", EC_SIM_AUTH_LEARNER, handle_create);
}
