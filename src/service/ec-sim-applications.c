/* ec-sim-applications.c: conversion applications as the API shows them, the
 * personnel authority's comparison and the conversion itself; GET
 * /api/v1/applications and GET /api/v1/applications/{id}.  A natural-person
 * 我的e政府 account applies to become official (DOMAIN.md, "Converting a
 * member account"): POST is in ec-sim-applications-create.c, the reviewer's
 * decisions in ec-sim-applications-admin.c.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-sim-applications"

#include "config.h"

#include <string.h>

#include "ec-core.h"
#include "ec-sim-applications.h"
#include "ec-sim-reply.h"

/* The platform's fixed wording: the three replies of step 4 and the
 * application form of step 5.  They are Chinese whatever the client's
 * language, because they quote the platform. */
#define REPLY_TEXT_CONVERTED "人事行政局資料比對成功，轉換作業完成，請重新登入"
#define REPLY_TEXT_SUBMITTED "已送出申請"
#define REPLY_TEXT_ECPA_EXISTS "已存在CPA帳號，已送出申請"
#define FORM_ITEM_TEXT "自然人轉公務員(待審中)"
#define SERVICE_CENTRE_FAX "(02)2192-7186"
#define SERVICE_CENTRE_PHONE "02-2192-7111"

typedef struct {
  gint64 id;
  char  *item;
  char  *status;
  char  *reply;
  char  *reason;
  char  *agency_oid;
  char  *agency_name;
  gint64 created_at;
  gint64 decided_at;
  char  *decision_reason;
  char  *login;
  char  *name;
} Application;

