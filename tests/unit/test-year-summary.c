/* test-year-summary.c: a year of hours per network, the cut-off that
 * makes pending hours late, the environmental-education minimum, the
 * years of a record, and hours written the way the platform writes them.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ec-core.h"
#include "ec-test-util.h"

typedef struct {
  const char *text;
  guint       month, day;
  int         code; /* ACCEPTED, or the error's code */
} CutoffCase;

typedef struct {
  guint       minutes;
  const char *hours;
} HoursCase;

#define ACCEPTED (-1)

static const CutoffCase cutoffs[] = {
  { "11-30", 11, 30, ACCEPTED },
  { "12-31", 12, 31, ACCEPTED },
  { "01-01", 1, 1, ACCEPTED },
  { "02-29", 2, 29, ACCEPTED },
  { " 06-30\n", 6, 30, ACCEPTED },
  { NULL, 0, 0, EC_VALIDATION_ERROR_EMPTY },
  { "", 0, 0, EC_VALIDATION_ERROR_EMPTY },
  { "   ", 0, 0, EC_VALIDATION_ERROR_EMPTY },
  { "11/30", 0, 0, EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "1-30", 0, 0, EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "11-3", 0, 0, EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "1130", 0, 0, EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "11-30-2026", 0, 0, EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "+1-30", 0, 0, EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "１１-３０", 0, 0, EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "13-01", 0, 0, EC_VALIDATION_ERROR_INVALID_DATE },
  { "00-10", 0, 0, EC_VALIDATION_ERROR_INVALID_DATE },
  { "11-00", 0, 0, EC_VALIDATION_ERROR_INVALID_DATE },
  { "02-30", 0, 0, EC_VALIDATION_ERROR_INVALID_DATE },
  { "04-31", 0, 0, EC_VALIDATION_ERROR_INVALID_DATE },
  { "12-32", 0, 0, EC_VALIDATION_ERROR_INVALID_DATE },
};

static const HoursCase hours[] = {
  { 0, "0" },
  { 90, "1.5" },
  { 120, "2" },
  { 45, "0.75" },
  { 15, "0.25" },
  { 6, "0.1" },
  { 20, "0.33" },
  { 40, "0.67" },
  { 50, "0.83" },
  { 1, "0.02" },
  { 61, "1.02" },
  { 150, "2.5" },
  { 3000, "50" },
};

/* A completed course: @completed_at in ISO 8601 with its offset, or NULL
 * for one not completed.  Every network carries no hours until
 * set_network() gives it some. */
static EcRecord *
new_record (const char *course,
            const char *completed_at)
{
  EcRecord *record = ec_record_new ();

  record->course = g_strdup (course);
  if (completed_at != NULL)
    {
      g_autoptr (GError) error = NULL;

      record->completed_at = ec_time_from_iso8601 (completed_at, &error);
      g_assert_no_error (error);
    }

  for (guint n = 0; n < EC_N_NETWORKS; n++)
    {
      record->networks[n].status = EC_UPLOAD_STATUS_NOT_ELIGIBLE;
      record->networks[n].reason = EC_UPLOAD_REASON_NO_CERTIFIED_HOURS;
    }

  return record;
}

/* @date: YYYY-MM-DD, or NULL for none. */
static void
set_network (EcRecord      *record,
             EcNetwork      network,
             guint          minutes,
             EcUploadStatus status,
             const char    *date)
{
  EcNetworkStatus *verdict = &record->networks[network];

  record->minutes[network] = minutes;
  verdict->status = status;
  verdict->reason = EC_UPLOAD_REASON_NONE;
  verdict->remedy = status == EC_UPLOAD_STATUS_PENDING ? EC_REMEDY_WAIT : EC_REMEDY_NONE;
  g_date_clear (&verdict->date, 1);
  if (date != NULL)
    {
      g_autoptr (GError) error = NULL;

      g_assert_true (ec_date_from_iso8601 (date, &verdict->date, &error));
      g_assert_no_error (error);
    }
}

