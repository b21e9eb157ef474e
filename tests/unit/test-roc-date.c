/* test-roc-date.c: writing and reading dates in the ROC (民國) calendar.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "ec-core.h"
#include "ec-test-util.h"

static const EcRocStyle all_styles[] = {
  EC_ROC_STYLE_FORM,
  EC_ROC_STYLE_DOTTED,
  EC_ROC_STYLE_SLASHED,
  EC_ROC_STYLE_COMPACT,
};

/* The day a parsed date falls on must be read in Taiwan, whatever zone the
 * GDateTime carries. */
static void
assert_taiwan_midnight (GDateTime *datetime,
                        guint      year,
                        guint      month,
                        guint      day)
{
  g_autoptr (GDateTime) expected = NULL;

  g_assert_nonnull (datetime);
  g_assert_cmpint (g_date_time_get_utc_offset (datetime), ==, 8 * G_TIME_SPAN_HOUR);
  g_assert_cmpint (g_date_time_get_year (datetime), ==, year);
  g_assert_cmpint (g_date_time_get_month (datetime), ==, month);
  g_assert_cmpint (g_date_time_get_day_of_month (datetime), ==, day);
  g_assert_cmpint (g_date_time_get_hour (datetime), ==, 0);
  g_assert_cmpint (g_date_time_get_minute (datetime), ==, 0);
  g_assert_cmpint (g_date_time_get_second (datetime), ==, 0);
  g_assert_cmpint (g_date_time_get_microsecond (datetime), ==, 0);

  /* The same instant as 16:00 UTC the day before. */
  expected = g_date_time_new_utc (year, month, day, 0, 0, 0);
  g_assert_cmpint (g_date_time_to_unix (datetime), ==,
                   g_date_time_to_unix (expected) - 8 * 3600);
}

typedef struct {
  guint       year, month, day;
  const char *form;
  const char *dotted;
  const char *slashed;
  const char *compact;
} FormatVector;

static const FormatVector format_vectors[] = {
  /* The seed's example. */
  { 2012, 12, 3, "民國 101年12月03日", "101.12.03", "101/12/03", "1011203" },
  { 2025, 7, 4, "民國 114年07月04日", "114.07.04", "114/07/04", "1140704" },
  /* Around a year end. */
  { 2025, 12, 31, "民國 114年12月31日", "114.12.31", "114/12/31", "1141231" },
  { 2026, 1, 1, "民國 115年01月01日", "115.01.01", "115/01/01", "1150101" },
  { 2026, 12, 31, "民國 115年12月31日", "115.12.31", "115/12/31", "1151231" },
  /* Leap days: 2024 and 2012, and 2000, a leap year because it is
   * divisible by 400. */
  { 2024, 2, 29, "民國 113年02月29日", "113.02.29", "113/02/29", "1130229" },
  { 2012, 2, 29, "民國 101年02月29日", "101.02.29", "101/02/29", "1010229" },
  { 2000, 2, 29, "民國 89年02月29日", "89.02.29", "89/02/29", "0890229" },
  { 2100, 2, 28, "民國 189年02月28日", "189.02.28", "189/02/28", "1890228" },
  { 2100, 3, 1, "民國 189年03月01日", "189.03.01", "189/03/01", "1890301" },
  /* ROC year 1, and years of one, two and three digits. */
  { 1912, 1, 1, "民國 1年01月01日", "1.01.01", "1/01/01", "0010101" },
  { 1920, 10, 10, "民國 9年10月10日", "9.10.10", "9/10/10", "0091010" },
  { 1921, 12, 31, "民國 10年12月31日", "10.12.31", "10/12/31", "0101231" },
  { 2010, 12, 31, "民國 99年12月31日", "99.12.31", "99/12/31", "0991231" },
  { 2011, 1, 1, "民國 100年01月01日", "100.01.01", "100/01/01", "1000101" },
  /* The last day the compact style can write. */
  { 2910, 12, 31, "民國 999年12月31日", "999.12.31", "999/12/31", "9991231" },
};

static const char *
expected_for_style (const FormatVector *v,
                    EcRocStyle          style)
{
  switch (style)
    {
    case EC_ROC_STYLE_FORM:
      return v->form;
    case EC_ROC_STYLE_DOTTED:
      return v->dotted;
    case EC_ROC_STYLE_SLASHED:
      return v->slashed;
    case EC_ROC_STYLE_COMPACT:
      return v->compact;
    default:
      g_assert_not_reached ();
    }
}

