/* ec-sim-records.c: GET /api/v1/records (個人專區 > 學習紀錄).
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-sim-records"

#include "config.h"

#include <string.h>

#include "ec-core.h"
#include "ec-sim-batch.h"
#include "ec-sim-records.h"
#include "ec-sim-reply.h"

/* A learning record belongs to the account it was studied under: records of
 * an unbound certificate or a social account are that account's and never
 * merge (DOMAIN.md, "Login routes").  Every status is the verdict of
 * ec_upload_rules_evaluate(), never computed here.
 *
 * Sync: records are ordered by (seq, id).  `seq` is the service-wide change
 * number, shared by every record one change touched (a person's change, a
 * batch run), so the cursor holds both, and a page may end in the middle
 * of a seq without losing or repeating a record. */

#define DEFAULT_LIMIT 500
#define MAX_LIMIT 1000

typedef struct {
  gint64 seq;
  gint64 id;
} Cursor;

typedef struct {
  guint    limit;
  gboolean has_since;
  Cursor   since;
} RecordsQuery;

static int
cursor_compare (const Cursor *a,
                const Cursor *b)
{
  if (a->seq != b->seq)
    return a->seq < b->seq ? -1 : 1;
  if (a->id != b->id)
    return a->id < b->id ? -1 : 1;
  return 0;
}

/* The cursor is opaque to clients (docs/api.md): base64url without padding,
 * so that it goes into a query string as it is. */
static char *
cursor_encode (const Cursor *cursor)
{
  g_autofree char *plain = g_strdup_printf ("%" G_GINT64_FORMAT ".%" G_GINT64_FORMAT, cursor->seq, cursor->id);
  char            *text = g_base64_encode ((const guchar *) plain, strlen (plain));
  char            *padding;

  g_strdelimit (text, "+", '-');
  g_strdelimit (text, "/", '_');
  padding = strchr (text, '=');
  if (padding != NULL)
    *padding = '\0';
  return text;
}

static gboolean
parse_counter (const char *text,
               gint64     *out_value)
{
  guint64 value = 0;

  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXINT64, &value, NULL))
    return FALSE;
  *out_value = (gint64) value;
  return TRUE;
}

static gboolean
cursor_decode (const char *text,
               Cursor     *out_cursor)
{
  g_autoptr (GString) base64 = NULL;
  g_autofree guchar *data = NULL;
  g_autofree char   *plain = NULL;
  g_auto (GStrv) parts = NULL;
  gsize size = 0;
  gsize length = strlen (text);

  /* g_base64_decode() skips characters outside its alphabet, so the text is
   * checked first: a mangled cursor must fail, not decode to another one. */
  if (length == 0 || length > 64 || length % 4 == 1)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isalnum (text[i]) && text[i] != '-' && text[i] != '_')
      return FALSE;

  base64 = g_string_new (text);
  g_strdelimit (base64->str, "-", '+');
  g_strdelimit (base64->str, "_", '/');
  while (base64->len % 4 != 0)
    g_string_append_c (base64, '=');

  data = g_base64_decode (base64->str, &size);
  plain = g_strndup ((const char *) data, size);
  if (strlen (plain) != size)
    return FALSE;

  parts = g_strsplit (plain, ".", -1);
  return g_strv_length (parts) == 2
         && parse_counter (parts[0], &out_cursor->seq)
         && parse_counter (parts[1], &out_cursor->id);
}

/* Reads `limit` and `since`; answers 400 or 422 itself. */
static gboolean
parse_query (EcSimContext *ctx,
             RecordsQuery *out_query)
{
  const char *query = g_uri_get_query (soup_server_message_get_uri (ctx->msg));
  g_autoptr (GHashTable) params = NULL;
  const char *limit, *since;
  guint64     value = 0;

  out_query->limit = DEFAULT_LIMIT;
  out_query->has_since = FALSE;
  if (query == NULL)
    return TRUE;

  params = g_uri_parse_params (query, -1, "&", G_URI_PARAMS_NONE, NULL);
  if (params == NULL)
    {
      ec_sim_context_reply_error (ctx, SOUP_STATUS_BAD_REQUEST, "invalid_query",
                                  "The query string is malformed.", NULL);
      return FALSE;
    }

  limit = g_hash_table_lookup (params, "limit");
  if (limit != NULL)
    {
      if (!g_ascii_string_to_unsigned (limit, 10, 1, MAX_LIMIT, &value, NULL))
        {
          ec_sim_context_reply_error (ctx, SOUP_STATUS_UNPROCESSABLE_ENTITY, "invalid_limit",
                                      "The limit must be a whole number from 1 to 1000.", "limit");
          return FALSE;
        }
      out_query->limit = (guint) value;
    }

  since = g_hash_table_lookup (params, "since");
  if (since != NULL)
    {
      if (!cursor_decode (since, &out_query->since))
        {
          ec_sim_context_reply_error (ctx, SOUP_STATUS_UNPROCESSABLE_ENTITY, "invalid_cursor",
                                      "The cursor is not one this service gave out.", "since");
          return FALSE;
        }
      out_query->has_since = TRUE;
    }

  return TRUE;
}

