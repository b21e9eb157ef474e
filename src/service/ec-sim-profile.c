/* ec-sim-profile.c: GET and PUT /api/v1/profile, the personal data
 * (個人資料維護) that makes a gov.tw member an advanced member (進階會員),
 * which a conversion to an official account requires.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-sim-profile"

#include "config.h"

#include "ec-core.h"
#include "ec-sim-person.h"
#include "ec-sim-profile.h"
#include "ec-sim-reply.h"

typedef struct {
  char *name;
  char *birthday;
  char *id_number;
  char *passport;
  char *address;
  char *phone;
} Profile;

static void
profile_clear (Profile *profile)
{
  g_clear_pointer (&profile->name, g_free);
  g_clear_pointer (&profile->birthday, g_free);
  g_clear_pointer (&profile->id_number, g_free);
  g_clear_pointer (&profile->passport, g_free);
  g_clear_pointer (&profile->address, g_free);
  g_clear_pointer (&profile->phone, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Profile, profile_clear)

static gboolean
load_profile (EcSimContext *ctx,
              Profile      *out)
{
  sqlite3_stmt *stmt = ec_sim_db_prepare (ctx->db,
                                          "SELECT name, birthday, id_number, passport, address, phone"
                                          " FROM persons WHERE id = ?");
  gboolean      found = FALSE;

  sqlite3_bind_int64 (stmt, 1, ctx->person_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      out->name = g_strdup (ec_sim_db_column_text (stmt, 0));
      out->birthday = g_strdup (ec_sim_db_column_text (stmt, 1));
      out->id_number = g_strdup (ec_sim_db_column_text (stmt, 2));
      out->passport = g_strdup (ec_sim_db_column_text (stmt, 3));
      out->address = g_strdup (ec_sim_db_column_text (stmt, 4));
      out->phone = g_strdup (ec_sim_db_column_text (stmt, 5));
      found = TRUE;
    }
  sqlite3_reset (stmt);
  return found;
}

/* The ID and passport numbers are shown masked, as everywhere in the API:
 * the client never needs them whole. */
static void
reply_profile (EcSimContext *ctx)
{
  g_auto (Profile) profile = { 0 };
  g_autoptr (JsonBuilder) builder = NULL;
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *id_masked = NULL;
  EcProfileMissing missing;

  if (!load_profile (ctx, &profile))
    {
      ec_sim_context_reply_internal (ctx, NULL);
      return;
    }

  id_masked = ec_id_number_mask (profile.id_number);
  builder = json_builder_new ();
  json_builder_begin_object (builder);
  ec_sim_reply_add_string_or_null (builder, "name", profile.name);
  ec_sim_reply_add_string_or_null (builder, "birthday", profile.birthday);
  ec_sim_reply_add_string_or_null (builder, "id_number_masked", id_masked);
  if (profile.passport != NULL)
    {
      g_autofree char *passport_masked = ec_id_number_mask (profile.passport);

      ec_sim_reply_add_string_or_null (builder, "passport_masked", passport_masked);
    }
  ec_sim_reply_add_string_or_null (builder, "address", profile.address);
  ec_sim_reply_add_string_or_null (builder, "phone", profile.phone);
  missing = ec_sim_person_missing_fields (ctx->db, ctx->person_id, ctx->now);
  json_builder_set_member_name (builder, "missing");
  ec_sim_person_add_missing (builder, missing);
  json_builder_set_member_name (builder, "advanced");
  json_builder_add_boolean_value (builder, missing == EC_PROFILE_MISSING_NONE);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  ec_sim_context_reply_json (ctx, SOUP_STATUS_OK, root);
}

static void
handle_get (EcSimContext *ctx)
{
  reply_profile (ctx);
}

/* The personal data belongs to the member account: a social account or an
 * unbound certificate is a login of its own that cannot maintain it.  A
 * bound certificate's session is on the account it is bound to. */
static gboolean
may_edit (EcSimContext *ctx)
{
  sqlite3_stmt *stmt = ec_sim_db_prepare (ctx->db, "SELECT type FROM accounts WHERE id = ?");
  gboolean      allowed = FALSE;

  sqlite3_bind_int64 (stmt, 1, ctx->account_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *type = ec_sim_db_column_text (stmt, 0);

      allowed = g_strcmp0 (type, "ecpa") == 0 || g_strcmp0 (type, "gov-tw") == 0;
    }
  sqlite3_reset (stmt);
  return allowed;
}

typedef struct {
  const char *birthday;
  const char *id_number;
  char       *passport;
  char       *address;
  char       *phone;
} Changes;