static EcRecord *
add_env (GPtrArray     *records,
         const char    *completed_at,
         guint          minutes,
         EcUploadStatus status,
         const char    *date)
{
  EcRecord *record = new_record ("環境教育法規導讀", completed_at);

  set_network (record, EC_NETWORK_ENV, minutes, status, date);
  g_ptr_array_add (records, record);
  return record;
}

static GPtrArray *
new_records (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) ec_record_free);
}

static void
assert_network (const EcNetworkSummary *summary,
                guint                   n_courses,
                guint                   certified,
                guint                   uploaded,
                guint                   pending,
                guint                   blocked,
                guint                   late)
{
  g_assert_cmpuint (summary->n_courses, ==, n_courses);
  g_assert_cmpuint (summary->certified_minutes, ==, certified);
  g_assert_cmpuint (summary->uploaded_minutes, ==, uploaded);
  g_assert_cmpuint (summary->pending_minutes, ==, pending);
  g_assert_cmpuint (summary->blocked_minutes, ==, blocked);
  g_assert_cmpuint (summary->late_minutes, ==, late);
}

static void
test_cutoff_parse (gconstpointer data)
{
  const CutoffCase *row = data;
  g_autoptr (GError) error = NULL;
  guint    month = 99, day = 99;
  gboolean ok = ec_cutoff_parse (row->text, &month, &day, &error);

  if (row->code == ACCEPTED)
    {
      g_assert_no_error (error);
      g_assert_true (ok);
      g_assert_cmpuint (month, ==, row->month);
      g_assert_cmpuint (day, ==, row->day);
      return;
    }

  g_assert_false (ok);
  g_assert_error (error, EC_VALIDATION_ERROR, row->code);
  ec_test_assert_message (error->message, NULL);
  /* A refused text leaves the outputs alone. */
  g_assert_cmpuint (month, ==, 99);
  g_assert_cmpuint (day, ==, 99);
}

static void
test_cutoff_parse_optional (void)
{
  g_assert_true (ec_cutoff_parse ("11-30", NULL, NULL, NULL));
  g_assert_false (ec_cutoff_parse ("11-31", NULL, NULL, NULL));
}

/* Every course, uploaded or not, on every network it carries hours for;
 * a network without hours counts no course. */
static void
test_statuses (void)
{
  g_autoptr (GPtrArray) records = new_records ();
  EcYearSummary summary;
  EcRecord     *record;

  record = new_record ("水資源保育與永續", "2026-11-05T03:43:18+08:00");
  set_network (record, EC_NETWORK_LIFELONG, 120, EC_UPLOAD_STATUS_UPLOADED, "2026-11-10");
  set_network (record, EC_NETWORK_ENV, 120, EC_UPLOAD_STATUS_PENDING, "2026-11-12");
  g_ptr_array_add (records, record);

  record = new_record ("公務倫理", "2026-03-02T10:00:00+08:00");
  set_network (record, EC_NETWORK_LIFELONG, 90, EC_UPLOAD_STATUS_NOT_ELIGIBLE, NULL);
  set_network (record, EC_NETWORK_TEACHER, 90, EC_UPLOAD_STATUS_NOT_ELIGIBLE, NULL);
  g_ptr_array_add (records, record);

  record = new_record ("性別主流化", "2026-06-15T10:00:00+08:00");
  set_network (record, EC_NETWORK_LIFELONG, 60, EC_UPLOAD_STATUS_NEVER, NULL);
  set_network (record, EC_NETWORK_TEACHER, 60, EC_UPLOAD_STATUS_PENDING, "2026-06-18");
  g_ptr_array_add (records, record);

  ec_year_summary_compute (records, 2026, 11, 30, &summary);

  g_assert_cmpuint (summary.year, ==, 2026);
  ec_test_assert_date (&summary.cutoff, 2026, 11, 30);
  assert_network (&summary.networks[EC_NETWORK_LIFELONG], 3, 270, 120, 0, 150, 0);
  assert_network (&summary.networks[EC_NETWORK_TEACHER], 2, 150, 0, 60, 90, 0);
  assert_network (&summary.networks[EC_NETWORK_ENV], 1, 120, 0, 120, 0, 0);
}

