/* ec-sim-recovery.c: password recovery by SMS (the way the platform
 * recommends): POST /api/v1/password-recovery,
 * POST /api/v1/password-recovery/confirm, and GET /admin/sms-codes, where
 * the demo reads the messages the service "sent".
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-sim-recovery"

#include "config.h"

#include <string.h>

#include "ec-core.h"
#include "ec-sim-recovery.h"
#include "ec-sim-secret.h"

#define CODE_DIGITS 6
/* On the service clock, so that the demo and the tests can let a code
 * expire by moving the clock. */
#define CODE_LIFETIME (10 * 60)
/* A code is used up after this many wrong guesses: with one live code per
 * account and one new code a minute at most, guessing six digits takes
 * longer than anyone will try. */
#define MAX_WRONG_CODES 5
#define RESEND_SECONDS 60

/* Only the accounts with a password of the platform's own can recover it:
 * a certificate has a PIN on the card, a social account the provider's. */
static const char *
recovery_account_type (const char *route)
{
  if (g_strcmp0 (route, "ecpa") == 0)
    return "ecpa";
  if (g_strcmp0 (route, "gov-tw") == 0)
    return "gov-tw";
  return NULL;
}

/* Two ways of writing the same number, 0912-345-678 and
 * +886 912 345 678, are the same phone; an extension does not matter to an
 * SMS.  A stored phone the validator refuses matches nothing. */
static gboolean
same_phone (const char *stored,
            const char *digits)
{
  g_autofree char *stored_digits = ec_phone_number_normalize (stored);

  return stored_digits != NULL && strcmp (stored_digits, digits) == 0;
}

