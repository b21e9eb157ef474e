/* ec-sim-generator.c: --synthetic-courses, a large learning record for the
 * benchmarks.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-sim-generator"

#include "config.h"

#include "ec-core.h"
#include "ec-sim-batch.h"
#include "ec-sim-generator.h"

/* The records are a function of their index only, so that two runs give the
 * same data and a benchmark compares like with like.  Their history is
 * replayed with the rules: hours whose expected upload date has passed are
 * stored as uploaded on that date, as if the batch had run every night
 * since; the rest stay pending (or not eligible) for the batch to judge. */

#define SECONDS_PER_DAY (24 * 60 * 60)
#define HISTORY_DAYS 730

typedef struct {
  gint64         account_id;
  gint64         person_id;
  const char    *route;
  gboolean       has_bound_certificate;
  EcAccountState account;
} Target;

static const char *
route_for_account (const char *type,
                   gint64      bound_account_id)
{
  if (g_strcmp0 (type, "certificate") == 0)
    return bound_account_id != 0 ? "certificate-bound" : "certificate-unbound";
  if (g_strcmp0 (type, "ecpa") == 0)
    return "ecpa";
  if (g_strcmp0 (type, "social") == 0)
    return "social";
  return "gov-tw";
}

/* Records are filed as a login files them (ec-sim-seed.c): a bound
 * certificate's under the account it is bound to. */
static gboolean
find_target (EcSimDb    *db,
             const char *login,
             Target     *out_target,
             GError    **error)
{
  sqlite3_stmt *stmt = ec_sim_db_prepare (db,
                                          "SELECT id, type, bound_account_id FROM accounts"
                                          " WHERE login = ? ORDER BY id LIMIT 1");
  gboolean      found = FALSE;

  ec_sim_db_bind_text (stmt, 1, login);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 bound = sqlite3_column_int64 (stmt, 2);

      out_target->account_id = bound != 0 ? bound : sqlite3_column_int64 (stmt, 0);
      out_target->route = route_for_account (ec_sim_db_column_text (stmt, 1), bound);
      found = TRUE;
    }
  sqlite3_reset (stmt);
  if (!found)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "no account “%s” (seed the database first)", login);
      return FALSE;
    }

  stmt = ec_sim_db_prepare (db,
                            "SELECT a.person_id, EXISTS (SELECT 1 FROM accounts c WHERE c.bound_account_id = a.id), " EC_SIM_ACCOUNT_COLUMNS
                            " FROM accounts a JOIN persons p ON p.id = a.person_id WHERE a.id = ?");
  sqlite3_bind_int64 (stmt, 1, out_target->account_id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  if (found)
    {
      out_target->person_id = sqlite3_column_int64 (stmt, 0);
      out_target->has_bound_certificate = sqlite3_column_int (stmt, 1) != 0;
      ec_sim_batch_read_account (stmt, 2, &out_target->account);
    }
  sqlite3_reset (stmt);
  if (!found)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "the account “%s” has no person", login);
  return found;
}

/* A spread that covers every status the account can have: some courses
 * without certified hours for a network, a few not completed, completions
 * over the past two years and today. */
static void
make_course (const Target  *target,
             guint          index,
             gint64         now,
             EcCourseFacts *out_course)
{
  const char *route = target->has_bound_certificate && index % 5 == 0 ? "certificate-bound" : target->route;
  guint64     day = ((guint64) index * 7919) % HISTORY_DAYS;
  guint64     second = ((guint64) index * 3607) % SECONDS_PER_DAY;

  *out_course = (EcCourseFacts){ 0 };
  if (!ec_login_route_from_string (route, &out_course->route))
    g_assert_not_reached ();

  out_course->certified_minutes[EC_NETWORK_LIFELONG] = index % 7 == 0 ? 0 : 60 * (1 + index % 4);
  out_course->certified_minutes[EC_NETWORK_TEACHER] = index % 4 == 0 ? 120 : 0;
  out_course->certified_minutes[EC_NETWORK_ENV] = index % 3 == 0 ? 60 * (1 + index % 2) : 0;
  out_course->completed_at = index % 23 == 0 ? EC_TIME_NEVER
                                             : now - (gint64) (day * SECONDS_PER_DAY + second);
}

