/* ec-sim-sessions.c: POST /api/v1/sessions, DELETE /api/v1/sessions/current,
 * GET /api/v1/me.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-sim-sessions"

#include "config.h"

#include "ec-core.h"
#include "ec-sim-reply.h"
#include "ec-sim-secret.h"
#include "ec-sim-sessions.h"

/* After this many wrong passwords in a row an account is locked for a
 * while: the demo shows the "locked account" error without a real brute
 * force being possible against loopback. */
#define MAX_FAILED_LOGINS 5
#define LOCK_SECONDS (15 * 60)

/* Adds the account as the API shows it to its owner, where @builder
 * expects an object value: the ID number masked (the client never needs it
 * whole), the person's state that the upload rules read. */
static void
build_account (EcSimContext *ctx,
               gint64        account_id,
               JsonBuilder  *builder)
{
  sqlite3_stmt    *stmt = ec_sim_db_prepare (ctx->db,
                                             "SELECT a.login, a.type, a.kind, a.official_since, a.relogin_at,"
                                                " p.name, p.id_number, p.identity, p.personnel_category,"
                                                " p.env_account_since, p.env_service_unit_ok, p.agency_oid,"
                                                " a.bound_account_id"
                                                " FROM accounts a JOIN persons p ON p.id = a.person_id WHERE a.id = ?");
  g_autofree char *masked = NULL;

  sqlite3_bind_int64 (stmt, 1, account_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      json_builder_add_null_value (builder);
      return;
    }

  masked = ec_id_number_mask (ec_sim_db_column_text (stmt, 6));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "login");
  json_builder_add_string_value (builder, ec_sim_db_column_text (stmt, 0));
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, ec_sim_db_column_text (stmt, 1));
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, ec_sim_db_column_text (stmt, 2));
  ec_sim_reply_add_time_or_null (builder, "official_since", sqlite3_column_int64 (stmt, 3));
  ec_sim_reply_add_time_or_null (builder, "relogin_at", sqlite3_column_int64 (stmt, 4));
  /* Said plainly, so that no client has to compare the two times. */
  json_builder_set_member_name (builder, "relogin_needed");
  json_builder_add_boolean_value (builder, ec_account_relogin_needed (sqlite3_column_int64 (stmt, 3),
                                                                      sqlite3_column_int64 (stmt, 4)));
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, ec_sim_db_column_text (stmt, 5));
  json_builder_set_member_name (builder, "id_number_masked");
  json_builder_add_string_value (builder, masked);
  json_builder_set_member_name (builder, "identity");
  json_builder_add_string_value (builder, ec_sim_db_column_text (stmt, 7));
  json_builder_set_member_name (builder, "personnel_category");
  json_builder_add_int_value (builder, sqlite3_column_int64 (stmt, 8));
  json_builder_set_member_name (builder, "env_account");
  json_builder_add_boolean_value (builder, sqlite3_column_int64 (stmt, 9) != EC_TIME_NEVER);
  json_builder_set_member_name (builder, "env_service_unit_ok");
  json_builder_add_boolean_value (builder, sqlite3_column_int (stmt, 10) != 0);
  ec_sim_reply_add_string_or_null (builder, "agency_oid", ec_sim_db_column_text (stmt, 11));
  json_builder_end_object (builder);

  sqlite3_reset (stmt);
}

typedef struct {
  gint64 id;
  gint64 person_id;
  char  *password_hash;
  char  *kind;
  gint64 official_since;
  gint64 relogin_at;
  gint64 bound_account_id;
  int    failed_logins;
  gint64 locked_until;
} Account;