/* The account and its person's phone; 0 if there is no such account. */
static gint64
find_account (EcSimContext *ctx,
              const char   *type,
              const char   *login,
              char        **out_phone)
{
  sqlite3_stmt *stmt = ec_sim_db_prepare (ctx->db,
                                          "SELECT a.id, p.phone FROM accounts a"
                                          " JOIN persons p ON p.id = a.person_id"
                                          " WHERE a.type = ? AND a.login = ?");
  gint64        id = 0;

  ec_sim_db_bind_text (stmt, 1, type);
  ec_sim_db_bind_text (stmt, 2, login);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      id = sqlite3_column_int64 (stmt, 0);
      if (out_phone != NULL)
        *out_phone = g_strdup (ec_sim_db_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  return id;
}

static gboolean
sent_recently (EcSimContext *ctx,
               gint64        account_id)
{
  sqlite3_stmt *stmt = ec_sim_db_prepare (ctx->db,
                                          "SELECT COUNT(*) FROM sms_codes"
                                          " WHERE account_id = ? AND created_at > ?");
  gboolean      recent = FALSE;

  sqlite3_bind_int64 (stmt, 1, account_id);
  sqlite3_bind_int64 (stmt, 2, ctx->now - RESEND_SECONDS);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    recent = sqlite3_column_int64 (stmt, 0) > 0;
  sqlite3_reset (stmt);
  return recent;
}

/* A new code replaces the earlier ones: only the last SMS counts, as the
 * learner expects when they asked twice. */
static gboolean
store_code (EcSimContext *ctx,
            gint64        account_id,
            const char   *code,
            GError      **error)
{
  sqlite3_stmt *stmt;

  stmt = ec_sim_db_prepare (ctx->db, "UPDATE sms_codes SET used = 1 WHERE account_id = ? AND used = 0");
  sqlite3_bind_int64 (stmt, 1, account_id);
  if (!ec_sim_db_step_done (ctx->db, stmt, error))
    return FALSE;

  stmt = ec_sim_db_prepare (ctx->db,
                            "INSERT INTO sms_codes (account_id, code, created_at, expires_at)"
                            " VALUES (?, ?, ?, ?)");
  sqlite3_bind_int64 (stmt, 1, account_id);
  ec_sim_db_bind_text (stmt, 2, code);
  sqlite3_bind_int64 (stmt, 3, ctx->now);
  sqlite3_bind_int64 (stmt, 4, ctx->now + CODE_LIFETIME);
  return ec_sim_db_step_done (ctx->db, stmt, error);
}

/* Sends a code only if the account exists and the phone is the one its
 * person registered; otherwise does nothing, and the caller answers the
 * same either way. */
static gboolean
send_code_if_known (EcSimContext *ctx,
                    const char   *type,
                    const char   *login,
                    const char   *digits,
                    const char   *masked,
                    GError      **error)
{
  g_autofree char *stored_phone = NULL;
  g_autofree char *code = NULL;
  gint64           account_id = find_account (ctx, type, login, &stored_phone);

  if (account_id == 0 || !same_phone (stored_phone, digits))
    return TRUE;

  if (!ec_sim_db_begin (ctx->db, error))
    return FALSE;

  if (sent_recently (ctx, account_id))
    {
      ec_sim_db_rollback (ctx->db);
      return TRUE;
    }

  code = ec_sim_random_digits (CODE_DIGITS);
  if (!store_code (ctx, account_id, code, error) || !ec_sim_db_commit (ctx->db, error))
    {
      ec_sim_db_rollback (ctx->db);
      return FALSE;
    }

  /* The demo has no phone: the code goes to the log, as the issue allows,
   * with the phone masked. */
  g_message ("SMS to %s: password recovery code %s", masked, code);
  return TRUE;
}

static void
reply_invalid_route (EcSimContext *ctx)
{
  ec_sim_context_reply_error (ctx, SOUP_STATUS_UNPROCESSABLE_ENTITY, "invalid_route",
                              "Only ecpa and gov-tw accounts recover their password by SMS.", "route");
}

static void
handle_request (EcSimContext *ctx)
{
  g_autoptr (JsonBuilder) builder = NULL;
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *digits = NULL;
  g_autofree char *masked = NULL;
  const char      *route, *login, *phone, *type;

  if (!ec_sim_context_require_body (ctx))
    return;
  route = ec_sim_context_get_string (ctx, "route", TRUE);
  login = route != NULL ? ec_sim_context_get_string (ctx, "account", TRUE) : NULL;
  phone = login != NULL ? ec_sim_context_get_string (ctx, "phone", TRUE) : NULL;
  if (ctx->replied)
    return;

  type = recovery_account_type (route);
  if (type == NULL)
    {
      reply_invalid_route (ctx);
      return;
    }
  if (!ec_phone_number_validate (phone, &error))
    {
      ec_sim_context_reply_invalid (ctx, error, "phone");
      return;
    }

  digits = ec_phone_number_normalize (phone);
  masked = ec_phone_number_mask (digits);
  if (!send_code_if_known (ctx, type, login, digits, masked, &error))
    {
      ec_sim_context_reply_internal (ctx, error);
      return;
    }

  /* The same answer whether a code went out or not, so that the endpoint
   * tells no one which accounts exist or whose phone is whose. */
  builder = json_builder_new ();
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "sent_to");
  json_builder_add_string_value (builder, masked);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  ec_sim_context_reply_json (ctx, SOUP_STATUS_ACCEPTED, root);
}

/* Compares in a time that does not depend on where the first difference
 * is. */
static gboolean
codes_equal (const char *expected,
             const char *given)
{
  gsize  length = strlen (expected);
  guint8 diff = strlen (given) != length;

  for (gsize i = 0; i < length && given[i] != '\0'; i++)
    diff |= (guint8) (expected[i] ^ given[i]);

  return diff == 0;
}

typedef struct {
  gint64 id;
  char  *code;
  int    attempts;
} Code;