/* The uploads the nightly batch would have made by @now. */
static void
replay_history (EcCalendar    *calendar,
                const Target  *target,
                EcCourseFacts *course,
                gint64         now)
{
  for (guint n = 0; n < EC_N_NETWORKS; n++)
    {
      EcUploadVerdict verdict;
      gint64          uploaded_at;

      ec_upload_rules_evaluate (calendar, &target->account, course, (EcNetwork) n, &verdict);
      if (verdict.status != EC_UPLOAD_STATUS_PENDING || !g_date_valid (&verdict.date))
        continue;

      uploaded_at = ec_sim_batch_time (&verdict.date);
      if (uploaded_at <= now)
        course->uploaded_at[n] = uploaded_at;
    }
}

static gboolean
insert_course (EcSimDb             *db,
               const Target        *target,
               guint                index,
               const EcCourseFacts *course,
               gint64               seq,
               GError             **error)
{
  sqlite3_stmt *stmt = ec_sim_db_prepare (db,
                                          "INSERT INTO records (person_id, account_id, route, course,"
                                          " minutes_lifelong, minutes_teacher, minutes_env, completed_at,"
                                          " uploaded_lifelong, uploaded_teacher, uploaded_env, seq)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  char          name[64];

  g_snprintf (name, sizeof name, "合成課程 %05u", index);

  sqlite3_bind_int64 (stmt, 1, target->person_id);
  sqlite3_bind_int64 (stmt, 2, target->account_id);
  sqlite3_bind_text (stmt, 3, ec_login_route_to_string (course->route), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, name, -1, SQLITE_TRANSIENT);
  for (guint n = 0; n < EC_N_NETWORKS; n++)
    {
      sqlite3_bind_int64 (stmt, 5 + n, course->certified_minutes[n]);
      sqlite3_bind_int64 (stmt, 9 + n, course->uploaded_at[n]);
    }
  sqlite3_bind_int64 (stmt, 8, course->completed_at);
  sqlite3_bind_int64 (stmt, 12, seq);
  return ec_sim_db_step_done (db, stmt, error);
}

static gboolean
generate (EcSimDb    *db,
          EcCalendar *calendar,
          const char *login,
          guint       n_courses,
          gint64      now,
          GError    **error)
{
  Target target = { 0 };
  gint64 seq;

  if (!find_target (db, login, &target, error))
    return FALSE;

  /* One change number for all: they were made by one change. */
  seq = ec_sim_db_next_seq (db);
  for (guint i = 1; i <= n_courses; i++)
    {
      EcCourseFacts course;

      make_course (&target, i, now, &course);
      replay_history (calendar, &target, &course, now);
      if (!insert_course (db, &target, i, &course, seq, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * ec_sim_generator_run:
 * @db: the service's database, seeded
 * @calendar: the office calendar
 * @login: the account that studied them
 * @n_courses: how many records (at most %EC_SIM_GENERATOR_MAX_COURSES)
 * @now: the service clock
 * @error: return location for a #GError
 *
 * Adds @n_courses synthetic records, "合成課程 00001" onwards, to the
 * learning record of @login, in one transaction.
 *
 * Returns: %TRUE on success; %FALSE with nothing added otherwise.
 */
gboolean
ec_sim_generator_run (EcSimDb    *db,
                      EcCalendar *calendar,
                      const char *login,
                      guint       n_courses,
                      gint64      now,
                      GError    **error)
{
  g_return_val_if_fail (EC_IS_SIM_DB (db), FALSE);
  g_return_val_if_fail (EC_IS_CALENDAR (calendar), FALSE);
  g_return_val_if_fail (login != NULL, FALSE);
  g_return_val_if_fail (n_courses <= EC_SIM_GENERATOR_MAX_COURSES, FALSE);

  if (!ec_sim_db_begin (db, error))
    return FALSE;
  if (!generate (db, calendar, login, n_courses, now, error))
    {
      ec_sim_db_rollback (db);
      return FALSE;
    }
  return ec_sim_db_commit (db, error);
}