static void
test_format_date (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (format_vectors); i++)
    {
      const FormatVector *v = &format_vectors[i];
      g_autoptr (GDate) date = ec_test_new_date (v->year, v->month, v->day);

      for (gsize s = 0; s < G_N_ELEMENTS (all_styles); s++)
        {
          g_autofree char *text = ec_roc_date_format_date (date, all_styles[s]);

          g_assert_cmpstr (text, ==, expected_for_style (v, all_styles[s]));
        }
    }
}

static void
test_format_datetime (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (format_vectors); i++)
    {
      const FormatVector *v = &format_vectors[i];
      /* The first and last second of the day in Taiwan. */
      g_autoptr (GDateTime) first = g_date_time_new (ec_time_zone_taiwan (),
                                                     v->year, v->month, v->day,
                                                     0, 0, 0);
      g_autoptr (GDateTime) last = g_date_time_new (ec_time_zone_taiwan (),
                                                    v->year, v->month, v->day,
                                                    23, 59, 59.999);

      for (gsize s = 0; s < G_N_ELEMENTS (all_styles); s++)
        {
          g_autofree char *from_first = ec_roc_date_format (first, all_styles[s]);
          g_autofree char *from_last = ec_roc_date_format (last, all_styles[s]);

          g_assert_cmpstr (from_first, ==, expected_for_style (v, all_styles[s]));
          g_assert_cmpstr (from_last, ==, expected_for_style (v, all_styles[s]));
        }
    }
}

typedef struct {
  const char *iso8601;
  const char *dotted; /* the date in Taiwan */
} ZoneVector;

static const ZoneVector zone_vectors[] = {
  /* Late on 31 December in UTC is already New Year's Day in Taiwan. */
  { "2025-12-31T16:00:00Z", "115.01.01" },
  { "2025-12-31T23:59:59Z", "115.01.01" },
  { "2025-12-31T15:59:59Z", "114.12.31" },
  { "2026-01-01T00:00:00Z", "115.01.01" },
  /* The same instants written in other zones. */
  { "2025-12-31T11:00:00-05:00", "115.01.01" },
  { "2026-01-01T01:00:00+09:00", "115.01.01" },
  { "2026-01-01T00:59:59+09:00", "114.12.31" },
  /* Onto and off a leap day. */
  { "2024-02-28T16:00:00Z", "113.02.29" },
  { "2024-02-29T15:59:59Z", "113.02.29" },
  { "2024-02-29T16:00:00Z", "113.03.01" },
  /* The first second of ROC year 1 in Taiwan. */
  { "1911-12-31T16:00:00Z", "1.01.01" },
};

static void
test_format_in_taiwan_zone (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (zone_vectors); i++)
    {
      g_autoptr (GDateTime) datetime = g_date_time_new_from_iso8601 (zone_vectors[i].iso8601, NULL);
      g_autofree char *text = NULL;

      g_assert_nonnull (datetime);
      text = ec_roc_date_format (datetime, EC_ROC_STYLE_DOTTED);
      g_assert_cmpstr (text, ==, zone_vectors[i].dotted);
    }
}

static void
test_format_ignores_machine_zone (void)
{
  /* The tests run with TZ=UTC: 20:00 on 31 December here is 04:00 on
   * 1 January in Taiwan. */
  g_autoptr (GDateTime) local = g_date_time_new_local (2025, 12, 31, 20, 0, 0);
  g_autofree char *text = NULL;

  if (g_date_time_get_utc_offset (local) != 0)
    {
      g_test_skip ("The machine's time zone is not UTC (run with TZ=UTC).");
      return;
    }

  text = ec_roc_date_format (local, EC_ROC_STYLE_FORM);
  g_assert_cmpstr (text, ==, "民國 115年01月01日");
}