static void
changes_clear (Changes *changes)
{
  g_clear_pointer (&changes->passport, g_free);
  g_clear_pointer (&changes->address, g_free);
  g_clear_pointer (&changes->phone, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Changes, changes_clear)

/* A member that is absent keeps the stored value.  null is refused rather
 * than read as "erase": a member cannot un-fill their data here. */
static gboolean
get_optional_string (EcSimContext *ctx,
                     const char   *member,
                     const char  **out_value)
{
  JsonNode *node = json_object_get_member (ctx->body, member);

  *out_value = NULL;
  if (node == NULL)
    return TRUE;
  if (JSON_NODE_HOLDS_NULL (node))
    {
      ec_sim_context_reply_error (ctx, SOUP_STATUS_UNPROCESSABLE_ENTITY, "invalid_type",
                                  "This field must be a string; leave it out to keep the stored value.",
                                  member);
      return FALSE;
    }

  *out_value = ec_sim_context_get_string (ctx, member, TRUE);
  return *out_value != NULL;
}

/* The birthday comes as text: a date that exists, then one in the range
 * the core accepts, on the service clock. */
static gboolean
check_birthday (const char *text,
                gint64      now,
                GError    **error)
{
  GDate birthday, today;

  ec_time_to_taiwan_date (now, &today);
  return ec_date_from_iso8601 (text, &birthday, error)
         && ec_birthday_validate (&birthday, &today, error);
}

/* Stored without the white space around them, which the validators
 * forgive. */
static char *
stripped_copy (const char *value)
{
  return value != NULL ? g_strstrip (g_strdup (value)) : NULL;
}

/* Reads and validates every member before anything is written, so that a
 * request either changes all it asks for or nothing. */
static gboolean
read_changes (EcSimContext *ctx,
              Changes      *changes)
{
  g_autoptr (GError) error = NULL;
  const char *passport, *address, *phone;

  if (!get_optional_string (ctx, "birthday", &changes->birthday)
      || !get_optional_string (ctx, "id_number", &changes->id_number)
      || !get_optional_string (ctx, "passport", &passport)
      || !get_optional_string (ctx, "address", &address)
      || !get_optional_string (ctx, "phone", &phone))
    return FALSE;

  if (changes->birthday != NULL && !check_birthday (changes->birthday, ctx->now, &error))
    ec_sim_context_reply_invalid (ctx, error, "birthday");
  else if (changes->id_number != NULL && !ec_id_number_validate (changes->id_number, NULL, &error))
    ec_sim_context_reply_invalid (ctx, error, "id_number");
  else if (passport != NULL && !ec_passport_number_validate (passport, &error))
    ec_sim_context_reply_invalid (ctx, error, "passport");
  else if (address != NULL && !ec_address_validate (address, &error))
    ec_sim_context_reply_invalid (ctx, error, "address");
  else if (phone != NULL && !ec_phone_number_validate (phone, &error))
    ec_sim_context_reply_invalid (ctx, error, "phone");
  if (ctx->replied)
    return FALSE;

  changes->passport = stripped_copy (passport);
  changes->address = stripped_copy (address);
  changes->phone = stripped_copy (phone);
  return TRUE;
}

/* Hours are certified against the ID number, so two persons can never
 * hold the same one. */
static gboolean
id_number_taken (EcSimContext *ctx,
                 const char   *id_number)
{
  sqlite3_stmt *stmt = ec_sim_db_prepare (ctx->db, "SELECT 1 FROM persons WHERE id_number = ? AND id != ?");
  gboolean      taken;

  ec_sim_db_bind_text (stmt, 1, id_number);
  sqlite3_bind_int64 (stmt, 2, ctx->person_id);
  taken = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return taken;
}

static gboolean
write_changes (EcSimContext  *ctx,
               const Changes *changes,
               GError       **error)
{
  sqlite3_stmt *stmt = ec_sim_db_prepare (ctx->db,
                                          "UPDATE persons SET birthday = COALESCE (?1, birthday),"
                                          " id_number = COALESCE (?2, id_number),"
                                          " passport = COALESCE (?3, passport),"
                                          " address = COALESCE (?4, address),"
                                          " phone = COALESCE (?5, phone) WHERE id = ?6");

  ec_sim_db_bind_text (stmt, 1, changes->birthday);
  ec_sim_db_bind_text (stmt, 2, changes->id_number);
  ec_sim_db_bind_text (stmt, 3, changes->passport);
  ec_sim_db_bind_text (stmt, 4, changes->address);
  ec_sim_db_bind_text (stmt, 5, changes->phone);
  sqlite3_bind_int64 (stmt, 6, ctx->person_id);
  return ec_sim_db_step_done (ctx->db, stmt, error);
}

static void
handle_put (EcSimContext *ctx)
{
  g_auto (Changes) changes = { 0 };
  g_autoptr (GError) error = NULL;

  if (!may_edit (ctx))
    {
      ec_sim_context_reply_error (ctx, SOUP_STATUS_FORBIDDEN, "forbidden",
                                  "Personal data is maintained from an ecpa or gov-tw account;"
                                  " this session is on a social account or an unbound certificate.",
                                  NULL);
      return;
    }
  if (!ec_sim_context_require_body (ctx) || !read_changes (ctx, &changes))
    return;

  if (!ec_sim_db_begin (ctx->db, &error))
    {
      ec_sim_context_reply_internal (ctx, error);
      return;
    }

  if (changes.id_number != NULL && id_number_taken (ctx, changes.id_number))
    {
      ec_sim_db_rollback (ctx->db);
      ec_sim_context_reply_error (ctx, SOUP_STATUS_CONFLICT, "conflict",
                                  "Another person already holds this ID number.", "id_number");
      return;
    }

  if (!write_changes (ctx, &changes, &error) || !ec_sim_db_commit (ctx->db, &error))
    {
      ec_sim_db_rollback (ctx->db);
      ec_sim_context_reply_internal (ctx, error);
      return;
    }

  reply_profile (ctx);
}

void
ec_sim_profile_register (EcSimServer *server)
{
  ec_sim_server_add_route (server, "GET", "/api/v1/profile", EC_SIM_AUTH_LEARNER, handle_get);
  ec_sim_server_add_route (server, "PUT", "/api/v1/profile", EC_SIM_AUTH_LEARNER, handle_put);
}
