/* ec-year-summary.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-year-summary"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ec-error.h"
#include "ec-time.h"
#include "ec-year-summary.h"

/* A leap year, so that a cut-off of 02-29 is accepted: the setting holds a
 * day of every year, and ec_year_summary_compute() moves it to 02-28 in the
 * years that have no 29th. */
#define ANY_LEAP_YEAR 2024

/**
 * ec_cutoff_parse:
 * @text: (nullable): a month and a day as `MM-DD`, like `11-30`
 * @out_month: (out) (optional): the month, 1 to 12
 * @out_day: (out) (optional): the day of the month
 * @error: return location for an #EC_VALIDATION_ERROR
 *
 * Reads the agency's year-end cut-off as the preferences store it.  White
 * space around it is ignored; the digits must be two and two, as the
 * setting documents, so that "1-130" cannot be read two ways.
 *
 * Returns: %TRUE if @text is a day that exists in some year (02-29
 *   included); the outputs are untouched otherwise.
 */
gboolean
ec_cutoff_parse (const char *text,
                 guint      *out_month,
                 guint      *out_day,
                 GError    **error)
{
  g_autofree char *trimmed = NULL;
  guint            month, day;

  trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (*trimmed == '\0')
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_EMPTY,
                           _ ("Please type the cut-off date as a month and a day, like 11-30."));
      return FALSE;
    }

  if (strlen (trimmed) != 5
      || !g_ascii_isdigit (trimmed[0]) || !g_ascii_isdigit (trimmed[1])
      || trimmed[2] != '-'
      || !g_ascii_isdigit (trimmed[3]) || !g_ascii_isdigit (trimmed[4]))
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_INVALID_FORMAT,
                           _ ("The cut-off date must be a month and a day with two digits each, like 11-30."));
      return FALSE;
    }

  month = (guint) g_ascii_digit_value (trimmed[0]) * 10 + (guint) g_ascii_digit_value (trimmed[1]);
  day = (guint) g_ascii_digit_value (trimmed[3]) * 10 + (guint) g_ascii_digit_value (trimmed[4]);

  if (month < 1 || month > 12 || day < 1
      || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, ANY_LEAP_YEAR))
    {
      g_set_error_literal (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_INVALID_DATE,
                           _ ("The cut-off date does not exist: the month must be 01 to 12, and the day one of that month."));
      return FALSE;
    }

  if (out_month != NULL)
    *out_month = month;
  if (out_day != NULL)
    *out_day = day;
  return TRUE;
}

/* The cut-off in @year; a day the month does not have that year (02-29 in
 * a common year) becomes the month's last day, which is what the agency
 * means by it. */
static void
set_cutoff (GDate *cutoff,
            guint  year,
            guint  month,
            guint  day)
{
  guint last = g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year);

  g_date_clear (cutoff, 1);
  g_date_set_dmy (cutoff, (GDateDay) MIN (day, last), (GDateMonth) month, (GDateYear) year);
}

/* The year of the completion date in Taiwan, or 0 for a tombstone or a
 * course that is not completed.  The machine's time zone plays no part:
 * a course finished on New Year's Eve at 04:00 UTC is already next year in
 * Taiwan. */
static guint
get_completion_year (const EcRecord *record)
{
  GDate date;

  if (record == NULL || record->deleted || record->completed_at == EC_TIME_NEVER)
    return 0;

  ec_time_to_taiwan_date (record->completed_at, &date);
  return g_date_get_year (&date);
}

static void
add_network (EcNetworkSummary      *summary,
             guint                  minutes,
             const EcNetworkStatus *status,
             const GDate           *cutoff)
{
  summary->n_courses++;
  summary->certified_minutes += minutes;

  switch (status->status)
    {
    case EC_UPLOAD_STATUS_UPLOADED:
      summary->uploaded_minutes += minutes;
      break;
    case EC_UPLOAD_STATUS_PENDING:
      summary->pending_minutes += minutes;
      /* A pending course without an expected date cannot be said to miss
       * the cut-off; the service always sends one, so this is only
       * defensive. */
      if (g_date_valid (&status->date) && g_date_compare (&status->date, cutoff) > 0)
        summary->late_minutes += minutes;
      break;
    case EC_UPLOAD_STATUS_NOT_ELIGIBLE:
    case EC_UPLOAD_STATUS_NEVER:
    default:
      summary->blocked_minutes += minutes;
      break;
    }
}