static void
account_clear (Account *account)
{
  g_clear_pointer (&account->password_hash, g_free);
  g_clear_pointer (&account->kind, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Account, account_clear)

static gboolean
find_account (EcSimContext *ctx,
              const char   *type,
              const char   *login,
              Account      *out)
{
  sqlite3_stmt *stmt = ec_sim_db_prepare (ctx->db,
                                          "SELECT id, person_id, password_hash, kind, official_since,"
                                          " relogin_at, bound_account_id, failed_logins, locked_until"
                                          " FROM accounts WHERE type = ? AND login = ?");
  gboolean      found = FALSE;

  ec_sim_db_bind_text (stmt, 1, type);
  ec_sim_db_bind_text (stmt, 2, login);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      out->id = sqlite3_column_int64 (stmt, 0);
      out->person_id = sqlite3_column_int64 (stmt, 1);
      out->password_hash = g_strdup (ec_sim_db_column_text (stmt, 2));
      out->kind = g_strdup (ec_sim_db_column_text (stmt, 3));
      out->official_since = sqlite3_column_int64 (stmt, 4);
      out->relogin_at = sqlite3_column_int64 (stmt, 5);
      out->bound_account_id = sqlite3_column_int64 (stmt, 6);
      out->failed_logins = sqlite3_column_int (stmt, 7);
      out->locked_until = sqlite3_column_int64 (stmt, 8);
      found = TRUE;
    }
  sqlite3_reset (stmt);
  return found;
}

/* A hash that no password matches, checked when the account does not
 * exist, so that an unknown account costs as much time as a wrong password:
 * otherwise the time of the answer would tell which accounts exist. */
static const char *
dummy_password_hash (void)
{
  static char *hash;

  if (g_once_init_enter (&hash))
    {
      g_autofree char *secret = ec_sim_token_new ();

      g_once_init_leave (&hash, ec_sim_password_hash (secret));
    }

  return hash;
}

static gboolean
record_failure (EcSimContext  *ctx,
                const Account *account,
                GError       **error)
{
  sqlite3_stmt *stmt = ec_sim_db_prepare (ctx->db,
                                          "UPDATE accounts SET failed_logins = ?, locked_until = ? WHERE id = ?");
  int           failed = account->failed_logins + 1;

  sqlite3_bind_int (stmt, 1, failed >= MAX_FAILED_LOGINS ? 0 : failed);
  sqlite3_bind_int64 (stmt, 2, failed >= MAX_FAILED_LOGINS ? ctx->now + LOCK_SECONDS : 0);
  sqlite3_bind_int64 (stmt, 3, account->id);
  return ec_sim_db_step_done (ctx->db, stmt, error);
}

/* The login itself: the platform updates a converted account's state at
 * the first login after the conversion (DOMAIN.md, "After conversion"), and
 * that changes the upload status of every earlier record. */
static gboolean
record_login (EcSimContext  *ctx,
              gint64         credential_id,
              const Account *target,
              GError       **error)
{
  sqlite3_stmt *stmt;

  stmt = ec_sim_db_prepare (ctx->db, "UPDATE accounts SET failed_logins = 0, locked_until = 0 WHERE id = ?");
  sqlite3_bind_int64 (stmt, 1, credential_id);
  if (!ec_sim_db_step_done (ctx->db, stmt, error))
    return FALSE;

  stmt = ec_sim_db_prepare (ctx->db, "UPDATE accounts SET last_login_at = ? WHERE id = ?");
  sqlite3_bind_int64 (stmt, 1, ctx->now);
  sqlite3_bind_int64 (stmt, 2, target->id);
  if (!ec_sim_db_step_done (ctx->db, stmt, error))
    return FALSE;

  if (g_strcmp0 (target->kind, "official") == 0 && target->official_since != EC_TIME_NEVER
      && target->relogin_at < target->official_since)
    {
      stmt = ec_sim_db_prepare (ctx->db, "UPDATE accounts SET relogin_at = ? WHERE id = ?");
      sqlite3_bind_int64 (stmt, 1, ctx->now);
      sqlite3_bind_int64 (stmt, 2, target->id);
      if (!ec_sim_db_step_done (ctx->db, stmt, error)
          || !ec_sim_db_touch_person (ctx->db, target->person_id, error))
        return FALSE;
    }

  return TRUE;
}

static char *
create_session (EcSimContext *ctx,
                gint64        account_id,
                const char   *route,
                gint64        expires_at,
                GError      **error)
{
  g_autofree char *token = ec_sim_token_new ();
  g_autofree char *hash = ec_sim_token_hash (token);
  sqlite3_stmt    *stmt = ec_sim_db_prepare (ctx->db,
                                             "INSERT INTO sessions (token_hash, account_id, route, created_at, expires_at)"
                                                " VALUES (?, ?, ?, ?, ?)");

  ec_sim_db_bind_text (stmt, 1, hash);
  sqlite3_bind_int64 (stmt, 2, account_id);
  ec_sim_db_bind_text (stmt, 3, route);
  sqlite3_bind_int64 (stmt, 4, ctx->now);
  sqlite3_bind_int64 (stmt, 5, expires_at);
  if (!ec_sim_db_step_done (ctx->db, stmt, error))
    return NULL;

  return g_steal_pointer (&token);
}