/* The year is the year of the completion date in Taiwan (UTC+8), whatever
 * the machine's zone (the tests run in UTC). */
static void
test_taiwan_year (void)
{
  g_autoptr (GPtrArray) records = new_records ();
  EcYearSummary summary;

  /* 2026-01-01 04:00 in Taiwan. */
  add_env (records, "2025-12-31T20:00:00Z", 60, EC_UPLOAD_STATUS_UPLOADED, "2026-01-06");
  /* 2025-12-31 23:59:59 in Taiwan. */
  add_env (records, "2025-12-31T15:59:59Z", 90, EC_UPLOAD_STATUS_UPLOADED, "2026-01-05");
  /* 2026-12-31 23:30 in Taiwan. */
  add_env (records, "2026-12-31T23:30:00+08:00", 30, EC_UPLOAD_STATUS_UPLOADED, "2027-01-06");

  ec_year_summary_compute (records, 2026, 12, 31, &summary);
  assert_network (&summary.networks[EC_NETWORK_ENV], 2, 90, 90, 0, 0, 0);

  ec_year_summary_compute (records, 2025, 12, 31, &summary);
  assert_network (&summary.networks[EC_NETWORK_ENV], 1, 90, 90, 0, 0, 0);
  ec_test_assert_date (&summary.cutoff, 2025, 12, 31);

  ec_year_summary_compute (records, 2027, 12, 31, &summary);
  assert_network (&summary.networks[EC_NETWORK_ENV], 0, 0, 0, 0, 0, 0);
}

/* Pending hours expected after the cut-off are late; expected on the
 * cut-off itself they still make it.  Hours already uploaded are never
 * late, and neither are pending ones without a date. */
static void
test_late (void)
{
  g_autoptr (GPtrArray) records = new_records ();
  EcYearSummary summary;

  add_env (records, "2026-11-25T10:00:00+08:00", 60, EC_UPLOAD_STATUS_PENDING, "2026-11-30");
  add_env (records, "2026-11-26T10:00:00+08:00", 90, EC_UPLOAD_STATUS_PENDING, "2026-12-01");
  add_env (records, "2026-12-28T10:00:00+08:00", 30, EC_UPLOAD_STATUS_PENDING, "2027-01-04");
  add_env (records, "2026-11-20T10:00:00+08:00", 45, EC_UPLOAD_STATUS_UPLOADED, "2026-12-02");
  add_env (records, "2026-11-21T10:00:00+08:00", 15, EC_UPLOAD_STATUS_PENDING, NULL);

  ec_year_summary_compute (records, 2026, 11, 30, &summary);
  ec_test_assert_date (&summary.cutoff, 2026, 11, 30);
  assert_network (&summary.networks[EC_NETWORK_ENV], 5, 240, 45, 195, 0, 120);

  /* With the platform's own year end, only the one expected next year is
   * late. */
  ec_year_summary_compute (records, 2026, 12, 31, &summary);
  assert_network (&summary.networks[EC_NETWORK_ENV], 5, 240, 45, 195, 0, 30);
}

/* A cut-off of 02-29 is the last day of February in a common year. */
static void
test_leap_day_cutoff (void)
{
  g_autoptr (GPtrArray) records = new_records ();
  EcYearSummary summary;

  add_env (records, "2026-02-20T10:00:00+08:00", 60, EC_UPLOAD_STATUS_PENDING, "2026-02-28");
  add_env (records, "2026-02-25T10:00:00+08:00", 90, EC_UPLOAD_STATUS_PENDING, "2026-03-02");
  add_env (records, "2028-02-24T10:00:00+08:00", 60, EC_UPLOAD_STATUS_PENDING, "2028-02-29");
  add_env (records, "2028-02-25T10:00:00+08:00", 30, EC_UPLOAD_STATUS_PENDING, "2028-03-01");

  ec_year_summary_compute (records, 2026, 2, 29, &summary);
  ec_test_assert_date (&summary.cutoff, 2026, 2, 28);
  assert_network (&summary.networks[EC_NETWORK_ENV], 2, 150, 0, 150, 0, 90);

  ec_year_summary_compute (records, 2028, 2, 29, &summary);
  ec_test_assert_date (&summary.cutoff, 2028, 2, 29);
  assert_network (&summary.networks[EC_NETWORK_ENV], 2, 90, 0, 90, 0, 30);
}

