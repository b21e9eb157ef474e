/* test-time.c: Taiwan's clock, ISO 8601 times and dates.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "ec-core.h"
#include "ec-test-util.h"

/* The tests run with TZ=UTC; every expected value below is worked out by
 * hand for Taiwan (UTC+8), so a result that followed the machine's zone
 * would fail. */

static gint64
utc (int year,
     int month,
     int day,
     int hour,
     int minute,
     int second)
{
  g_autoptr (GDateTime) datetime = g_date_time_new_utc (year, month, day,
                                                        hour, minute, second);

  g_assert_nonnull (datetime);
  return g_date_time_to_unix (datetime);
}

static void
test_zone_is_utc_plus_8 (void)
{
  GTimeZone *zone = ec_time_zone_taiwan ();
  g_autoptr (GDateTime) summer = NULL;
  g_autoptr (GDateTime) winter = NULL;

  g_assert_nonnull (zone);
  g_assert_true (zone == ec_time_zone_taiwan ());

  /* No daylight saving time: the offset is the same all year. */
  summer = g_date_time_new (zone, 2025, 7, 1, 12, 0, 0);
  winter = g_date_time_new (zone, 2025, 12, 1, 12, 0, 0);
  g_assert_cmpint (g_date_time_get_utc_offset (summer), ==, 8 * G_TIME_SPAN_HOUR);
  g_assert_cmpint (g_date_time_get_utc_offset (winter), ==, 8 * G_TIME_SPAN_HOUR);
}

typedef struct {
  int   utc_year, utc_month, utc_day, utc_hour, utc_minute, utc_second;
  guint year, month, day;
} TaiwanDateVector;

static const TaiwanDateVector taiwan_date_vectors[] = {
  /* Taiwan's midnight is 16:00 UTC the day before. */
  { 2026, 3, 1, 16, 30, 0, 2026, 3, 2 },
  { 2026, 3, 1, 15, 59, 59, 2026, 3, 1 },
  { 2026, 3, 1, 16, 0, 0, 2026, 3, 2 },
  { 2026, 3, 1, 0, 0, 0, 2026, 3, 1 },
  { 2026, 3, 1, 23, 59, 59, 2026, 3, 2 },
  /* Across the end of a month, of a year, and onto a leap day. */
  { 2026, 2, 28, 16, 0, 0, 2026, 3, 1 },
  { 2025, 12, 31, 15, 59, 59, 2025, 12, 31 },
  { 2025, 12, 31, 16, 0, 0, 2026, 1, 1 },
  { 2024, 2, 28, 16, 0, 0, 2024, 2, 29 },
  { 2024, 2, 29, 16, 0, 0, 2024, 3, 1 },
  { 2023, 2, 28, 16, 0, 0, 2023, 3, 1 },
  /* The epoch was 08:00 in Taiwan. */
  { 1970, 1, 1, 0, 0, 0, 1970, 1, 1 },
  { 1969, 12, 31, 16, 0, 0, 1970, 1, 1 },
  { 1969, 12, 31, 15, 59, 59, 1969, 12, 31 },
};

static void
test_to_taiwan_date (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (taiwan_date_vectors); i++)
    {
      const TaiwanDateVector *v = &taiwan_date_vectors[i];
      GDate                   date;

      g_test_message ("vector %" G_GSIZE_FORMAT, i);
      ec_time_to_taiwan_date (utc (v->utc_year, v->utc_month, v->utc_day,
                                   v->utc_hour, v->utc_minute, v->utc_second),
                              &date);
      ec_test_assert_date (&date, v->year, v->month, v->day);
    }
}

typedef struct {
  const char *text;
  int         utc_year, utc_month, utc_day, utc_hour, utc_minute, utc_second;
} Iso8601Vector;

static const Iso8601Vector from_iso8601_vectors[] = {
  { "2026-03-02T09:30:00+08:00", 2026, 3, 2, 1, 30, 0 },
  { "2026-03-02T00:30:00+08:00", 2026, 3, 1, 16, 30, 0 },
  { "2026-03-01T16:30:00Z", 2026, 3, 1, 16, 30, 0 },
  { "2026-03-01T16:30:00+00:00", 2026, 3, 1, 16, 30, 0 },
  { "2026-03-01T11:30:00-05:00", 2026, 3, 1, 16, 30, 0 },
  { "2026-03-02T01:30:00+09:00", 2026, 3, 1, 16, 30, 0 },
  { "2026-01-01T00:00:00+08:00", 2025, 12, 31, 16, 0, 0 },
  { "2024-02-29T23:59:59+08:00", 2024, 2, 29, 15, 59, 59 },
  /* Fractions of a second are dropped, not rounded. */
  { "2026-03-02T09:30:00.900+08:00", 2026, 3, 2, 1, 30, 0 },
};