static void
code_clear (Code *code)
{
  g_clear_pointer (&code->code, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Code, code_clear)

static gboolean
find_live_code (EcSimContext *ctx,
                gint64        account_id,
                Code         *out)
{
  sqlite3_stmt *stmt = ec_sim_db_prepare (ctx->db,
                                          "SELECT id, code, attempts FROM sms_codes"
                                          " WHERE account_id = ? AND used = 0 AND expires_at > ?"
                                          " ORDER BY id DESC LIMIT 1");
  gboolean      found = FALSE;

  sqlite3_bind_int64 (stmt, 1, account_id);
  sqlite3_bind_int64 (stmt, 2, ctx->now);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      out->id = sqlite3_column_int64 (stmt, 0);
      out->code = g_strdup (ec_sim_db_column_text (stmt, 1));
      out->attempts = sqlite3_column_int (stmt, 2);
      found = TRUE;
    }
  sqlite3_reset (stmt);
  return found;
}

static gboolean
record_wrong_code (EcSimContext *ctx,
                   const Code   *code,
                   GError      **error)
{
  sqlite3_stmt *stmt = ec_sim_db_prepare (ctx->db, "UPDATE sms_codes SET attempts = ?, used = ? WHERE id = ?");
  int           attempts = code->attempts + 1;

  sqlite3_bind_int (stmt, 1, attempts);
  sqlite3_bind_int (stmt, 2, attempts >= MAX_WRONG_CODES);
  sqlite3_bind_int64 (stmt, 3, code->id);
  return ec_sim_db_step_done (ctx->db, stmt, error);
}

/* The new password, the code used up, every session of the account ended
 * (whoever knew the old password is logged out) and the lockout lifted:
 * the learner proved they hold the phone. */
static gboolean
set_password (EcSimContext *ctx,
              gint64        account_id,
              const Code   *code,
              const char   *password,
              GError      **error)
{
  g_autofree char *hash = ec_sim_password_hash (password);
  sqlite3_stmt    *stmt;

  stmt = ec_sim_db_prepare (ctx->db,
                            "UPDATE accounts SET password_hash = ?, failed_logins = 0, locked_until = 0"
                            " WHERE id = ?");
  ec_sim_db_bind_text (stmt, 1, hash);
  sqlite3_bind_int64 (stmt, 2, account_id);
  if (!ec_sim_db_step_done (ctx->db, stmt, error))
    return FALSE;

  stmt = ec_sim_db_prepare (ctx->db, "UPDATE sms_codes SET used = 1 WHERE id = ?");
  sqlite3_bind_int64 (stmt, 1, code->id);
  if (!ec_sim_db_step_done (ctx->db, stmt, error))
    return FALSE;

  stmt = ec_sim_db_prepare (ctx->db, "DELETE FROM sessions WHERE account_id = ?");
  sqlite3_bind_int64 (stmt, 1, account_id);
  return ec_sim_db_step_done (ctx->db, stmt, error);
}

static void
reply_invalid_code (EcSimContext *ctx)
{
  ec_sim_context_reply_error (ctx, SOUP_STATUS_UNPROCESSABLE_ENTITY, "invalid_code",
                              "The code is wrong, expired or already used: ask for a new one.", "code");
}

/* Checks the code and sets the password, in one transaction.  An unknown
 * account is answered like a wrong code: the confirmation must not reveal
 * more than the request did. */
static void
confirm (EcSimContext *ctx,
         const char   *type,
         const char   *login,
         const char   *given_code,
         const char   *password)
{
  g_autoptr (GError) error = NULL;
  g_auto (Code) code = { 0 };
  gint64 account_id;

  if (!ec_sim_db_begin (ctx->db, &error))
    {
      ec_sim_context_reply_internal (ctx, error);
      return;
    }

  account_id = find_account (ctx, type, login, NULL);
  if (account_id == 0 || !find_live_code (ctx, account_id, &code))
    {
      ec_sim_db_rollback (ctx->db);
      reply_invalid_code (ctx);
      return;
    }

  if (!codes_equal (code.code, given_code))
    {
      if (!record_wrong_code (ctx, &code, &error) || !ec_sim_db_commit (ctx->db, &error))
        {
          ec_sim_db_rollback (ctx->db);
          ec_sim_context_reply_internal (ctx, error);
          return;
        }
      reply_invalid_code (ctx);
      return;
    }

  if (!set_password (ctx, account_id, &code, password, &error) || !ec_sim_db_commit (ctx->db, &error))
    {
      ec_sim_db_rollback (ctx->db);
      ec_sim_context_reply_internal (ctx, error);
      return;
    }

  ec_sim_context_reply_empty (ctx, SOUP_STATUS_NO_CONTENT);
}