/**
 * ec_sim_records_read_account_state:
 * @db: the service's database
 * @account_id: an account
 * @out_account: (out caller-allocates): what the upload rules know of it
 *
 * Returns: %FALSE if there is no such account.
 */
gboolean
ec_sim_records_read_account_state (EcSimDb        *db,
                                   gint64          account_id,
                                   EcAccountState *out_account)
{
  sqlite3_stmt *stmt = ec_sim_db_prepare (db,
                                          "SELECT " EC_SIM_ACCOUNT_COLUMNS " FROM accounts a"
                                          " JOIN persons p ON p.id = a.person_id WHERE a.id = ?");
  gboolean      found = FALSE;

  sqlite3_bind_int64 (stmt, 1, account_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      ec_sim_batch_read_account (stmt, 0, out_account);
      found = TRUE;
    }
  sqlite3_reset (stmt);
  return found;
}

/* The highest (seq, id) of the account's records, tombstones included. */
static Cursor
read_last_change (EcSimDb *db,
                  gint64   account_id)
{
  sqlite3_stmt *stmt = ec_sim_db_prepare (db,
                                          "SELECT seq, id FROM records WHERE account_id = ?"
                                          " ORDER BY seq DESC, id DESC LIMIT 1");
  Cursor        last = { 0, 0 };

  sqlite3_bind_int64 (stmt, 1, account_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      last.seq = sqlite3_column_int64 (stmt, 0);
      last.id = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_reset (stmt);
  return last;
}

/* A strong validator: the answer is a function of the account's records
 * (any change to one, a deletion included, raises their highest seq), of
 * the account state the rules read, and of the query.  The state is hashed
 * too, because an account without records has no seq to move. */
static char *
compute_etag (gint64                account_id,
              const Cursor         *last,
              const EcAccountState *account,
              const RecordsQuery   *query)
{
  g_autofree char *key = NULL;
  g_autofree char *hash = NULL;

  key = g_strdup_printf ("records-v1|%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT ".%" G_GINT64_FORMAT
                         "|%d|%d|%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT "|%u|%" G_GINT64_FORMAT
                         "|%" G_GINT64_FORMAT "|%d|%" G_GINT64_FORMAT
                         "|%d|%" G_GINT64_FORMAT ".%" G_GINT64_FORMAT "|%u",
                         account_id, last->seq, last->id,
                         account->identity, account->kind, account->official_since,
                         account->relogin_at, account->personnel_category,
                         account->personnel_category_since, account->env_account_since,
                         account->env_service_unit_ok, account->env_service_unit_since,
                         query->has_since, query->since.seq, query->since.id, query->limit);
  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);
  return g_strdup_printf ("\"%.32s\"", hash);
}

/* If-None-Match compares weakly (RFC 9110, 13.1.2) and may list several
 * tags, or "*". */
static gboolean
etag_matches (const char *header,
              const char *etag)
{
  g_auto (GStrv) tags = NULL;

  if (header == NULL)
    return FALSE;

  tags = g_strsplit (header, ",", -1);
  for (guint i = 0; tags[i] != NULL; i++)
    {
      const char *tag = g_strstrip (tags[i]);

      if (g_str_has_prefix (tag, "W/"))
        tag += 2;
      if (strcmp (tag, "*") == 0 || strcmp (tag, etag) == 0)
        return TRUE;
    }

  return FALSE;
}