static void
test_from_iso8601 (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (from_iso8601_vectors); i++)
    {
      const Iso8601Vector *v = &from_iso8601_vectors[i];
      g_autoptr (GError) error = NULL;
      gint64 unix_time;

      g_test_message ("vector %s", v->text);
      unix_time = ec_time_from_iso8601 (v->text, &error);
      g_assert_no_error (error);
      g_assert_cmpint (unix_time, ==,
                       utc (v->utc_year, v->utc_month, v->utc_day,
                            v->utc_hour, v->utc_minute, v->utc_second));
    }
}

static const char *const bad_iso8601_vectors[] = {
  /* A time without an offset would be read in some zone, and a guess
   * moves uploads across midnight. */
  "2026-03-02T09:30:00",
  "2026-03-02T09:30",
  "2026-03-02 09:30:00",
  /* A date alone is not a time. */
  "2026-03-02",
  "",
  "garbage",
  "now",
  "2026-03-02T09:30:00+08:00 trailing",
  "2026-02-30T09:30:00+08:00",
  "2026-13-02T09:30:00+08:00",
  "2026-03-02T25:30:00+08:00",
  "2026-03-02T09:61:00+08:00",
  "+08:00",
};

static void
test_from_iso8601_rejects (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (bad_iso8601_vectors); i++)
    {
      g_autoptr (GError) error = NULL;

      g_test_message ("vector “%s”", bad_iso8601_vectors[i]);
      g_assert_cmpint (ec_time_from_iso8601 (bad_iso8601_vectors[i], &error),
                       ==, EC_TIME_NEVER);
      g_assert_error (error, EC_VALIDATION_ERROR,
                      EC_VALIDATION_ERROR_INVALID_DATE);
      g_assert_nonnull (strstr (error->message, bad_iso8601_vectors[i]));
    }
}

static void
test_from_iso8601_null (void)
{
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (ec_time_from_iso8601 (NULL, &error), ==, EC_TIME_NEVER);
  g_assert_error (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_INVALID_DATE);

  /* A caller that does not want the details may pass no error. */
  g_assert_cmpint (ec_time_from_iso8601 ("garbage", NULL), ==, EC_TIME_NEVER);
}

typedef struct {
  int         utc_year, utc_month, utc_day, utc_hour, utc_minute, utc_second;
  const char *text;
} ToIso8601Vector;

static const ToIso8601Vector to_iso8601_vectors[] = {
  { 2026, 3, 1, 16, 30, 0, "2026-03-02T00:30:00+08:00" },
  { 2026, 3, 1, 15, 59, 59, "2026-03-01T23:59:59+08:00" },
  { 2025, 12, 31, 16, 0, 0, "2026-01-01T00:00:00+08:00" },
  { 2024, 2, 28, 16, 0, 1, "2024-02-29T00:00:01+08:00" },
  { 1970, 1, 1, 0, 0, 0, "1970-01-01T08:00:00+08:00" },
  { 2026, 7, 4, 4, 5, 6, "2026-07-04T12:05:06+08:00" },
};

static void
test_to_iso8601 (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (to_iso8601_vectors); i++)
    {
      const ToIso8601Vector *v = &to_iso8601_vectors[i];
      g_autoptr (GError) error = NULL;
      g_autofree char *text = NULL;
      gint64           unix_time = utc (v->utc_year, v->utc_month, v->utc_day,
                                        v->utc_hour, v->utc_minute, v->utc_second);

      text = ec_time_to_iso8601 (unix_time);
      g_assert_cmpstr (text, ==, v->text);
      g_assert_cmpint (ec_time_from_iso8601 (text, &error), ==, unix_time);
      g_assert_no_error (error);
    }
}

static void
test_iso8601_round_trip (void)
{
  /* Every 7 hours and 13 seconds across two years: every hour of the day
   * and both sides of Taiwan's midnight come up. */
  gint64 start = utc (2024, 1, 1, 0, 0, 0);
  gint64 end = utc (2026, 1, 1, 0, 0, 0);

  for (gint64 t = start; t < end; t += 7 * 3600 + 13)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *text = ec_time_to_iso8601 (t);

      g_assert_true (g_str_has_suffix (text, "+08:00"));
      g_assert_cmpint (ec_time_from_iso8601 (text, &error), ==, t);
      g_assert_no_error (error);
    }
}

