/* test-calendar.c: working days from the government office calendar.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "ec-core.h"
#include "ec-test-util.h"

static gboolean
is_weekend (const GDate *date)
{
  GDateWeekday weekday = g_date_get_weekday (date);

  return weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY;
}

static EcCalendar *
calendar_from_string (const char *tsv,
                      GError    **error)
{
  g_autoptr (GBytes) bytes = g_bytes_new (tsv, strlen (tsv));

  return ec_calendar_new_from_bytes (bytes, error);
}

/* A copy of data/tw-gov-office-calendar.tsv, written out again so that an
 * edit of the file that drops, moves or renames a day fails here. */
typedef struct {
  guint       year, month, day;
  EcDayKind   kind;
  const char *name;
} ListedDay;

static const ListedDay listed_days[] = {
  { 2025, 1, 1, EC_DAY_KIND_HOLIDAY, "開國紀念日" },
  { 2025, 1, 27, EC_DAY_KIND_HOLIDAY, "除夕前一日（調整放假）" },
  { 2025, 1, 28, EC_DAY_KIND_HOLIDAY, "農曆除夕" },
  { 2025, 1, 29, EC_DAY_KIND_HOLIDAY, "春節（初一）" },
  { 2025, 1, 30, EC_DAY_KIND_HOLIDAY, "春節（初二）" },
  { 2025, 1, 31, EC_DAY_KIND_HOLIDAY, "春節（初三）" },
  { 2025, 2, 8, EC_DAY_KIND_WORKING, "補行上班（1月27日調整放假）" },
  { 2025, 2, 28, EC_DAY_KIND_HOLIDAY, "和平紀念日" },
  { 2025, 4, 3, EC_DAY_KIND_HOLIDAY, "兒童節補假" },
  { 2025, 4, 4, EC_DAY_KIND_HOLIDAY, "兒童節及民族掃墓節" },
  { 2025, 5, 30, EC_DAY_KIND_HOLIDAY, "端午節補假" },
  { 2025, 9, 29, EC_DAY_KIND_HOLIDAY, "孔子誕辰紀念日／教師節補假" },
  { 2025, 10, 6, EC_DAY_KIND_HOLIDAY, "中秋節" },
  { 2025, 10, 10, EC_DAY_KIND_HOLIDAY, "國慶日" },
  { 2025, 10, 24, EC_DAY_KIND_HOLIDAY, "臺灣光復暨金門古寧頭大捷紀念日補假" },
  { 2025, 12, 25, EC_DAY_KIND_HOLIDAY, "行憲紀念日" },
  { 2026, 1, 1, EC_DAY_KIND_HOLIDAY, "開國紀念日" },
  { 2026, 2, 16, EC_DAY_KIND_HOLIDAY, "農曆除夕" },
  { 2026, 2, 17, EC_DAY_KIND_HOLIDAY, "春節（初一）" },
  { 2026, 2, 18, EC_DAY_KIND_HOLIDAY, "春節（初二）" },
  { 2026, 2, 19, EC_DAY_KIND_HOLIDAY, "春節（初三）" },
  { 2026, 2, 20, EC_DAY_KIND_HOLIDAY, "除夕前一日補假（初四）" },
  { 2026, 2, 27, EC_DAY_KIND_HOLIDAY, "和平紀念日補假" },
  { 2026, 4, 3, EC_DAY_KIND_HOLIDAY, "兒童節補假" },
  { 2026, 4, 6, EC_DAY_KIND_HOLIDAY, "民族掃墓節補假" },
  { 2026, 5, 1, EC_DAY_KIND_HOLIDAY, "勞動節" },
  { 2026, 6, 19, EC_DAY_KIND_HOLIDAY, "端午節" },
  { 2026, 9, 25, EC_DAY_KIND_HOLIDAY, "中秋節" },
  { 2026, 9, 28, EC_DAY_KIND_HOLIDAY, "孔子誕辰紀念日／教師節" },
  { 2026, 10, 9, EC_DAY_KIND_HOLIDAY, "國慶日補假" },
  { 2026, 10, 26, EC_DAY_KIND_HOLIDAY, "臺灣光復暨金門古寧頭大捷紀念日補假" },
  { 2026, 12, 25, EC_DAY_KIND_HOLIDAY, "行憲紀念日" },
};