/**
 * ec_sim_records_build_account_state:
 * @builder: a builder positioned where an object value goes
 * @account: an account state
 *
 * Adds the rules' inputs, so that the client can explain a status ("you
 * have no environmental-education account") without asking again.
 */
void
ec_sim_records_build_account_state (JsonBuilder          *builder,
                                    const EcAccountState *account)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "identity");
  json_builder_add_string_value (builder, ec_identity_to_string (account->identity));
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, account->kind == EC_ACCOUNT_KIND_OFFICIAL ? "official" : "natural-person");
  ec_sim_reply_add_time_or_null (builder, "official_since", account->official_since);
  ec_sim_reply_add_time_or_null (builder, "relogin_at", account->relogin_at);
  json_builder_set_member_name (builder, "relogin_needed");
  json_builder_add_boolean_value (builder, ec_account_state_get_relogin_needed (account));
  json_builder_set_member_name (builder, "personnel_category");
  json_builder_add_int_value (builder, account->personnel_category);
  ec_sim_reply_add_time_or_null (builder, "personnel_category_since", account->personnel_category_since);
  ec_sim_reply_add_time_or_null (builder, "env_account_since", account->env_account_since);
  json_builder_set_member_name (builder, "env_service_unit_ok");
  json_builder_add_boolean_value (builder, account->env_service_unit_ok);
  ec_sim_reply_add_time_or_null (builder, "env_service_unit_since", account->env_service_unit_since);
  json_builder_end_object (builder);
}

static void
build_verdict (JsonBuilder           *builder,
               const EcUploadVerdict *verdict)
{
  g_autofree char *date = g_date_valid (&verdict->date) ? ec_date_to_iso8601 (&verdict->date) : NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "network");
  json_builder_add_string_value (builder, ec_network_to_string (verdict->network));
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, ec_upload_status_to_string (verdict->status));
  ec_sim_reply_add_string_or_null (builder, "reason",
                                   verdict->reason != EC_UPLOAD_REASON_NONE ? ec_upload_reason_to_string (verdict->reason) : NULL);
  ec_sim_reply_add_string_or_null (builder, "remedy",
                                   verdict->remedy != EC_REMEDY_NONE ? ec_remedy_to_string (verdict->remedy) : NULL);
  ec_sim_reply_add_string_or_null (builder, "date", date);
  json_builder_set_member_name (builder, "date_is_estimate");
  json_builder_add_boolean_value (builder, verdict->date_is_estimate);
  json_builder_end_object (builder);
}

/* The columns of the records query: id, seq, deleted, course, then the
 * rules' course facts. */
#define RECORD_FACTS_COLUMN 4

static gboolean
build_record (JsonBuilder          *builder,
              sqlite3_stmt         *stmt,
              EcCalendar           *calendar,
              const EcAccountState *account)
{
  EcCourseFacts course;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, sqlite3_column_int64 (stmt, 0));

  if (sqlite3_column_int (stmt, 2) != 0)
    {
      json_builder_set_member_name (builder, "deleted");
      json_builder_add_boolean_value (builder, TRUE);
      json_builder_end_object (builder);
      return TRUE;
    }

  if (!ec_sim_batch_read_course (stmt, RECORD_FACTS_COLUMN, &course))
    return FALSE;

  json_builder_set_member_name (builder, "course");
  json_builder_add_string_value (builder, ec_sim_db_column_text (stmt, 3));
  json_builder_set_member_name (builder, "route");
  json_builder_add_string_value (builder, ec_login_route_to_string (course.route));
  ec_sim_reply_add_time_or_null (builder, "completed_at", course.completed_at);

  json_builder_set_member_name (builder, "minutes");
  json_builder_begin_object (builder);
  for (guint n = 0; n < EC_N_NETWORKS; n++)
    {
      json_builder_set_member_name (builder, ec_network_to_string ((EcNetwork) n));
      json_builder_add_int_value (builder, course.certified_minutes[n]);
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "networks");
  json_builder_begin_array (builder);
  for (guint n = 0; n < EC_N_NETWORKS; n++)
    {
      EcUploadVerdict verdict;

      ec_upload_rules_evaluate (calendar, account, &course, (EcNetwork) n, &verdict);
      build_verdict (builder, &verdict);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);
  return TRUE;
}