/* Four hours reached: uploaded and pending-in-time hours count. */
static void
test_env_reached (void)
{
  g_autoptr (GPtrArray) records = new_records ();
  EcYearSummary summary;

  add_env (records, "2026-05-04T10:00:00+08:00", 120, EC_UPLOAD_STATUS_UPLOADED, "2026-05-07");
  add_env (records, "2026-11-02T10:00:00+08:00", 120, EC_UPLOAD_STATUS_PENDING, "2026-11-05");

  ec_year_summary_compute (records, 2026, 11, 30, &summary);
  g_assert_cmpuint (summary.env_counted_minutes, ==, EC_ENV_YEARLY_MINUTES);
  g_assert_cmpuint (summary.env_missing_minutes, ==, 0);

  /* More than the minimum is still nothing missing. */
  add_env (records, "2026-08-03T10:00:00+08:00", 90, EC_UPLOAD_STATUS_UPLOADED, "2026-08-06");
  ec_year_summary_compute (records, 2026, 11, 30, &summary);
  g_assert_cmpuint (summary.env_counted_minutes, ==, 330);
  g_assert_cmpuint (summary.env_missing_minutes, ==, 0);
}

/* Late and blocked hours, and other networks' hours, do not count toward
 * the minimum. */
static void
test_env_missing (void)
{
  g_autoptr (GPtrArray) records = new_records ();
  EcYearSummary summary;
  EcRecord     *record;

  add_env (records, "2026-05-04T10:00:00+08:00", 60, EC_UPLOAD_STATUS_UPLOADED, "2026-05-07");
  add_env (records, "2026-11-27T10:00:00+08:00", 90, EC_UPLOAD_STATUS_PENDING, "2026-12-02");
  add_env (records, "2026-06-01T10:00:00+08:00", 120, EC_UPLOAD_STATUS_NOT_ELIGIBLE, NULL);
  add_env (records, "2026-06-02T10:00:00+08:00", 120, EC_UPLOAD_STATUS_NEVER, NULL);
  record = new_record ("公務倫理", "2026-03-02T10:00:00+08:00");
  set_network (record, EC_NETWORK_LIFELONG, 240, EC_UPLOAD_STATUS_UPLOADED, "2026-03-05");
  g_ptr_array_add (records, record);

  ec_year_summary_compute (records, 2026, 11, 30, &summary);
  assert_network (&summary.networks[EC_NETWORK_ENV], 4, 390, 60, 90, 240, 90);
  g_assert_cmpuint (summary.env_counted_minutes, ==, 60);
  g_assert_cmpuint (summary.env_missing_minutes, ==, EC_ENV_YEARLY_MINUTES - 60);
}

/* Courses not completed and tombstones count for nothing. */
static void
test_skipped (void)
{
  g_autoptr (GPtrArray) records = new_records ();
  EcYearSummary summary;
  EcRecord     *record;

  add_env (records, NULL, 120, EC_UPLOAD_STATUS_NOT_ELIGIBLE, NULL);
  record = add_env (records, "2026-05-04T10:00:00+08:00", 120, EC_UPLOAD_STATUS_UPLOADED, "2026-05-07");
  record->deleted = TRUE;

  ec_year_summary_compute (records, 2026, 11, 30, &summary);
  assert_network (&summary.networks[EC_NETWORK_ENV], 0, 0, 0, 0, 0, 0);
  g_assert_cmpuint (summary.env_counted_minutes, ==, 0);
  g_assert_cmpuint (summary.env_missing_minutes, ==, EC_ENV_YEARLY_MINUTES);

  /* No record at all is an empty year. */
  ec_year_summary_compute (NULL, 2026, 11, 30, &summary);
  assert_network (&summary.networks[EC_NETWORK_LIFELONG], 0, 0, 0, 0, 0, 0);
  g_assert_cmpuint (summary.env_missing_minutes, ==, EC_ENV_YEARLY_MINUTES);
}