static void
handle_confirm (EcSimContext *ctx)
{
  g_autoptr (GError) error = NULL;
  const char *route, *login, *code, *password, *type;

  if (!ec_sim_context_require_body (ctx))
    return;
  route = ec_sim_context_get_string (ctx, "route", TRUE);
  login = route != NULL ? ec_sim_context_get_string (ctx, "account", TRUE) : NULL;
  code = login != NULL ? ec_sim_context_get_string (ctx, "code", TRUE) : NULL;
  password = code != NULL ? ec_sim_context_get_string (ctx, "new_password", TRUE) : NULL;
  if (ctx->replied)
    return;

  type = recovery_account_type (route);
  if (type == NULL)
    {
      reply_invalid_route (ctx);
      return;
    }

  /* The password is judged first, before the code: a weak one does not
   * use up a guess, and the learner tries again with the same code. */
  if (!ec_password_validate (password, login, &error))
    {
      ec_sim_context_reply_invalid (ctx, error, "new_password");
      return;
    }

  confirm (ctx, type, login, code, password);
}

static void
add_time_member (JsonBuilder *builder,
                 const char  *name,
                 gint64       unix_time)
{
  g_autofree char *text = ec_time_to_iso8601 (unix_time);

  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, text);
}

/* The demo's phone: every code the service sent, newest first, for one
 * account (?account=LOGIN) or all.  An account name is no personal data,
 * so it may travel in the query. */
static void
handle_admin_codes (EcSimContext *ctx)
{
  const char *query = g_uri_get_query (soup_server_message_get_uri (ctx->msg));
  g_autoptr (GHashTable) params = NULL;
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;
  const char   *login = NULL;
  sqlite3_stmt *stmt;

  if (query != NULL)
    params = g_uri_parse_params (query, -1, "&", G_URI_PARAMS_WWW_FORM, NULL);
  if (params != NULL)
    login = g_hash_table_lookup (params, "account");

  stmt = ec_sim_db_prepare (ctx->db,
                            "SELECT a.login, a.type, c.code, c.created_at, c.expires_at, c.used"
                            " FROM sms_codes c JOIN accounts a ON a.id = c.account_id"
                            " WHERE ?1 IS NULL OR a.login = ?1 ORDER BY c.id DESC");
  ec_sim_db_bind_text (stmt, 1, login);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "codes");
  json_builder_begin_array (builder);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "account");
      json_builder_add_string_value (builder, ec_sim_db_column_text (stmt, 0));
      json_builder_set_member_name (builder, "type");
      json_builder_add_string_value (builder, ec_sim_db_column_text (stmt, 1));
      json_builder_set_member_name (builder, "code");
      json_builder_add_string_value (builder, ec_sim_db_column_text (stmt, 2));
      add_time_member (builder, "sent_at", sqlite3_column_int64 (stmt, 3));
      add_time_member (builder, "expires_at", sqlite3_column_int64 (stmt, 4));
      json_builder_set_member_name (builder, "used");
      json_builder_add_boolean_value (builder, sqlite3_column_int (stmt, 5) != 0);
      json_builder_end_object (builder);
    }
  sqlite3_reset (stmt);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  ec_sim_context_reply_json (ctx, SOUP_STATUS_OK, root);
}

void
ec_sim_recovery_register (EcSimServer *server)
{
  ec_sim_server_add_route (server, "POST", "/api/v1/password-recovery", EC_SIM_AUTH_NONE, handle_request);
  ec_sim_server_add_route (server, "POST", "/api/v1/password-recovery/confirm", EC_SIM_AUTH_NONE, handle_confirm);
  ec_sim_server_add_route (server, "GET", "/admin/sms-codes", EC_SIM_AUTH_ADMIN, handle_admin_codes);
}