static const ListedDay *
find_listed_day (const GDate *date)
{
  for (gsize i = 0; i < G_N_ELEMENTS (listed_days); i++)
    {
      const ListedDay *listed = &listed_days[i];

      if (g_date_get_year (date) == listed->year
          && g_date_get_month (date) == listed->month
          && g_date_get_day (date) == listed->day)
        return listed;
    }

  return NULL;
}

static void
test_default_listed_days (void)
{
  g_autoptr (EcCalendar) calendar = ec_calendar_new_default ();

  for (gsize i = 0; i < G_N_ELEMENTS (listed_days); i++)
    {
      const ListedDay *listed = &listed_days[i];
      g_autoptr (GDate) date = ec_test_new_date (listed->year, listed->month, listed->day);

      g_test_message ("%u-%02u-%02u", listed->year, listed->month, listed->day);
      g_assert_cmpint (ec_calendar_get_day_kind (calendar, date), ==, listed->kind);
      g_assert_cmpstr (ec_calendar_get_day_name (calendar, date), ==, listed->name);

      /* Days off are weekdays and days worked are Saturdays: otherwise
       * the file's stated totals could not add up. */
      if (listed->kind == EC_DAY_KIND_HOLIDAY)
        {
          g_assert_false (is_weekend (date));
          g_assert_false (ec_calendar_is_working_day (calendar, date));
        }
      else
        {
          g_assert_cmpint (g_date_get_weekday (date), ==, G_DATE_SATURDAY);
          g_assert_true (ec_calendar_is_working_day (calendar, date));
        }
    }
}

typedef struct {
  guint year;
  guint days_off;
  guint working_days;
} YearTotals;

static void
test_default_year_totals (void)
{
  /* The totals stated in the file's header, which come from the published
   * calendars: 2025 has 118 days off, 2026 has 120. */
  static const YearTotals totals[] = {
    { 2025, 118, 247 },
    { 2026, 120, 245 },
  };
  g_autoptr (EcCalendar) calendar = ec_calendar_new_default ();

  for (gsize i = 0; i < G_N_ELEMENTS (totals); i++)
    {
      g_autoptr (GDate) date = ec_test_new_date (totals[i].year, 1, 1);
      guint working = 0, off = 0;

      g_assert_true (ec_calendar_has_year (calendar, totals[i].year));

      while (g_date_get_year (date) == totals[i].year)
        {
          const ListedDay *listed = find_listed_day (date);
          EcDayKind        kind = ec_calendar_get_day_kind (calendar, date);

          /* Every day the file does not list is an ordinary one. */
          if (listed == NULL)
            {
              g_assert_null (ec_calendar_get_day_name (calendar, date));
              g_assert_cmpint (kind, ==,
                               is_weekend (date) ? EC_DAY_KIND_WEEKEND
                                                 : EC_DAY_KIND_WORKING);
            }

          g_assert_cmpint (ec_calendar_is_working_day (calendar, date), ==,
                           kind == EC_DAY_KIND_WORKING);
          if (kind == EC_DAY_KIND_WORKING)
            working++;
          else
            off++;

          g_date_add_days (date, 1);
        }

      g_assert_cmpuint (off, ==, totals[i].days_off);
      g_assert_cmpuint (working, ==, totals[i].working_days);
    }
}

static void
test_default_saturday_worked (void)
{
  g_autoptr (EcCalendar) calendar = ec_calendar_new_default ();
  g_autoptr (GDate) saturday = ec_test_new_date (2025, 2, 8);
  g_autoptr (GDate) sunday = ec_test_new_date (2025, 2, 9);
  g_autoptr (GDate) other_saturday = ec_test_new_date (2025, 2, 15);

  g_assert_cmpint (g_date_get_weekday (saturday), ==, G_DATE_SATURDAY);
  g_assert_true (ec_calendar_is_working_day (calendar, saturday));
  g_assert_cmpint (ec_calendar_get_day_kind (calendar, sunday), ==, EC_DAY_KIND_WEEKEND);
  g_assert_cmpint (ec_calendar_get_day_kind (calendar, other_saturday), ==, EC_DAY_KIND_WEEKEND);
  g_assert_null (ec_calendar_get_day_name (calendar, other_saturday));
}

typedef struct {
  guint    from_year, from_month, from_day;
  guint    n_days;
  guint    year, month, day;
  gboolean exact;
} AddVector;

/* Each vector was counted by hand against the file (and a wall calendar
 * for the weekdays). */