typedef struct {
  const char *text;
  guint       year, month, day;
} DateVector;

static const DateVector good_date_vectors[] = {
  { "2024-02-29", 2024, 2, 29 },
  { "2000-02-29", 2000, 2, 29 },
  { "2025-01-01", 2025, 1, 1 },
  { "2025-12-31", 2025, 12, 31 },
  { "1912-01-01", 1912, 1, 1 },
  { "0001-01-01", 1, 1, 1 },
  { "9999-12-31", 9999, 12, 31 },
};

static void
test_date_from_iso8601 (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (good_date_vectors); i++)
    {
      const DateVector *v = &good_date_vectors[i];
      g_autoptr (GError) error = NULL;
      g_autofree char *back = NULL;
      GDate            date;

      g_test_message ("vector %s", v->text);
      g_assert_true (ec_date_from_iso8601 (v->text, &date, &error));
      g_assert_no_error (error);
      ec_test_assert_date (&date, v->year, v->month, v->day);

      back = ec_date_to_iso8601 (&date);
      g_assert_cmpstr (back, ==, v->text);
    }
}

static const char *const bad_date_vectors[] = {
  "2025-02-29",
  "2100-02-29",
  "2025-02-30",
  "2025-04-31",
  "2025-13-01",
  "2025-00-10",
  "2025-01-00",
  "2025-01-32",
  "0000-01-01",
  "2025-1-01",
  "2025-01-1",
  "25-01-01",
  "2025/01/01",
  "2025-01-01x",
  "2025-01-01 ",
  " 2025-01-01",
  "2025-01-01T00:00:00+08:00",
  "+025-01-01",
  "2025-+1-01",
  "2025-01-+1",
  "2025- 1-01",
  "2025-01- 1",
  "20250101",
  "",
  "garbage",
  "２０２５-01-01",
};

static void
test_date_from_iso8601_rejects (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (bad_date_vectors); i++)
    {
      g_autoptr (GError) error = NULL;
      GDate date;

      g_test_message ("vector “%s”", bad_date_vectors[i]);
      g_assert_false (ec_date_from_iso8601 (bad_date_vectors[i], &date, &error));
      g_assert_error (error, EC_VALIDATION_ERROR,
                      EC_VALIDATION_ERROR_INVALID_DATE);
      /* A failed parse leaves a cleared date, never a stale one. */
      g_assert_false (g_date_valid (&date));
    }

  {
    g_autoptr (GError) error = NULL;
    GDate date;

    g_assert_false (ec_date_from_iso8601 (NULL, &date, &error));
    g_assert_error (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_INVALID_DATE);
  }
}

static const DateVector date_to_iso8601_vectors[] = {
  { "2012-12-03", 2012, 12, 3 },
  { "2026-01-01", 2026, 1, 1 },
  { "2024-02-29", 2024, 2, 29 },
  { "0099-07-04", 99, 7, 4 },
  { "0001-01-01", 1, 1, 1 },
};

static void
test_date_to_iso8601 (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (date_to_iso8601_vectors); i++)
    {
      const DateVector *v = &date_to_iso8601_vectors[i];
      g_autofree char  *text = NULL;
      GDate             date;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, (GDateDay) v->day, (GDateMonth) v->month,
                      (GDateYear) v->year);
      text = ec_date_to_iso8601 (&date);
      g_assert_cmpstr (text, ==, v->text);
    }
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/time/zone", test_zone_is_utc_plus_8);
  g_test_add_func ("/time/taiwan-date", test_to_taiwan_date);
  g_test_add_func ("/time/from-iso8601", test_from_iso8601);
  g_test_add_func ("/time/from-iso8601/rejects", test_from_iso8601_rejects);
  g_test_add_func ("/time/from-iso8601/null", test_from_iso8601_null);
  g_test_add_func ("/time/to-iso8601", test_to_iso8601);
  g_test_add_func ("/time/iso8601-round-trip", test_iso8601_round_trip);
  g_test_add_func ("/time/date-from-iso8601", test_date_from_iso8601);
  g_test_add_func ("/time/date-from-iso8601/rejects", test_date_from_iso8601_rejects);
  g_test_add_func ("/time/date-to-iso8601", test_date_to_iso8601);

  return g_test_run ();
}