static void
reply_session (EcSimContext *ctx,
               const char   *token,
               const char   *route,
               gint64        account_id,
               gint64        expires_at)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *expires = ec_time_to_iso8601 (expires_at);

  json_builder_begin_object (builder);
  if (token != NULL)
    {
      json_builder_set_member_name (builder, "token");
      json_builder_add_string_value (builder, token);
    }
  json_builder_set_member_name (builder, "route");
  json_builder_add_string_value (builder, route);
  json_builder_set_member_name (builder, "expires_at");
  json_builder_add_string_value (builder, expires);
  json_builder_set_member_name (builder, "account");
  build_account (ctx, account_id, builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  ec_sim_context_reply_json (ctx, token != NULL ? SOUP_STATUS_CREATED : SOUP_STATUS_OK, root);
}

/* The API's route names map onto the kinds of credential: both certificate
 * routes present a certificate, and whether it is bound is the platform's
 * business, not the client's. */
static const char *
account_type_for_route (const char *route)
{
  if (g_strcmp0 (route, "ecpa") == 0)
    return "ecpa";
  if (g_strcmp0 (route, "gov-tw") == 0)
    return "gov-tw";
  if (g_strcmp0 (route, "certificate") == 0)
    return "certificate";
  if (g_strcmp0 (route, "social") == 0)
    return "social";
  return NULL;
}

static void
handle_login (EcSimContext *ctx)
{
  g_auto (Account) credential = { 0 };
  g_auto (Account) target = { 0 };
  g_autoptr (GError) error = NULL;
  g_autofree char *token = NULL;
  const char      *route, *login, *password, *type, *session_route;
  gint64           expires_at;

  if (!ec_sim_context_require_body (ctx))
    return;
  route = ec_sim_context_get_string (ctx, "route", TRUE);
  login = route != NULL ? ec_sim_context_get_string (ctx, "account", TRUE) : NULL;
  password = login != NULL ? ec_sim_context_get_string (ctx, "password", TRUE) : NULL;
  if (ctx->replied)
    return;

  type = account_type_for_route (route);
  if (type == NULL)
    {
      ec_sim_context_reply_error (ctx, SOUP_STATUS_UNPROCESSABLE_ENTITY, "invalid_route",
                                  "The route must be ecpa, gov-tw, certificate or social.", "route");
      return;
    }

  /* An unknown account and a wrong password get the same answer, so the
   * endpoint cannot be used to find out which accounts exist. */
  if (!find_account (ctx, type, login, &credential))
    {
      ec_sim_password_verify (password, dummy_password_hash ());
      ec_sim_context_reply_error (ctx, SOUP_STATUS_UNAUTHORIZED, "invalid_credentials",
                                  "The account or the password is wrong.", NULL);
      return;
    }

  if (credential.locked_until > ctx->now)
    {
      g_autofree char *wait = g_strdup_printf ("%" G_GINT64_FORMAT, credential.locked_until - ctx->now);

      soup_message_headers_replace (soup_server_message_get_response_headers (ctx->msg), "Retry-After", wait);
      ec_sim_context_reply_error (ctx, SOUP_STATUS_FORBIDDEN, "account_locked",
                                  "Too many wrong passwords: the account is locked for a while.", NULL);
      return;
    }

  if (!ec_sim_db_begin (ctx->db, &error))
    {
      ec_sim_context_reply_internal (ctx, error);
      return;
    }

  if (!ec_sim_password_verify (password, credential.password_hash))
    {
      if (!record_failure (ctx, &credential, &error) || !ec_sim_db_commit (ctx->db, &error))
        {
          ec_sim_db_rollback (ctx->db);
          ec_sim_context_reply_internal (ctx, error);
          return;
        }
      ec_sim_context_reply_error (ctx, SOUP_STATUS_UNAUTHORIZED, "invalid_credentials",
                                  "The account or the password is wrong.", NULL);
      return;
    }

  /* A bound certificate logs in to the account it is bound to; an unbound
   * one is an account of its own (DOMAIN.md, "Login routes"). */
  session_route = route;
  if (g_strcmp0 (type, "certificate") == 0)
    session_route = credential.bound_account_id != 0 ? "certificate-bound" : "certificate-unbound";

  if (credential.bound_account_id != 0)
    {
      sqlite3_stmt    *stmt = ec_sim_db_prepare (ctx->db, "SELECT type, login FROM accounts WHERE id = ?");
      g_autofree char *bound_type = NULL;
      g_autofree char *bound_login = NULL;

      sqlite3_bind_int64 (stmt, 1, credential.bound_account_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          bound_type = g_strdup (ec_sim_db_column_text (stmt, 0));
          bound_login = g_strdup (ec_sim_db_column_text (stmt, 1));
        }
      sqlite3_reset (stmt);
      if (bound_type == NULL || !find_account (ctx, bound_type, bound_login, &target))
        {
          ec_sim_db_rollback (ctx->db);
          ec_sim_context_reply_internal (ctx, NULL);
          return;
        }
    }
  else
    {
      target = credential;
      target.password_hash = g_strdup (credential.password_hash);
      target.kind = g_strdup (credential.kind);
    }

  expires_at = ctx->now + ec_sim_server_get_session_ttl (ctx->server);
  if (!record_login (ctx, credential.id, &target, &error)
      || (token = create_session (ctx, target.id, session_route, expires_at, &error)) == NULL
      || !ec_sim_db_commit (ctx->db, &error))
    {
      ec_sim_db_rollback (ctx->db);
      ec_sim_context_reply_internal (ctx, error);
      return;
    }

  reply_session (ctx, token, session_route, target.id, expires_at);
}