static const AddVector default_add_vectors[] = {
  /* Nothing to add: the day itself, whatever kind of day it is. */
  { 2025, 3, 7, 0, 2025, 3, 7, TRUE },
  { 2025, 1, 1, 0, 2025, 1, 1, TRUE },
  { 2025, 2, 8, 0, 2025, 2, 8, TRUE },
  { 2025, 3, 8, 0, 2025, 3, 8, TRUE },
  /* An ordinary week: Friday + 3 is Wednesday. */
  { 2025, 3, 7, 3, 2025, 3, 12, TRUE },
  { 2025, 3, 7, 1, 2025, 3, 10, TRUE },
  { 2025, 3, 8, 1, 2025, 3, 10, TRUE }, /* from a Saturday */
  { 2025, 3, 10, 5, 2025, 3, 17, TRUE },
  /* Lunar New Year 2025: 25–26 weekend, 27–31 off, 1–2 February weekend. */
  { 2025, 1, 24, 1, 2025, 2, 3, TRUE },
  { 2025, 1, 24, 3, 2025, 2, 5, TRUE },
  { 2025, 1, 28, 1, 2025, 2, 3, TRUE },
  /* …and the Saturday worked in return. */
  { 2025, 2, 6, 1, 2025, 2, 7, TRUE },
  { 2025, 2, 6, 2, 2025, 2, 8, TRUE },
  { 2025, 2, 6, 3, 2025, 2, 10, TRUE },
  { 2025, 2, 7, 1, 2025, 2, 8, TRUE },
  /* Lunar New Year 2026: 14–15 weekend, 16–20 off, 21–22 weekend. */
  { 2026, 2, 13, 1, 2026, 2, 23, TRUE },
  { 2026, 2, 13, 3, 2026, 2, 25, TRUE },
  /* 和平紀念日 on a Friday (2025) and its Friday in lieu (2026). */
  { 2025, 2, 27, 1, 2025, 3, 3, TRUE },
  { 2026, 2, 26, 1, 2026, 3, 2, TRUE },
  /* 兒童節 and 清明 2025: 3–4 April off, then the weekend. */
  { 2025, 4, 2, 1, 2025, 4, 7, TRUE },
  { 2025, 4, 2, 3, 2025, 4, 9, TRUE },
  /* 2026: 3 April off, 4–5 weekend, 6 April off. */
  { 2026, 4, 2, 1, 2026, 4, 7, TRUE },
  /* 行憲紀念日 (Thursday 25 December 2025). */
  { 2025, 12, 24, 1, 2025, 12, 26, TRUE },
  { 2025, 12, 24, 3, 2025, 12, 30, TRUE },
  /* Across the year end: 1 January off, then a Friday and a weekend. */
  { 2025, 12, 31, 1, 2026, 1, 2, TRUE },
  { 2025, 12, 31, 3, 2026, 1, 6, TRUE },
  /* From a day in a year without data: only the days counted matter. */
  { 2024, 12, 31, 1, 2025, 1, 2, TRUE },
  { 2024, 12, 27, 3, 2025, 1, 2, FALSE },
  /* Into 2027, which has no data: 31 December counts, 1 January 2027 is
   * counted as a working day, so the answer is an estimate. */
  { 2026, 12, 30, 1, 2026, 12, 31, TRUE },
  { 2026, 12, 30, 2, 2027, 1, 1, FALSE },
  { 2026, 12, 30, 3, 2027, 1, 4, FALSE },
  { 2026, 12, 31, 0, 2026, 12, 31, TRUE },
  { 2027, 1, 4, 0, 2027, 1, 4, TRUE },
  /* All of 2025 and 2026 (247 + 245 working days), then one more. */
  { 2025, 1, 1, 492, 2026, 12, 31, TRUE },
  { 2025, 1, 1, 247, 2025, 12, 31, TRUE },
  { 2025, 1, 1, 493, 2027, 1, 1, FALSE },
  /* Years without data only: weekends. */
  { 2024, 2, 28, 1, 2024, 2, 29, FALSE },
  { 2024, 2, 29, 1, 2024, 3, 1, FALSE },
  { 2024, 3, 1, 1, 2024, 3, 4, FALSE },
  { 2027, 12, 31, 1, 2028, 1, 3, FALSE },
  /* Further than any calendar runs: 2000 weekdays after 2030-01-01. */
  { 2030, 1, 1, 2000, 2037, 9, 1, FALSE },
};

/* Adds working days as each vector says, and checks the answer: the date,
 * whether the calendar knew every day counted, and that the answer is
 * itself a working day, unless nothing was added. */
