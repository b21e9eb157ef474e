/* ec-sim-batch.c: "a scheduled batch uploads eligible hours about 3 working
 * days after their conditions were met" (DOMAIN.md), and POST /admin/batch.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-sim-batch"

#include "config.h"

#include "ec-sim-batch.h"

/* The batch decides nothing itself: ec_upload_rules_evaluate() says which
 * hours are pending and from which date, and the batch uploads those whose
 * date has come.  The learning record endpoint evaluates the same rules
 * over the same columns, so the two cannot disagree. */

#define TIMER_KEY "ec-sim-batch-timer"

typedef struct {
  gint64    record_id;
  EcNetwork network;
  gint64    at;
} Upload;

/* One statement per network, indexed by EcNetwork: the statement cache is
 * keyed by the SQL text, and a column name cannot be a parameter. */
static const char *const upload_sql[] = {
  [EC_NETWORK_LIFELONG] = "UPDATE records SET uploaded_lifelong = ?, seq = ? WHERE id = ?",
  [EC_NETWORK_TEACHER] = "UPDATE records SET uploaded_teacher = ?, seq = ? WHERE id = ?",
  [EC_NETWORK_ENV] = "UPDATE records SET uploaded_env = ?, seq = ? WHERE id = ?",
};

G_STATIC_ASSERT (G_N_ELEMENTS (upload_sql) == EC_N_NETWORKS);

static guint
column_uint (sqlite3_stmt *stmt,
             int           column)
{
  gint64 minutes = sqlite3_column_int64 (stmt, column);

  return (guint) CLAMP (minutes, 0, G_MAXUINT);
}

/**
 * ec_sim_batch_read_course:
 * @stmt: a statement positioned on a row
 * @first_column: where #EC_SIM_COURSE_COLUMNS start
 * @out_course: (out caller-allocates): the record as the rules see it
 *
 * Returns: %FALSE if the stored route is not a known one (a defect of the
 *   data: the service writes only ec_login_route_to_string() ids).
 */
gboolean
ec_sim_batch_read_course (sqlite3_stmt  *stmt,
                          int            first_column,
                          EcCourseFacts *out_course)
{
  int column = first_column;

  if (!ec_login_route_from_string (ec_sim_db_column_text (stmt, column++), &out_course->route))
    return FALSE;

  for (guint n = 0; n < EC_N_NETWORKS; n++)
    out_course->certified_minutes[n] = column_uint (stmt, column++);
  out_course->completed_at = sqlite3_column_int64 (stmt, column++);
  for (guint n = 0; n < EC_N_NETWORKS; n++)
    out_course->uploaded_at[n] = sqlite3_column_int64 (stmt, column++);

  return TRUE;
}

/**
 * ec_sim_batch_read_account:
 * @stmt: a statement positioned on a row
 * @first_column: where #EC_SIM_ACCOUNT_COLUMNS start
 * @out_account: (out caller-allocates): the account as the rules see it
 */
void
ec_sim_batch_read_account (sqlite3_stmt   *stmt,
                           int             first_column,
                           EcAccountState *out_account)
{
  int column = first_column;

  /* An identity the core does not know is read as the general public's.
   * The identity decides uploads only for a natural-person account (the
   * general public's lifelong and teachers' hours are not theirs to
   * credit), so at worst such hours are withheld, never promised. */
  if (!ec_identity_from_string (ec_sim_db_column_text (stmt, column++), &out_account->identity))
    out_account->identity = EC_IDENTITY_GENERAL_PUBLIC;

  out_account->kind = g_strcmp0 (ec_sim_db_column_text (stmt, column++), "official") == 0
                          ? EC_ACCOUNT_KIND_OFFICIAL
                          : EC_ACCOUNT_KIND_NATURAL_PERSON;
  out_account->official_since = sqlite3_column_int64 (stmt, column++);
  out_account->relogin_at = sqlite3_column_int64 (stmt, column++);
  out_account->personnel_category = column_uint (stmt, column++);
  out_account->personnel_category_since = sqlite3_column_int64 (stmt, column++);
  out_account->env_account_since = sqlite3_column_int64 (stmt, column++);
  out_account->env_service_unit_ok = sqlite3_column_int (stmt, column++) != 0;
  out_account->env_service_unit_since = sqlite3_column_int64 (stmt, column++);
}