static void
test_format_out_of_range (void)
{
  static const char *const instants[] = {
    "1911-12-31T15:59:59Z", /* 23:59:59 on the last day before ROC 1 */
    "1900-06-01T00:00:00Z",
    "0001-01-01T12:00:00Z",
    "2910-12-31T16:00:00Z", /* the first second of ROC 1000 in Taiwan */
    "5000-01-01T00:00:00Z",
  };
  static const guint dates[][3] = {
    { 1911, 12, 31 },
    { 1900, 1, 1 },
    { 1, 1, 1 },
    { 2911, 1, 1 },
    { 9999, 12, 31 },
  };

  /* No warning is expected: the test fails on any critical. */
  for (gsize i = 0; i < G_N_ELEMENTS (instants); i++)
    {
      g_autoptr (GDateTime) datetime = g_date_time_new_from_iso8601 (instants[i], NULL);

      g_assert_nonnull (datetime);
      for (gsize s = 0; s < G_N_ELEMENTS (all_styles); s++)
        g_assert_null (ec_roc_date_format (datetime, all_styles[s]));
    }

  for (gsize i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autoptr (GDate) date = ec_test_new_date (dates[i][0], dates[i][1], dates[i][2]);

      for (gsize s = 0; s < G_N_ELEMENTS (all_styles); s++)
        g_assert_null (ec_roc_date_format_date (date, all_styles[s]));
    }
}

static void
test_format_edge_of_gdatetime (void)
{
  /* Moving the last second GDateTime knows into Taiwan's zone leaves its
   * range; that is out of range, not a crash. */
  g_autoptr (GDateTime) last = g_date_time_new_utc (9999, 12, 31, 23, 59, 59);

  g_assert_nonnull (last);
  g_assert_null (ec_roc_date_format (last, EC_ROC_STYLE_DOTTED));
}

typedef struct {
  const char *text;
  guint       year, month, day;
} ParseVector;

static const ParseVector parse_vectors[] = {
  /* The form's style, with and without its space and leading zeros. */
  { "民國 101年12月03日", 2012, 12, 3 },
  { "民國101年12月3日", 2012, 12, 3 },
  { "101年12月3日", 2012, 12, 3 },
  { "101年1月3日", 2012, 1, 3 },
  { "民國 1年1月1日", 1912, 1, 1 },
  { "民國  101 年 12 月 3 日", 2012, 12, 3 },
  { "中華民國114年7月4日", 2025, 7, 4 },
  { "中華民國 114年07月04日", 2025, 7, 4 },
  { "民國114.07.04", 2025, 7, 4 },
  /* Separated. */
  { "101.12.03", 2012, 12, 3 },
  { "101/12/3", 2012, 12, 3 },
  { "101-12-03", 2012, 12, 3 },
  { "101.1.3", 2012, 1, 3 },
  { "114.07.04", 2025, 7, 4 },
  { "114/07/04", 2025, 7, 4 },
  { "99.12.31", 2010, 12, 31 },
  { "099.12.31", 2010, 12, 31 },
  { "100/01/01", 2011, 1, 1 },
  { "1.1.1", 1912, 1, 1 },
  { "999/12/31", 2910, 12, 31 },
  /* Compact: seven digits with a three-digit year, six with two. */
  { "1011203", 2012, 12, 3 },
  { "1151231", 2026, 12, 31 },
  { "0991231", 2010, 12, 31 },
  { "991231", 2010, 12, 31 },
  { "0010101", 1912, 1, 1 },
  { "010101", 1912, 1, 1 },
  { "9991231", 2910, 12, 31 },
  /* Leap days. */
  { "113.02.29", 2024, 2, 29 },
  { "101/02/29", 2012, 2, 29 },
  { "89.02.29", 2000, 2, 29 },
  { "0890229", 2000, 2, 29 },
  { "113年2月29日", 2024, 2, 29 },
  /* White space around the date. */
  { "  114.07.04\n", 2025, 7, 4 },
  { "\t1140704 ", 2025, 7, 4 },
  { " 民國 101年12月03日 ", 2012, 12, 3 },
  /* Full-width digits and punctuation, as a Chinese input method types
   * them, and the ideographic space. */
  { "１１４．０７．０４", 2025, 7, 4 },
  { "１１４／０７／０４", 2025, 7, 4 },
  { "１１４－０７－０４", 2025, 7, 4 },
  { "１１４０７０４", 2025, 7, 4 },
  { "９９１２３１", 2010, 12, 31 },
  { "民國１０１年１２月０３日", 2012, 12, 3 },
  { "民國　１０１年１２月３日", 2012, 12, 3 },
  { "　114.07.04　", 2025, 7, 4 },
};

