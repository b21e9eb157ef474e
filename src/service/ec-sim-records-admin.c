/* ec-sim-records-admin.c: the /admin endpoints that change what the upload
 * rules read: a person's state that the demo's remedies need and that no
 * learner endpoint makes (an account on another network, the personnel
 * office's category), and record deletions for incremental sync.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-sim-records-admin"

#include "config.h"

#include "ec-core.h"
#include "ec-sim-records-admin.h"
#include "ec-sim-records.h"

/* 人員區分 codes are two digits; 0 means unknown. */
#define MAX_PERSONNEL_CATEGORY 99

/* Returns the login unescaped, or %NULL after answering 404. */
static char *
find_account_by_login (EcSimContext *ctx,
                       gint64       *out_account_id,
                       gint64       *out_person_id)
{
  const char      *escaped = g_hash_table_lookup (ctx->params, "login");
  g_autofree char *login = escaped != NULL ? g_uri_unescape_string (escaped, NULL) : NULL;
  sqlite3_stmt    *stmt = ec_sim_db_prepare (ctx->db,
                                             "SELECT id, person_id FROM accounts WHERE login = ? ORDER BY id LIMIT 1");
  gboolean         found = FALSE;

  if (login == NULL)
    {
      ec_sim_context_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "not_found", "No such account.", NULL);
      return NULL;
    }

  ec_sim_db_bind_text (stmt, 1, login);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      *out_account_id = sqlite3_column_int64 (stmt, 0);
      *out_person_id = sqlite3_column_int64 (stmt, 1);
      found = TRUE;
    }
  sqlite3_reset (stmt);

  if (!found)
    {
      ec_sim_context_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "not_found", "No such account.", NULL);
      return NULL;
    }
  return g_steal_pointer (&login);
}

static gboolean
get_boolean (EcSimContext *ctx,
             const char   *member,
             gboolean     *out_value)
{
  JsonNode *node = json_object_get_member (ctx->body, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      ec_sim_context_reply_error (ctx, SOUP_STATUS_UNPROCESSABLE_ENTITY, "missing_field",
                                  "A required field is missing.", member);
      return FALSE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      ec_sim_context_reply_error (ctx, SOUP_STATUS_UNPROCESSABLE_ENTITY, "invalid_type",
                                  "This field must be true or false.", member);
      return FALSE;
    }

  *out_value = json_node_get_boolean (node);
  return TRUE;
}

/* Runs @stmt (bound by the caller) and touches the person, in one
 * transaction, then answers with the account's new state. */
static void
update_person (EcSimContext *ctx,
               sqlite3_stmt *stmt,
               const char   *login,
               gint64        account_id,
               gint64        person_id)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (GError) error = NULL;
  EcAccountState account;

  if (!ec_sim_db_begin (ctx->db, &error)
      || !ec_sim_db_step_done (ctx->db, stmt, &error)
      || !ec_sim_db_touch_person (ctx->db, person_id, &error)
      || !ec_sim_db_commit (ctx->db, &error)
      || !ec_sim_records_read_account_state (ctx->db, account_id, &account))
    {
      sqlite3_reset (stmt);
      ec_sim_db_rollback (ctx->db);
      ec_sim_context_reply_internal (ctx, error);
      return;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "login");
  json_builder_add_string_value (builder, login);
  json_builder_set_member_name (builder, "account_state");
  ec_sim_records_build_account_state (builder, &account);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  ec_sim_context_reply_json (ctx, SOUP_STATUS_OK, root);
}

/* Creates the person's environmental-education account now, or, if there
 * is one, records whether its service unit is right.  A "since" time moves
 * only when something changes: the rules count the three working days from
 * it, and a repeated request must not push pending uploads back. */
static void
handle_env_account (EcSimContext *ctx)
{
  g_autofree char *login = NULL;
  sqlite3_stmt    *stmt;
  gint64           account_id = 0, person_id = 0;
  gboolean         service_unit_ok = FALSE;

  if (!ec_sim_context_require_body (ctx)
      || !get_boolean (ctx, "service_unit_ok", &service_unit_ok)
      || (login = find_account_by_login (ctx, &account_id, &person_id)) == NULL)
    return;

  /* SET expressions read the row as it was before the update. */
  stmt = ec_sim_db_prepare (ctx->db,
                            "UPDATE persons SET"
                            " env_account_since = CASE WHEN env_account_since = 0 THEN ?1 ELSE env_account_since END,"
                            " env_service_unit_since = CASE WHEN env_account_since = 0 OR env_service_unit_ok != ?2"
                            " THEN ?1 ELSE env_service_unit_since END,"
                            " env_service_unit_ok = ?2 WHERE id = ?3");
  sqlite3_bind_int64 (stmt, 1, ctx->now);
  sqlite3_bind_int (stmt, 2, service_unit_ok);
  sqlite3_bind_int64 (stmt, 3, person_id);
  update_person (ctx, stmt, login, account_id, person_id);
}