/**
 * ec_sim_batch_time:
 * @date: a day, in Taiwan's time zone
 *
 * Returns: when the nightly batch runs on @date.
 */
gint64
ec_sim_batch_time (const GDate *date)
{
  g_autoptr (GDateTime) time = g_date_time_new (ec_time_zone_taiwan (), g_date_get_year (date),
                                                g_date_get_month (date), g_date_get_day (date),
                                                EC_SIM_BATCH_HOUR, 0, 0);

  return g_date_time_to_unix (time);
}

/* Adds the networks of the current row whose expected upload date has
 * come. */
static void
collect_due (EcCalendar   *calendar,
             sqlite3_stmt *stmt,
             const GDate  *today,
             gint64        now,
             GArray       *uploads)
{
  gint64         record_id = sqlite3_column_int64 (stmt, 0);
  EcAccountState account;
  EcCourseFacts  course;

  if (!ec_sim_batch_read_course (stmt, 1, &course))
    {
      g_warning ("Record %" G_GINT64_FORMAT " has an unknown login route; not uploaded", record_id);
      return;
    }
  ec_sim_batch_read_account (stmt, 1 + EC_SIM_N_COURSE_COLUMNS, &account);

  for (guint n = 0; n < EC_N_NETWORKS; n++)
    {
      EcUploadVerdict verdict;

      ec_upload_rules_evaluate (calendar, &account, &course, (EcNetwork) n, &verdict);
      if (verdict.status == EC_UPLOAD_STATUS_PENDING
          && g_date_valid (&verdict.date)
          && g_date_compare (&verdict.date, today) <= 0)
        {
          /* Uploaded by the night's run of the expected day, a working
           * day: a clock moved by weeks at once, or a service that was
           * not running, must not date uploads on a weekend.  On the day
           * itself before the run, the run is now. */
          Upload upload = { record_id, (EcNetwork) n, MIN (ec_sim_batch_time (&verdict.date), now) };

          g_array_append_val (uploads, upload);
        }
    }
}

static gboolean
find_due (EcSimDb    *db,
          EcCalendar *calendar,
          gint64      now,
          GArray     *uploads,
          GError    **error)
{
  /* Only records with something left to upload; the rules judge the rest,
   * including whether there is anything to upload at all. */
  sqlite3_stmt *stmt = ec_sim_db_prepare (db,
                                          "SELECT r.id, " EC_SIM_COURSE_COLUMNS ", " EC_SIM_ACCOUNT_COLUMNS
                                          " FROM records r JOIN accounts a ON a.id = r.account_id"
                                          " JOIN persons p ON p.id = a.person_id"
                                          " WHERE r.deleted = 0 AND (r.uploaded_lifelong = 0"
                                          " OR r.uploaded_teacher = 0 OR r.uploaded_env = 0)");
  GDate         today;
  int           rc;

  ec_time_to_taiwan_date (now, &today);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    collect_due (calendar, stmt, &today, now, uploads);
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "reading the records failed (%d)", rc);
      return FALSE;
    }
  return TRUE;
}