/**
 * ec_year_summary_compute:
 * @records: (nullable) (element-type EcRecord): the learning record
 * @year: the Gregorian year to sum up
 * @cutoff_month: the month of the agency's cut-off, 1 to 12
 * @cutoff_day: its day, as ec_cutoff_parse() gives it
 * @out_summary: (out caller-allocates): the summary
 *
 * Sums up the courses completed in @year (in Taiwan), per network: what
 * the learner earned, what reached the network, what is on its way and
 * what will not arrive.  Pending hours expected after the cut-off are
 * "late": the agency will not see them in time, which is what a learner
 * wants to know before the cut-off, not after.  Tombstones and courses
 * that are not completed count for nothing.
 */
void
ec_year_summary_compute (GPtrArray     *records,
                         guint          year,
                         guint          cutoff_month,
                         guint          cutoff_day,
                         EcYearSummary *out_summary)
{
  EcNetworkSummary *env;
  guint             counted;

  g_return_if_fail (out_summary != NULL);
  g_return_if_fail (year >= 1 && year <= G_MAXUINT16);
  g_return_if_fail (cutoff_month >= 1 && cutoff_month <= 12);
  g_return_if_fail (cutoff_day >= 1 && cutoff_day <= 31);

  memset (out_summary, 0, sizeof *out_summary);
  out_summary->year = year;
  set_cutoff (&out_summary->cutoff, year, cutoff_month, cutoff_day);

  for (guint i = 0; records != NULL && i < records->len; i++)
    {
      const EcRecord *record = g_ptr_array_index (records, i);

      if (get_completion_year (record) != year)
        continue;

      for (guint n = 0; n < EC_N_NETWORKS; n++)
        {
          if (record->minutes[n] == 0)
            continue;

          add_network (&out_summary->networks[n], record->minutes[n],
                       &record->networks[n], &out_summary->cutoff);
        }
    }

  /* Hours that miss the cut-off do not help this year's minimum in the
   * agency's eyes, even though the network will get them. */
  env = &out_summary->networks[EC_NETWORK_ENV];
  counted = env->uploaded_minutes + (env->pending_minutes - env->late_minutes);
  out_summary->env_counted_minutes = counted;
  out_summary->env_missing_minutes = counted >= EC_ENV_YEARLY_MINUTES ? 0 : EC_ENV_YEARLY_MINUTES - counted;
}

static int
compare_years_descending (gconstpointer a,
                          gconstpointer b)
{
  guint year_a = *(const guint *) a;
  guint year_b = *(const guint *) b;

  return (year_a < year_b) - (year_a > year_b);
}

/**
 * ec_records_list_years:
 * @records: (nullable) (element-type EcRecord): the learning record
 *
 * Returns: (transfer full) (element-type guint): the distinct years (in
 *   Taiwan) in which courses of @records were completed, newest first, for
 *   a year chooser; empty when none is completed.
 */
GArray *
ec_records_list_years (GPtrArray *records)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (NULL, NULL);
  GArray *years = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; records != NULL && i < records->len; i++)
    {
      guint year = get_completion_year (g_ptr_array_index (records, i));

      if (year == 0 || !g_hash_table_add (seen, GUINT_TO_POINTER (year)))
        continue;

      g_array_append_val (years, year);
    }

  g_array_sort (years, compare_years_descending);
  return years;
}

/**
 * ec_minutes_format_hours:
 * @minutes: a number of minutes
 *
 * Hours as the platform shows them: a decimal number with at most two
 * decimals and no trailing zeros (90 → "1.5", 120 → "2", 45 → "0.75").
 * The point is always ".", whatever the locale, because the same text goes
 * into CSV files that a spreadsheet in another locale reads.
 *
 * Returns: (transfer full): the hours.
 */
char *
ec_minutes_format_hours (guint minutes)
{
  /* Integer arithmetic, rounded half up to the hundredth, so that no
   * binary fraction shows up as "0.3299999". */
  guint64 hundredths = ((guint64) minutes * 100 + 30) / 60;
  guint64 whole = hundredths / 100;
  guint   fraction = (guint) (hundredths % 100);

  if (fraction == 0)
    return g_strdup_printf ("%" G_GUINT64_FORMAT, whole);
  if (fraction % 10 == 0)
    return g_strdup_printf ("%" G_GUINT64_FORMAT ".%u", whole, fraction / 10);

  return g_strdup_printf ("%" G_GUINT64_FORMAT ".%02u", whole, fraction);
}