static void
test_parse (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (parse_vectors); i++)
    {
      const ParseVector *v = &parse_vectors[i];
      g_autoptr (GError) error = NULL;
      g_autoptr (GDateTime) datetime = NULL;

      g_test_message ("vector “%s”", v->text);
      datetime = ec_roc_date_parse (v->text, &error);
      g_assert_no_error (error);
      assert_taiwan_midnight (datetime, v->year, v->month, v->day);
    }
}

typedef struct {
  const char       *text;
  EcValidationError code;
} ErrorVector;

static const ErrorVector error_vectors[] = {
  { "", EC_VALIDATION_ERROR_EMPTY },
  { "   ", EC_VALIDATION_ERROR_EMPTY },
  { "\t\n", EC_VALIDATION_ERROR_EMPTY },
  { "　", EC_VALIDATION_ERROR_EMPTY },
  /* Shapes that are not dates. */
  { "abc", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "民國", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "101", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "101.12", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "101.12.", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "101..03", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "101.12.03.04", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "101.12/03", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "114．07/04", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "101 12 03", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "101.123.03", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "101.12.003", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "10101.01.01", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "-1.12.03", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "+101.12.03", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "101.12.03日", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "101年12月", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "101年12月3", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "101年12月3日上午", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "12345", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "20251203", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "101120a", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "101.12.03 101.12.04", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "\xff\xfe", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "101.12.0\xff", EC_VALIDATION_ERROR_INVALID_FORMAT },
  { "２０２５-01-01T00:00", EC_VALIDATION_ERROR_INVALID_FORMAT },
  /* Year 0 and years past 999 (often a Western year typed by mistake). */
  { "0.12.03", EC_VALIDATION_ERROR_OUT_OF_RANGE },
  { "000.01.01", EC_VALIDATION_ERROR_OUT_OF_RANGE },
  { "0001203", EC_VALIDATION_ERROR_OUT_OF_RANGE },
  { "001231", EC_VALIDATION_ERROR_OUT_OF_RANGE },
  { "民國0年1月1日", EC_VALIDATION_ERROR_OUT_OF_RANGE },
  { "1000.01.01", EC_VALIDATION_ERROR_OUT_OF_RANGE },
  { "2025-12-03", EC_VALIDATION_ERROR_OUT_OF_RANGE },
  { "2025/07/04", EC_VALIDATION_ERROR_OUT_OF_RANGE },
  { "2025年12月3日", EC_VALIDATION_ERROR_OUT_OF_RANGE },
  /* The year is checked before the day. */
  { "0.13.45", EC_VALIDATION_ERROR_OUT_OF_RANGE },
  /* Days that do not exist. */
  { "114.02.29", EC_VALIDATION_ERROR_INVALID_DATE },
  { "114/02/29", EC_VALIDATION_ERROR_INVALID_DATE },
  { "1140229", EC_VALIDATION_ERROR_INVALID_DATE },
  { "114年2月29日", EC_VALIDATION_ERROR_INVALID_DATE },
  { "１１４．０２．２９", EC_VALIDATION_ERROR_INVALID_DATE },
  { "189.02.29", EC_VALIDATION_ERROR_INVALID_DATE }, /* 2100 is not leap */
  { "113.02.30", EC_VALIDATION_ERROR_INVALID_DATE },
  { "101.02.30", EC_VALIDATION_ERROR_INVALID_DATE },
  { "114.04.31", EC_VALIDATION_ERROR_INVALID_DATE },
  { "0990431", EC_VALIDATION_ERROR_INVALID_DATE },
  { "101.13.01", EC_VALIDATION_ERROR_INVALID_DATE },
  { "1011301", EC_VALIDATION_ERROR_INVALID_DATE },
  { "101.00.10", EC_VALIDATION_ERROR_INVALID_DATE },
  { "101.12.00", EC_VALIDATION_ERROR_INVALID_DATE },
  { "101.12.32", EC_VALIDATION_ERROR_INVALID_DATE },
  { "101.99.99", EC_VALIDATION_ERROR_INVALID_DATE },
  { "999.12.32", EC_VALIDATION_ERROR_INVALID_DATE },
};