static void
assert_add_vectors (EcCalendar      *calendar,
                    const AddVector *vectors,
                    gsize            n_vectors)
{
  for (gsize i = 0; i < n_vectors; i++)
    {
      const AddVector *v = &vectors[i];
      g_autoptr (GDate) from = ec_test_new_date (v->from_year, v->from_month, v->from_day);
      GDate    result;
      gboolean exact;

      g_test_message ("%u-%02u-%02u + %u", v->from_year, v->from_month,
                      v->from_day, v->n_days);
      g_date_clear (&result, 1);
      exact = ec_calendar_add_working_days (calendar, from, v->n_days, &result);
      ec_test_assert_date (&result, v->year, v->month, v->day);
      g_assert_cmpint (exact, ==, v->exact);

      if (v->n_days > 0)
        g_assert_true (ec_calendar_is_working_day (calendar, &result));
    }
}

static void
test_default_add_working_days (void)
{
  g_autoptr (EcCalendar) calendar = ec_calendar_new_default ();

  assert_add_vectors (calendar, default_add_vectors, G_N_ELEMENTS (default_add_vectors));
}

static void
test_default_years_without_data (void)
{
  static const guint years[] = { 1999, 2024, 2027, 2028 };
  g_autoptr (EcCalendar) calendar = ec_calendar_new_default ();

  for (gsize i = 0; i < G_N_ELEMENTS (years); i++)
    {
      g_autoptr (GDate) date = ec_test_new_date (years[i], 1, 1);
      guint working = 0;
      guint weekdays = 0;

      g_assert_false (ec_calendar_has_year (calendar, years[i]));

      /* Only weekends are known: 1 January is an ordinary day. */
      while (g_date_get_year (date) == years[i])
        {
          EcDayKind kind = ec_calendar_get_day_kind (calendar, date);

          g_assert_cmpint (kind, ==,
                           is_weekend (date) ? EC_DAY_KIND_WEEKEND
                                             : EC_DAY_KIND_WORKING);
          g_assert_null (ec_calendar_get_day_name (calendar, date));
          if (ec_calendar_is_working_day (calendar, date))
            working++;
          if (!is_weekend (date))
            weekdays++;
          g_date_add_days (date, 1);
        }

      g_assert_cmpuint (working, ==, weekdays);
    }

  /* Counted by hand: 2024 starts on a Monday and has 366 days, 52 weeks
   * and a Monday and a Tuesday, so 262 weekdays; the count starts after
   * 1 January, so 261 of them reach the last day of the year. */
  {
    g_autoptr (GDate) start = ec_test_new_date (2024, 1, 1);
    GDate result;

    g_assert_false (ec_calendar_add_working_days (calendar, start, 261, &result));
    ec_test_assert_date (&result, 2024, 12, 31);
  }

  g_assert_true (ec_calendar_has_year (calendar, 2025));
  g_assert_true (ec_calendar_has_year (calendar, 2026));
}

static const char custom_tsv[] = "# A small calendar, with Windows line endings on some lines.\r\n"
                                 "\r\n"
                                 "# date\tkind\tname\n"
                                 "2030-01-07\toff\tTest holiday\r\n"
                                 "\n"
                                 "2030-01-12\twork\tMake-up Saturday\r\n"
                                 "2030-01-14\toff\n"
                                 "2030-01-16\toff\t  Padded name  \n"
                                 "2030-01-17\toff\tName\twith a tab\n";

static const AddVector custom_add_vectors[] = {
  { 2030, 1, 4, 0, 2030, 1, 4, TRUE },
  { 2030, 1, 4, 1, 2030, 1, 8, TRUE },
  { 2030, 1, 4, 4, 2030, 1, 11, TRUE },
  { 2030, 1, 4, 5, 2030, 1, 12, TRUE },
  { 2030, 1, 4, 6, 2030, 1, 15, TRUE },
  { 2030, 1, 4, 7, 2030, 1, 18, TRUE },
  { 2029, 12, 31, 1, 2030, 1, 1, TRUE },
  { 2029, 12, 28, 1, 2029, 12, 31, FALSE },
  { 2030, 12, 31, 1, 2031, 1, 1, FALSE },
};