static void
application_clear (Application *app)
{
  g_clear_pointer (&app->item, g_free);
  g_clear_pointer (&app->status, g_free);
  g_clear_pointer (&app->reply, g_free);
  g_clear_pointer (&app->reason, g_free);
  g_clear_pointer (&app->agency_oid, g_free);
  g_clear_pointer (&app->agency_name, g_free);
  g_clear_pointer (&app->decision_reason, g_free);
  g_clear_pointer (&app->login, g_free);
  g_clear_pointer (&app->name, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Application, application_clear)

static gboolean
load_application (EcSimContext *ctx,
                  gint64        application_id,
                  Application  *out)
{
  sqlite3_stmt *stmt = ec_sim_db_prepare (ctx->db,
                                          "SELECT ap.id, ap.item, ap.status, ap.reply, ap.reason, ap.agency_oid,"
                                          " g.name, ap.created_at, ap.decided_at, ap.decision_reason, a.login, p.name"
                                          " FROM applications ap JOIN accounts a ON a.id = ap.account_id"
                                          " JOIN persons p ON p.id = a.person_id"
                                          " LEFT JOIN agencies g ON g.oid = ap.agency_oid WHERE ap.id = ?");
  gboolean      found = FALSE;

  sqlite3_bind_int64 (stmt, 1, application_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      out->id = sqlite3_column_int64 (stmt, 0);
      out->item = g_strdup (ec_sim_db_column_text (stmt, 1));
      out->status = g_strdup (ec_sim_db_column_text (stmt, 2));
      out->reply = g_strdup (ec_sim_db_column_text (stmt, 3));
      out->reason = g_strdup (ec_sim_db_column_text (stmt, 4));
      out->agency_oid = g_strdup (ec_sim_db_column_text (stmt, 5));
      out->agency_name = g_strdup (ec_sim_db_column_text (stmt, 6));
      out->created_at = sqlite3_column_int64 (stmt, 7);
      out->decided_at = sqlite3_column_int64 (stmt, 8);
      out->decision_reason = g_strdup (ec_sim_db_column_text (stmt, 9));
      out->login = g_strdup (ec_sim_db_column_text (stmt, 10));
      out->name = g_strdup (ec_sim_db_column_text (stmt, 11));
      found = TRUE;
    }
  sqlite3_reset (stmt);
  return found;
}

static const char *
reply_text (const char *reply)
{
  if (g_strcmp0 (reply, "converted") == 0)
    return REPLY_TEXT_CONVERTED;
  if (g_strcmp0 (reply, "ecpa-exists") == 0)
    return REPLY_TEXT_ECPA_EXISTS;
  return REPLY_TEXT_SUBMITTED;
}

/* The data of the form 「我的E政府公務帳號申請書」 that the learner prints
 * and faxes.  The application date is the day in Taiwan, whatever the
 * time zone of the machine. */
static void
build_form (JsonBuilder       *builder,
            const Application *app)
{
  GDate            date;
  g_autofree char *iso = NULL;
  g_autofree char *roc = NULL;

  ec_time_to_taiwan_date (app->created_at, &date);
  iso = ec_date_to_iso8601 (&date);
  roc = ec_roc_date_format_date (&date, EC_ROC_STYLE_FORM);

  json_builder_begin_object (builder);
  ec_sim_reply_add_string_or_null (builder, "member_account", app->login);
  ec_sim_reply_add_string_or_null (builder, "application_date", iso);
  ec_sim_reply_add_string_or_null (builder, "application_date_roc", roc);
  ec_sim_reply_add_string_or_null (builder, "name", app->name);
  ec_sim_reply_add_string_or_null (builder, "item_text", FORM_ITEM_TEXT);
  ec_sim_reply_add_string_or_null (builder, "agency_name", app->agency_name);
  ec_sim_reply_add_string_or_null (builder, "agency_oid", app->agency_oid);
  ec_sim_reply_add_string_or_null (builder, "fax", SERVICE_CENTRE_FAX);
  ec_sim_reply_add_string_or_null (builder, "phone", SERVICE_CENTRE_PHONE);
  json_builder_end_object (builder);
}

/**
 * ec_sim_applications_build:
 * @ctx: the request
 * @application_id: an application
 * @for_admin: add the applicant's account, which the reviewer needs and the
 *   owner knows
 * @builder: a builder positioned where a value goes
 *
 * Adds the application as the API shows it.  A converted application has
 * no form: there is nothing to print or fax.
 *
 * Returns: %FALSE, having added nothing, if there is no such application.
 */
gboolean
ec_sim_applications_build (EcSimContext *ctx,
                           gint64        application_id,
                           gboolean      for_admin,
                           JsonBuilder  *builder)
{
  g_auto (Application) app = { 0 };

  if (!load_application (ctx, application_id, &app))
    return FALSE;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, app.id);
  ec_sim_reply_add_string_or_null (builder, "item", app.item);
  ec_sim_reply_add_string_or_null (builder, "status", app.status);
  ec_sim_reply_add_string_or_null (builder, "reply", app.reply);
  ec_sim_reply_add_string_or_null (builder, "reply_text", reply_text (app.reply));
  ec_sim_reply_add_string_or_null (builder, "reason", app.reason);
  ec_sim_reply_add_string_or_null (builder, "agency_oid", app.agency_oid);
  ec_sim_reply_add_string_or_null (builder, "agency_name", app.agency_name);
  ec_sim_reply_add_time_or_null (builder, "created_at", app.created_at);
  ec_sim_reply_add_time_or_null (builder, "decided_at", app.decided_at);
  ec_sim_reply_add_string_or_null (builder, "decision_reason", app.decision_reason);
  json_builder_set_member_name (builder, "form");
  if (g_strcmp0 (app.reply, "converted") == 0)
    json_builder_add_null_value (builder);
  else
    build_form (builder, &app);
  if (for_admin)
    {
      json_builder_set_member_name (builder, "account");
      json_builder_begin_object (builder);
      ec_sim_reply_add_string_or_null (builder, "login", app.login);
      ec_sim_reply_add_string_or_null (builder, "name", app.name);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
  return TRUE;
}

/**
 * ec_sim_applications_wrap:
 *
 * Returns: (transfer full) (nullable): `{"application": {…}}`, or %NULL if
 *   there is no such application.
 */
JsonNode *
ec_sim_applications_wrap (EcSimContext *ctx,
                          gint64        application_id,
                          gboolean      for_admin)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "application");
  if (!ec_sim_applications_build (ctx, application_id, for_admin, builder))
    return NULL;
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/* Learners type with a Chinese input method, whose space is the
 * ideographic one (U+3000): a reason of only such spaces is blank too. */
static char *
utf8_strip (const char *text)
{
  const char *start = text;
  const char *end = text + strlen (text);

  while (*start != '\0' && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *previous = g_utf8_find_prev_char (start, end);

      if (previous == NULL || !g_unichar_isspace (g_utf8_get_char (previous)))
        break;
      end = previous;
    }
  return g_strndup (start, end - start);
}