static void
handle_personnel_category (EcSimContext *ctx)
{
  g_autofree char *login = NULL;
  sqlite3_stmt    *stmt;
  gint64           account_id = 0, person_id = 0, category = 0;

  if (!ec_sim_context_require_body (ctx)
      || !ec_sim_context_get_int (ctx, "category", TRUE, &category))
    return;
  if (category < 0 || category > MAX_PERSONNEL_CATEGORY)
    {
      ec_sim_context_reply_error (ctx, SOUP_STATUS_UNPROCESSABLE_ENTITY, "out_of_range",
                                  "The personnel category is a code from 0 to 99.", "category");
      return;
    }
  login = find_account_by_login (ctx, &account_id, &person_id);
  if (login == NULL)
    return;

  stmt = ec_sim_db_prepare (ctx->db,
                            "UPDATE persons SET"
                            " personnel_category_since = CASE WHEN personnel_category != ?1"
                            " THEN ?2 ELSE personnel_category_since END,"
                            " personnel_category = ?1 WHERE id = ?3");
  sqlite3_bind_int64 (stmt, 1, category);
  sqlite3_bind_int64 (stmt, 2, ctx->now);
  sqlite3_bind_int64 (stmt, 3, person_id);
  update_person (ctx, stmt, login, account_id, person_id);
}

/* The platform never deletes a learning record on its own; the demo and the
 * tests need one deleted to show tombstones in an incremental sync.  The
 * row stays, marked deleted, with a new change number. */
static void
handle_delete_record (EcSimContext *ctx)
{
  g_autoptr (GError) error = NULL;
  sqlite3_stmt *stmt;
  gint64        record_id = ec_sim_context_get_param_id (ctx, "id");
  gboolean      alive = FALSE;

  if (record_id == 0)
    return;

  if (!ec_sim_db_begin (ctx->db, &error))
    {
      ec_sim_context_reply_internal (ctx, error);
      return;
    }

  stmt = ec_sim_db_prepare (ctx->db, "SELECT deleted FROM records WHERE id = ?");
  sqlite3_bind_int64 (stmt, 1, record_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    alive = sqlite3_column_int (stmt, 0) == 0;
  sqlite3_reset (stmt);

  if (!alive)
    {
      ec_sim_db_rollback (ctx->db);
      ec_sim_context_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "not_found", "No such record.", NULL);
      return;
    }

  stmt = ec_sim_db_prepare (ctx->db, "UPDATE records SET deleted = 1, seq = ? WHERE id = ?");
  sqlite3_bind_int64 (stmt, 1, ec_sim_db_next_seq (ctx->db));
  sqlite3_bind_int64 (stmt, 2, record_id);
  if (!ec_sim_db_step_done (ctx->db, stmt, &error) || !ec_sim_db_commit (ctx->db, &error))
    {
      ec_sim_db_rollback (ctx->db);
      ec_sim_context_reply_internal (ctx, error);
      return;
    }

  ec_sim_context_reply_empty (ctx, SOUP_STATUS_NO_CONTENT);
}

/**
 * ec_sim_records_admin_register:
 *
 * The /admin endpoints of the learning record (docs/api.md, "Admin
 * endpoints").
 */
void
ec_sim_records_admin_register (EcSimServer *server)
{
  ec_sim_server_add_route (server, "POST", "/admin/accounts/{login}/env-account", EC_SIM_AUTH_ADMIN,
                           handle_env_account);
  ec_sim_server_add_route (server, "POST", "/admin/accounts/{login}/personnel-category", EC_SIM_AUTH_ADMIN,
                           handle_personnel_category);
  ec_sim_server_add_route (server, "DELETE", "/admin/records/{id}", EC_SIM_AUTH_ADMIN, handle_delete_record);
}