/* Adds the page's records; returns how many rows it read (up to limit + 1,
 * the extra one only telling that there is more), or -1 on a data defect. */
static int
build_records (EcSimContext         *ctx,
               JsonBuilder          *builder,
               const RecordsQuery   *query,
               const EcAccountState *account,
               Cursor               *out_last)
{
  /* A full fetch leaves tombstones out: the client has none of those
   * records.  Every later page and every incremental fetch needs them. */
  sqlite3_stmt *stmt = ec_sim_db_prepare (ctx->db,
                                          "SELECT r.id, r.seq, r.deleted, r.course, " EC_SIM_COURSE_COLUMNS
                                          " FROM records r WHERE r.account_id = ?1"
                                          " AND (r.seq, r.id) > (?2, ?3) AND (r.deleted = 0 OR ?4)"
                                          " ORDER BY r.seq, r.id LIMIT ?5");
  EcCalendar   *calendar = ec_sim_server_get_calendar (ctx->server);
  int           rows = 0;

  sqlite3_bind_int64 (stmt, 1, ctx->account_id);
  sqlite3_bind_int64 (stmt, 2, query->since.seq);
  sqlite3_bind_int64 (stmt, 3, query->since.id);
  sqlite3_bind_int (stmt, 4, query->has_since);
  sqlite3_bind_int64 (stmt, 5, (gint64) query->limit + 1);

  json_builder_set_member_name (builder, "records");
  json_builder_begin_array (builder);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      if ((guint) ++rows > query->limit)
        break;

      out_last->seq = sqlite3_column_int64 (stmt, 1);
      out_last->id = sqlite3_column_int64 (stmt, 0);
      if (!build_record (builder, stmt, calendar, account))
        {
          sqlite3_reset (stmt);
          return -1;
        }
    }
  json_builder_end_array (builder);
  sqlite3_reset (stmt);

  return rows;
}

static void
set_validators (EcSimContext *ctx,
                const char   *etag)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (ctx->msg);

  soup_message_headers_replace (headers, "ETag", etag);
  /* Personal data: no shared cache may keep it, and a client revalidates
   * with the ETag every time. */
  soup_message_headers_replace (headers, "Cache-Control", "private, no-cache");
}

static void
handle_list (EcSimContext *ctx)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *cursor_text = NULL;
  g_autofree char *as_of = ec_time_to_iso8601 (ctx->now);
  RecordsQuery     query = { 0 };
  EcAccountState   account;
  Cursor           last, cursor;
  int              rows;

  if (!parse_query (ctx, &query))
    return;
  if (!ec_sim_records_read_account_state (ctx->db, ctx->account_id, &account))
    {
      ec_sim_context_reply_internal (ctx, NULL);
      return;
    }

  last = read_last_change (ctx->db, ctx->account_id);
  etag = compute_etag (ctx->account_id, &last, &account, &query);
  set_validators (ctx, etag);
  if (etag_matches (ec_sim_context_get_header (ctx, "If-None-Match"), etag))
    {
      ec_sim_context_reply_empty (ctx, SOUP_STATUS_NOT_MODIFIED);
      return;
    }

  cursor = query.since;
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "as_of");
  json_builder_add_string_value (builder, as_of);
  json_builder_set_member_name (builder, "account_state");
  ec_sim_records_build_account_state (builder, &account);
  rows = build_records (ctx, builder, &query, &account, &cursor);
  if (rows < 0)
    {
      ec_sim_context_reply_internal (ctx, NULL);
      return;
    }

  /* On the last page the cursor moves past every change of the account, so
   * that the next incremental fetch does not send the tombstones of records
   * a full fetch never sent. */
  if ((guint) rows <= query.limit && cursor_compare (&last, &cursor) > 0)
    cursor = last;
  cursor_text = cursor_encode (&cursor);

  json_builder_set_member_name (builder, "cursor");
  json_builder_add_string_value (builder, cursor_text);
  json_builder_set_member_name (builder, "has_more");
  json_builder_add_boolean_value (builder, (guint) rows > query.limit);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  ec_sim_context_reply_json (ctx, SOUP_STATUS_OK, root);
}

void
ec_sim_records_register (EcSimServer *server)
{
  ec_sim_server_add_route (server, "GET", "/api/v1/records", EC_SIM_AUTH_LEARNER, handle_list);
}