/**
 * ec_sim_applications_clean_reason:
 * @reason: a reason as the client sent it
 * @error: return location for an #EC_VALIDATION_ERROR
 *
 * The domain core has no rule for this free text, so the bound lives with
 * the only code that stores it.
 *
 * Returns: (transfer full) (nullable): @reason without surrounding white
 *   space (Unicode's too), or %NULL if it is blank or longer than
 *   %EC_SIM_APPLICATION_REASON_MAX_CHARS characters.
 */
char *
ec_sim_applications_clean_reason (const char *reason,
                                  GError    **error)
{
  g_autofree char *clean = NULL;

  g_return_val_if_fail (reason == NULL || g_utf8_validate (reason, -1, NULL), NULL);

  clean = utf8_strip (reason != NULL ? reason : "");

  if (clean[0] == '\0')
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_EMPTY,
                           "Please give a reason.");
      return NULL;
    }
  if (g_utf8_strlen (clean, -1) > EC_SIM_APPLICATION_REASON_MAX_CHARS)
    {
      g_set_error (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_TOO_LONG,
                   "The reason can have at most %d characters.", EC_SIM_APPLICATION_REASON_MAX_CHARS);
      return NULL;
    }
  return g_steal_pointer (&clean);
}

/* The personnel authority's record of the person (人事行政局資料): it
 * matches on both the ID number and the name. */
typedef struct {
  char    *agency_oid;
  int      category;
  gboolean has_ecpa;
} RosterEntry;