static gboolean
store_uploads (EcSimDb *db,
               GArray  *uploads,
               GError **error)
{
  /* One change number for the whole run: a client syncing afterwards gets
   * every record the batch touched, whatever order it pages them in. */
  gint64 seq = ec_sim_db_next_seq (db);

  for (guint i = 0; i < uploads->len; i++)
    {
      const Upload *upload = &g_array_index (uploads, Upload, i);
      sqlite3_stmt *stmt = ec_sim_db_prepare (db, upload_sql[upload->network]);

      sqlite3_bind_int64 (stmt, 1, upload->at);
      sqlite3_bind_int64 (stmt, 2, seq);
      sqlite3_bind_int64 (stmt, 3, upload->record_id);
      if (!ec_sim_db_step_done (db, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* Uploads the hours of every record and network that the rules find
 * pending with an expected date on or before @now's date in Taiwan (the
 * service clock), dated on that expected day.  One transaction: a failure uploads nothing.
 * Returns how many uploads (record × network) were made, or -1 with @error
 * set. */
static int
run_batch (EcSimDb    *db,
           EcCalendar *calendar,
           gint64      now,
           GError    **error)
{
  g_autoptr (GArray) uploads = g_array_new (FALSE, FALSE, sizeof (Upload));

  g_return_val_if_fail (EC_IS_SIM_DB (db), -1);
  g_return_val_if_fail (EC_IS_CALENDAR (calendar), -1);

  if (!ec_sim_db_begin (db, error))
    return -1;

  if (!find_due (db, calendar, now, uploads, error)
      || (uploads->len > 0 && !store_uploads (db, uploads, error))
      || !ec_sim_db_commit (db, error))
    {
      ec_sim_db_rollback (db);
      return -1;
    }

  return (int) uploads->len;
}

static int
run_now (EcSimServer *server,
         const char  *why)
{
  g_autoptr (GError) error = NULL;
  int uploaded;

  uploaded = run_batch (ec_sim_server_get_db (server), ec_sim_server_get_calendar (server),
                        ec_sim_server_now (server), &error);
  if (uploaded < 0)
    g_warning ("The upload batch (%s) failed: %s", why, error->message);
  else if (uploaded > 0)
    g_debug ("The upload batch (%s) uploaded %d", why, uploaded);

  return uploaded;
}

static void
on_server_clock_changed_cb (EcSimServer *server,
                            gpointer     user_data)
{
  run_now (server, "clock changed");
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  run_now (EC_SIM_SERVER (user_data), "timer");
  return G_SOURCE_CONTINUE;
}

static void
remove_source (gpointer data)
{
  g_source_remove (GPOINTER_TO_UINT (data));
}

/**
 * ec_sim_batch_start:
 * @server: the service, seeded
 *
 * Runs the batch now, then whenever the service clock moves (so that a
 * test or the demo sees the upload as soon as it moves past the date) and
 * every %EC_SIM_BATCH_INTERVAL_SECONDS of real time, as long as @server
 * lives.
 */
void
ec_sim_batch_start (EcSimServer *server)
{
  guint timer;

  g_return_if_fail (EC_IS_SIM_SERVER (server));
  g_return_if_fail (g_object_get_data (G_OBJECT (server), TIMER_KEY) == NULL);

  run_now (server, "start");

  g_signal_connect (server, "clock-changed", G_CALLBACK (on_server_clock_changed_cb), NULL);
  timer = g_timeout_add_seconds (EC_SIM_BATCH_INTERVAL_SECONDS, on_timeout_cb, server);
  g_object_set_data_full (G_OBJECT (server), TIMER_KEY, GUINT_TO_POINTER (timer), remove_source);
}

static void
handle_run (EcSimContext *ctx)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *as_of = ec_time_to_iso8601 (ctx->now);
  int              uploaded;

  uploaded = run_batch (ctx->db, ec_sim_server_get_calendar (ctx->server), ctx->now, &error);
  if (uploaded < 0)
    {
      ec_sim_context_reply_internal (ctx, error);
      return;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "uploaded");
  json_builder_add_int_value (builder, uploaded);
  json_builder_set_member_name (builder, "as_of");
  json_builder_add_string_value (builder, as_of);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  ec_sim_context_reply_json (ctx, SOUP_STATUS_OK, root);
}

/**
 * ec_sim_batch_register:
 *
 * POST /admin/batch: runs the batch now, for the demo and the tests.
 */
void
ec_sim_batch_register (EcSimServer *server)
{
  ec_sim_server_add_route (server, "POST", "/admin/batch", EC_SIM_AUTH_ADMIN, handle_run);
}