static void
test_years (void)
{
  g_autoptr (GPtrArray) records = new_records ();
  g_autoptr (GArray) years = NULL;
  g_autoptr (GArray) none = NULL;
  EcRecord *record;

  add_env (records, "2025-03-01T10:00:00+08:00", 60, EC_UPLOAD_STATUS_UPLOADED, NULL);
  add_env (records, "2025-12-31T20:00:00Z", 60, EC_UPLOAD_STATUS_UPLOADED, NULL);
  add_env (records, "2024-07-01T10:00:00+08:00", 60, EC_UPLOAD_STATUS_UPLOADED, NULL);
  add_env (records, "2025-06-01T10:00:00+08:00", 60, EC_UPLOAD_STATUS_UPLOADED, NULL);
  add_env (records, NULL, 60, EC_UPLOAD_STATUS_NOT_ELIGIBLE, NULL);
  record = add_env (records, "2021-06-01T10:00:00+08:00", 60, EC_UPLOAD_STATUS_UPLOADED, NULL);
  record->deleted = TRUE;

  years = ec_records_list_years (records);
  g_assert_cmpuint (years->len, ==, 3);
  g_assert_cmpuint (g_array_index (years, guint, 0), ==, 2026);
  g_assert_cmpuint (g_array_index (years, guint, 1), ==, 2025);
  g_assert_cmpuint (g_array_index (years, guint, 2), ==, 2024);

  none = ec_records_list_years (NULL);
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_format_hours (gconstpointer data)
{
  const HoursCase *row = data;
  g_autofree char *text = ec_minutes_format_hours (row->minutes);

  g_assert_cmpstr (text, ==, row->hours);
}

/* The cut-off's messages reach learners in zh_TW; only a machine without
 * the zh_TW locale skips this.  Hours keep their "." there too. */
static void
test_messages_translated (void)
{
  g_autoptr (GError) empty = NULL;
  g_autoptr (GError) format = NULL;
  g_autoptr (GError) date = NULL;
  g_autofree char *text = NULL;

  if (!ec_test_switch_to_zh_tw ())
    return;

  g_assert_false (ec_cutoff_parse ("", NULL, NULL, &empty));
  g_assert_false (ec_cutoff_parse ("11/30", NULL, NULL, &format));
  g_assert_false (ec_cutoff_parse ("02-30", NULL, NULL, &date));
  text = ec_minutes_format_hours (90);

  ec_test_assert_translated (empty->message,
                             "Please type the cut-off date as a month and a day, like 11-30.",
                             "截止日");
  ec_test_assert_translated (format->message,
                             "The cut-off date must be a month and a day with two digits each, like 11-30.",
                             "截止日");
  ec_test_assert_translated (date->message,
                             "The cut-off date does not exist: the month must be 01 to 12, and the day one of that month.",
                             "截止日");
  g_assert_cmpstr (text, ==, "1.5");
  ec_test_restore_locale ();
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  EC_TEST_ADD_CASES ("/year-summary/cutoff/parse", cutoffs, test_cutoff_parse);
  g_test_add_func ("/year-summary/cutoff/optional", test_cutoff_parse_optional);
  g_test_add_func ("/year-summary/statuses", test_statuses);
  g_test_add_func ("/year-summary/taiwan-year", test_taiwan_year);
  g_test_add_func ("/year-summary/late", test_late);
  g_test_add_func ("/year-summary/leap-day-cutoff", test_leap_day_cutoff);
  g_test_add_func ("/year-summary/env/reached", test_env_reached);
  g_test_add_func ("/year-summary/env/missing", test_env_missing);
  g_test_add_func ("/year-summary/skipped", test_skipped);
  g_test_add_func ("/year-summary/years", test_years);
  EC_TEST_ADD_CASES ("/year-summary/format-hours", hours, test_format_hours);
  g_test_add_func ("/year-summary/messages-translated", test_messages_translated);

  return g_test_run ();
}