static void
roster_entry_clear (RosterEntry *entry)
{
  g_clear_pointer (&entry->agency_oid, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RosterEntry, roster_entry_clear)

static gboolean
find_roster_entry (EcSimContext *ctx,
                   gint64        person_id,
                   RosterEntry  *out)
{
  sqlite3_stmt *stmt = ec_sim_db_prepare (ctx->db,
                                          "SELECT r.agency_oid, r.personnel_category, r.has_ecpa FROM roster r"
                                          " JOIN persons p ON p.id_number = r.id_number AND p.name = r.name"
                                          " WHERE p.id = ?");
  gboolean      found = FALSE;

  sqlite3_bind_int64 (stmt, 1, person_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      out->agency_oid = g_strdup (ec_sim_db_column_text (stmt, 0));
      out->category = sqlite3_column_int (stmt, 1);
      out->has_ecpa = sqlite3_column_int (stmt, 2) != 0;
      found = TRUE;
    }
  sqlite3_reset (stmt);
  return found;
}

/**
 * ec_sim_applications_make_official:
 * @ctx: the request (its clock dates the conversion)
 * @account_id: a natural-person 我的e政府 account
 * @agency_oid: the agency of the application, used when the personnel
 *   authority does not know the person
 * @error: return location for a #GError
 *
 * Converts the account.  Its relogin time is left as it was, older than
 * the conversion: the learner must log in again before the platform updates
 * and earlier hours upload (DOMAIN.md, "After conversion").  The agency and
 * the personnel category come from the personnel authority when it knows
 * the person.  Every record of the person changes upload status, so all of
 * them are touched.  Call inside a transaction.
 */
gboolean
ec_sim_applications_make_official (EcSimContext *ctx,
                                   gint64        account_id,
                                   const char   *agency_oid,
                                   GError      **error)
{
  g_auto (RosterEntry) roster = { 0 };
  sqlite3_stmt *stmt;
  gint64        person_id = 0;

  stmt = ec_sim_db_prepare (ctx->db, "SELECT person_id FROM accounts WHERE id = ?");
  sqlite3_bind_int64 (stmt, 1, account_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    person_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (person_id == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "the account has gone");
      return FALSE;
    }

  stmt = ec_sim_db_prepare (ctx->db,
                            "UPDATE accounts SET kind = 'official', official_since = ?"
                            " WHERE id = ? AND kind = 'natural-person'");
  sqlite3_bind_int64 (stmt, 1, ctx->now);
  sqlite3_bind_int64 (stmt, 2, account_id);
  if (!ec_sim_db_step_done (ctx->db, stmt, error))
    return FALSE;

  if (find_roster_entry (ctx, person_id, &roster))
    {
      /* SQLite evaluates every right-hand side against the old row, so the
       * category's date changes only if the category does. */
      stmt = ec_sim_db_prepare (ctx->db,
                                "UPDATE persons SET agency_oid = ?,"
                                " personnel_category_since = CASE WHEN personnel_category = ?"
                                " THEN personnel_category_since ELSE ? END,"
                                " personnel_category = ? WHERE id = ?");
      ec_sim_db_bind_text (stmt, 1, roster.agency_oid);
      sqlite3_bind_int (stmt, 2, roster.category);
      sqlite3_bind_int64 (stmt, 3, ctx->now);
      sqlite3_bind_int (stmt, 4, roster.category);
      sqlite3_bind_int64 (stmt, 5, person_id);
    }
  else
    {
      stmt = ec_sim_db_prepare (ctx->db, "UPDATE persons SET agency_oid = ? WHERE id = ?");
      ec_sim_db_bind_text (stmt, 1, agency_oid);
      sqlite3_bind_int64 (stmt, 2, person_id);
    }
  if (!ec_sim_db_step_done (ctx->db, stmt, error))
    return FALSE;

  return ec_sim_db_touch_person (ctx->db, person_id, error);
}

/**
 * ec_sim_applications_compare:
 * @ctx: the request
 * @person_id: the applicant
 * @agency_oid: the agency applied for
 *
 * The comparison with the personnel authority's records (人事行政局資料比對,
 * step 4).
 *
 * The ID number and the name must both match.  The record's agency must be
 * the one applied for: a learner who typed another agency is reviewed by a
 * person rather than converted into the wrong one.
 *
 * Returns: the reply: "converted", "ecpa-exists" or "submitted".
 */
const char *
ec_sim_applications_compare (EcSimContext *ctx,
                             gint64        person_id,
                             const char   *agency_oid)
{
  g_auto (RosterEntry) roster = { 0 };

  if (!find_roster_entry (ctx, person_id, &roster))
    return "submitted";
  if (roster.has_ecpa)
    return "ecpa-exists";
  if (g_strcmp0 (roster.agency_oid, agency_oid) == 0)
    return "converted";
  return "submitted";
}

/**
 * ec_sim_applications_reply_list:
 * @ctx: the request
 * @stmt: a prepared statement, its parameters bound, whose rows are
 *   application ids
 * @for_admin: whether to show the applications as the review sees them
 *
 * Answers `{"applications": […]}` with the applications of @stmt's rows,
 * in their order, and resets @stmt.
 */
void
ec_sim_applications_reply_list (EcSimContext *ctx,
                                sqlite3_stmt *stmt,
                                gboolean      for_admin)
{
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;

  /* The ids first: building an application runs statements of its own. */
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "applications");
  json_builder_begin_array (builder);
  for (guint i = 0; i < ids->len; i++)
    ec_sim_applications_build (ctx, g_array_index (ids, gint64, i), for_admin, builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  ec_sim_context_reply_json (ctx, SOUP_STATUS_OK, root);
}

static void
handle_list (EcSimContext *ctx)
{
  sqlite3_stmt *stmt = ec_sim_db_prepare (ctx->db,
                                          "SELECT id FROM applications WHERE account_id = ?"
                                          " ORDER BY created_at DESC, id DESC");

  sqlite3_bind_int64 (stmt, 1, ctx->account_id);
  ec_sim_applications_reply_list (ctx, stmt, FALSE);
}

/* Another person's application is answered exactly like one that does not
 * exist, so that ids reveal nothing about other learners. */
static void
handle_get (EcSimContext *ctx)
{
  gint64        id = ec_sim_context_get_param_id (ctx, "id");
  sqlite3_stmt *stmt;
  gboolean      mine;
  g_autoptr (JsonNode) root = NULL;

  if (id == 0)
    return;

  stmt = ec_sim_db_prepare (ctx->db, "SELECT 1 FROM applications WHERE id = ? AND account_id = ?");
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, ctx->account_id);
  mine = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);

  if (!mine || (root = ec_sim_applications_wrap (ctx, id, FALSE)) == NULL)
    {
      ec_sim_context_reply_error (ctx, SOUP_STATUS_NOT_FOUND, "not_found", "No such application.", NULL);
      return;
    }

  ec_sim_context_reply_json (ctx, SOUP_STATUS_OK, root);
}

void
ec_sim_applications_register (EcSimServer *server)
{
  ec_sim_server_add_route (server, "GET", "/api/v1/applications", EC_SIM_AUTH_LEARNER, handle_list);
  ec_sim_server_add_route (server, "GET", "/api/v1/applications/{id}", EC_SIM_AUTH_LEARNER, handle_get);
}