static gboolean
current_session (EcSimContext *ctx,
                 char        **out_route,
                 gint64       *out_expires_at)
{
  const char      *header = ec_sim_context_get_header (ctx, "Authorization");
  g_autofree char *hash = ec_sim_token_hash (header + strlen ("Bearer "));
  sqlite3_stmt    *stmt = ec_sim_db_prepare (ctx->db, "SELECT route, expires_at FROM sessions WHERE token_hash = ?");
  gboolean         found = FALSE;

  ec_sim_db_bind_text (stmt, 1, hash);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      *out_route = g_strdup (ec_sim_db_column_text (stmt, 0));
      *out_expires_at = sqlite3_column_int64 (stmt, 1);
      found = TRUE;
    }
  sqlite3_reset (stmt);
  return found;
}

static void
handle_me (EcSimContext *ctx)
{
  g_autofree char *route = NULL;
  gint64           expires_at = 0;

  if (!current_session (ctx, &route, &expires_at))
    {
      ec_sim_context_reply_internal (ctx, NULL);
      return;
    }

  reply_session (ctx, NULL, route, ctx->account_id, expires_at);
}

static void
handle_logout (EcSimContext *ctx)
{
  const char      *header = ec_sim_context_get_header (ctx, "Authorization");
  g_autofree char *hash = ec_sim_token_hash (header + strlen ("Bearer "));
  sqlite3_stmt    *stmt = ec_sim_db_prepare (ctx->db, "DELETE FROM sessions WHERE token_hash = ?");
  g_autoptr (GError) error = NULL;

  ec_sim_db_bind_text (stmt, 1, hash);
  if (!ec_sim_db_step_done (ctx->db, stmt, &error))
    {
      ec_sim_context_reply_internal (ctx, error);
      return;
    }

  ec_sim_context_reply_empty (ctx, SOUP_STATUS_NO_CONTENT);
}

void
ec_sim_sessions_register (EcSimServer *server)
{
  /* Made now, so that not even the first unknown account takes longer. */
  dummy_password_hash ();

  ec_sim_server_add_route (server, "POST", "/api/v1/sessions", EC_SIM_AUTH_NONE, handle_login);
  ec_sim_server_add_route (server, "DELETE", "/api/v1/sessions/current", EC_SIM_AUTH_LEARNER, handle_logout);
  ec_sim_server_add_route (server, "GET", "/api/v1/me", EC_SIM_AUTH_LEARNER, handle_me);
}