static void
test_custom_calendar (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (EcCalendar) calendar = calendar_from_string (custom_tsv, &error);
  g_autoptr (GDate) holiday = ec_test_new_date (2030, 1, 7);
  g_autoptr (GDate) saturday = ec_test_new_date (2030, 1, 12);
  g_autoptr (GDate) sunday = ec_test_new_date (2030, 1, 13);
  g_autoptr (GDate) unnamed = ec_test_new_date (2030, 1, 14);
  g_autoptr (GDate) padded = ec_test_new_date (2030, 1, 16);
  g_autoptr (GDate) tabbed = ec_test_new_date (2030, 1, 17);
  g_autoptr (GDate) ordinary = ec_test_new_date (2030, 1, 8);

  g_assert_no_error (error);
  g_assert_nonnull (calendar);

  g_assert_true (ec_calendar_has_year (calendar, 2030));
  g_assert_false (ec_calendar_has_year (calendar, 2029));
  g_assert_false (ec_calendar_has_year (calendar, 2031));
  g_assert_false (ec_calendar_has_year (calendar, 2025));

  /* A CRLF line end is not part of the name. */
  g_assert_cmpint (ec_calendar_get_day_kind (calendar, holiday), ==, EC_DAY_KIND_HOLIDAY);
  g_assert_cmpstr (ec_calendar_get_day_name (calendar, holiday), ==, "Test holiday");
  g_assert_cmpint (ec_calendar_get_day_kind (calendar, saturday), ==, EC_DAY_KIND_WORKING);
  g_assert_cmpstr (ec_calendar_get_day_name (calendar, saturday), ==, "Make-up Saturday");
  g_assert_cmpint (ec_calendar_get_day_kind (calendar, sunday), ==, EC_DAY_KIND_WEEKEND);
  g_assert_cmpint (ec_calendar_get_day_kind (calendar, unnamed), ==, EC_DAY_KIND_HOLIDAY);
  g_assert_null (ec_calendar_get_day_name (calendar, unnamed));
  g_assert_cmpstr (ec_calendar_get_day_name (calendar, padded), ==, "Padded name");
  g_assert_cmpstr (ec_calendar_get_day_name (calendar, tabbed), ==, "Name\twith a tab");
  g_assert_cmpint (ec_calendar_get_day_kind (calendar, ordinary), ==, EC_DAY_KIND_WORKING);
  g_assert_null (ec_calendar_get_day_name (calendar, ordinary));

  assert_add_vectors (calendar, custom_add_vectors, G_N_ELEMENTS (custom_add_vectors));
}

static void
test_custom_calendar_without_days (void)
{
  /* A file with nothing but comments, or nothing at all, knows no year. */
  static const char *const texts[] = {
    "",
    "\n",
    "\r\n\r\n",
    "# nothing yet\n",
    "# nothing yet",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (EcCalendar) calendar = calendar_from_string (texts[i], &error);
      g_autoptr (GDate) date = ec_test_new_date (2025, 1, 1);
      GDate result;

      g_test_message ("vector %" G_GSIZE_FORMAT, i);
      g_assert_no_error (error);
      g_assert_nonnull (calendar);
      g_assert_false (ec_calendar_has_year (calendar, 2025));
      g_assert_true (ec_calendar_is_working_day (calendar, date));
      g_assert_false (ec_calendar_add_working_days (calendar, date, 1, &result));
      ec_test_assert_date (&result, 2025, 1, 2);
    }

  /* GBytes may hold no data pointer at all for an empty file. */
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (GBytes) bytes = g_bytes_new (NULL, 0);
    g_autoptr (EcCalendar) calendar = ec_calendar_new_from_bytes (bytes, &error);

    g_assert_no_error (error);
    g_assert_nonnull (calendar);
  }
}

/* A calendar that takes every day off, from @first_year up to but not
 * including @end_year. */
static EcCalendar *
calendar_of_days_off (guint first_year,
                      guint end_year)
{
  g_autoptr (GString) tsv = g_string_new ("");
  g_autoptr (GDate) date = ec_test_new_date (first_year, 1, 1);
  g_autoptr (GError) error = NULL;
  EcCalendar *calendar;

  while (g_date_get_year (date) < end_year)
    {
      g_string_append_printf (tsv, "%u-%02u-%02u\toff\tclosed\n",
                              g_date_get_year (date), g_date_get_month (date),
                              g_date_get_day (date));
      g_date_add_days (date, 1);
    }

  calendar = calendar_from_string (tsv->str, &error);
  g_assert_no_error (error);
  return calendar;
}