static void
test_parse_errors (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (error_vectors); i++)
    {
      const ErrorVector *v = &error_vectors[i];
      g_autoptr (GError) error = NULL;
      g_autoptr (GDateTime) datetime = NULL;

      g_test_message ("vector %" G_GSIZE_FORMAT, i);
      datetime = ec_roc_date_parse (v->text, &error);
      g_assert_null (datetime);
      g_assert_error (error, EC_VALIDATION_ERROR, (int) v->code);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_cmpstr (error->message, !=, "");
    }

  {
    g_autoptr (GError) error = NULL;

    g_assert_null (ec_roc_date_parse (NULL, &error));
    g_assert_error (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_EMPTY);
  }

  /* A caller that only wants a yes or no may pass no error. */
  g_assert_null (ec_roc_date_parse ("114.02.29", NULL));
  g_assert_null (ec_roc_date_parse (NULL, NULL));
}

static void
test_parse_error_messages (void)
{
  g_autoptr (GError) format = NULL;
  g_autoptr (GError) range = NULL;
  g_autoptr (GError) date = NULL;

  /* The message quotes what was read, trimmed, and says what is expected. */
  g_assert_null (ec_roc_date_parse ("  101 12 03 ", &format));
  g_assert_nonnull (strstr (format->message, "“101 12 03”"));
  g_assert_nonnull (strstr (format->message, "114.07.04"));

  g_assert_null (ec_roc_date_parse ("2025/07/04", &range));
  g_assert_nonnull (strstr (range->message, "“2025/07/04”"));
  g_assert_nonnull (strstr (range->message, "1911"));

  g_assert_null (ec_roc_date_parse ("１１４．０２．２９", &date));
  g_assert_nonnull (strstr (date->message, "“114.02.29”"));
}

static void
check_round_trip (const GDate *date)
{
  g_autoptr (GDateTime) noon = g_date_time_new (ec_time_zone_taiwan (),
                                                g_date_get_year (date),
                                                g_date_get_month (date),
                                                g_date_get_day (date),
                                                12, 0, 0);

  for (gsize s = 0; s < G_N_ELEMENTS (all_styles); s++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *text = ec_roc_date_format_date (date, all_styles[s]);
      g_autofree char *from_datetime = ec_roc_date_format (noon, all_styles[s]);
      g_autoptr (GDateTime) parsed = NULL;

      g_assert_nonnull (text);
      g_assert_cmpstr (from_datetime, ==, text);

      parsed = ec_roc_date_parse (text, &error);
      g_assert_no_error (error);
      assert_taiwan_midnight (parsed, g_date_get_year (date),
                              g_date_get_month (date), g_date_get_day (date));
    }
}

static void
test_round_trip (void)
{
  /* ROC year 1; a two-digit year; 2000 (leap by the 400 rule); the last
   * two-digit and first three-digit years; 2012 (the seed's year, leap);
   * 2024 (leap) and the calendar years; 2100 (not leap); ROC 999. */
  static const guint years[] = {
    1912,
    1999,
    2000,
    2010,
    2011,
    2012,
    2024,
    2025,
    2026,
    2100,
    2910,
  };

  for (gsize i = 0; i < G_N_ELEMENTS (years); i++)
    {
      g_autoptr (GDate) date = ec_test_new_date (years[i], 1, 1);
      guint n_days = 0;

      while (g_date_get_year (date) == years[i])
        {
          check_round_trip (date);
          g_date_add_days (date, 1);
          n_days++;
        }

      g_assert_cmpuint (n_days, ==, g_date_is_leap_year ((GDateYear) years[i]) ? 366u : 365u);
    }
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/roc-date/format/date", test_format_date);
  g_test_add_func ("/roc-date/format/datetime", test_format_datetime);
  g_test_add_func ("/roc-date/format/taiwan-zone", test_format_in_taiwan_zone);
  g_test_add_func ("/roc-date/format/machine-zone", test_format_ignores_machine_zone);
  g_test_add_func ("/roc-date/format/out-of-range", test_format_out_of_range);
  g_test_add_func ("/roc-date/format/edge-of-gdatetime", test_format_edge_of_gdatetime);
  g_test_add_func ("/roc-date/parse", test_parse);
  g_test_add_func ("/roc-date/parse/errors", test_parse_errors);
  g_test_add_func ("/roc-date/parse/error-messages", test_parse_error_messages);
  g_test_add_func ("/roc-date/round-trip", test_round_trip);

  return g_test_run ();
}