static void
test_whole_year_off (void)
{
  /* A file that takes every day of 2030 off: adding a working day has to
   * look past the whole year, and the answer lies in a year without data. */
  g_autoptr (EcCalendar) calendar = calendar_of_days_off (2030, 2031);
  g_autoptr (GDate) from = ec_test_new_date (2029, 12, 31);
  GDate result;

  g_assert_false (ec_calendar_add_working_days (calendar, from, 1, &result));
  ec_test_assert_date (&result, 2031, 1, 1);
}

static void
test_years_off (void)
{
  /* A broken file that takes five whole years off, all of them years with
   * data: the count must stop, and must not claim an exact answer. */
  g_autoptr (EcCalendar) calendar = calendar_of_days_off (2030, 2035);
  g_autoptr (GDate) from = ec_test_new_date (2029, 12, 31);
  GDate result;

  g_assert_true (ec_calendar_has_year (calendar, 2034));
  g_assert_false (ec_calendar_add_working_days (calendar, from, 1, &result));
}

typedef struct {
  const char *tsv;
  gssize      length; /* -1: up to the NUL */
  const char *where; /* what the message must name, or NULL */
} MalformedVector;

static const MalformedVector malformed_vectors[] = {
  /* Dates that do not exist or are not YYYY-MM-DD. */
  { "2025-02-30\toff\tx\n", -1, "line 1" },
  { "2025-02-29\toff\tx\n", -1, "line 1" },
  { "2025-13-01\toff\tx\n", -1, "line 1" },
  { "25-01-01\toff\tx\n", -1, "line 1" },
  { "2025-1-01\toff\tx\n", -1, "line 1" },
  { "2025/01/01\toff\tx\n", -1, "line 1" },
  { " 2025-01-01\toff\tx\n", -1, "line 1" },
  { "\toff\tx\n", -1, "line 1" },
  /* Kinds other than "off" and "work". */
  { "2025-01-01\tholiday\tx\n", -1, "line 1" },
  { "2025-01-01\tOFF\tx\n", -1, "line 1" },
  { "2025-01-01\t\tx\n", -1, "line 1" },
  { "2025-01-01\toff \tx\n", -1, "line 1" },
  /* The same date twice, even with the same kind. */
  { "2025-01-01\toff\ta\n2025-01-01\twork\tb\n", -1, "line 2" },
  { "2025-01-01\toff\ta\n# again\n2025-01-01\toff\ta\n", -1, "line 3" },
  /* Fields not separated by tabs. */
  { "2025-01-01 off 開國紀念日\n", -1, "line 1" },
  { "2025-01-01\n", -1, "line 1" },
  { "# header\n\n2025-01-01\toff\tok\n2025-01-02 off\n", -1, "line 4" },
  { "2025-01-01\toff\tok\r\n2025-01-02\toff x\r\n", -1, "line 2" },
  /* Not text. */
  { "2025-01-01\toff\t\xff\n", -1, NULL },
  { "2025-01-01\toff\t\xe9\x96\n", -1, NULL },
  { "2025-01-01\toff\tx\0y\n", 18, NULL },
};

static void
test_malformed (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (malformed_vectors); i++)
    {
      const MalformedVector *v = &malformed_vectors[i];
      gsize                  length = v->length < 0 ? strlen (v->tsv) : (gsize) v->length;
      g_autoptr (GBytes) bytes = g_bytes_new (v->tsv, length);
      g_autoptr (GError) error = NULL;
      g_autoptr (EcCalendar) calendar = NULL;

      g_test_message ("vector %" G_GSIZE_FORMAT, i);
      calendar = ec_calendar_new_from_bytes (bytes, &error);
      g_assert_null (calendar);
      g_assert_error (error, EC_DATA_ERROR, EC_DATA_ERROR_MALFORMED);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      if (v->where != NULL)
        g_assert_nonnull (strstr (error->message, v->where));
    }
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/calendar/default/listed-days", test_default_listed_days);
  g_test_add_func ("/calendar/default/year-totals", test_default_year_totals);
  g_test_add_func ("/calendar/default/saturday-worked", test_default_saturday_worked);
  g_test_add_func ("/calendar/default/add-working-days", test_default_add_working_days);
  g_test_add_func ("/calendar/default/years-without-data", test_default_years_without_data);
  g_test_add_func ("/calendar/custom", test_custom_calendar);
  g_test_add_func ("/calendar/custom/without-days", test_custom_calendar_without_days);
  g_test_add_func ("/calendar/custom/whole-year-off", test_whole_year_off);
  g_test_add_func ("/calendar/custom/years-off", test_years_off);
  g_test_add_func ("/calendar/malformed", test_malformed);

  return g_test_run ();
}
