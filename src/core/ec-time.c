/* ec-time.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-time"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "ec-error.h"
#include "ec-time.h"

/**
 * ec_time_zone_taiwan:
 *
 * Taiwan has kept UTC+8 without daylight saving time since 1980, so a fixed
 * offset gives the same answers as "Asia/Taipei" for every date the platform
 * knows, without depending on the tz database being installed.
 *
 * Returns: (transfer none): the time zone of the platform's dates.
 */
GTimeZone *
ec_time_zone_taiwan (void)
{
  static GTimeZone *zone;

  if (g_once_init_enter (&zone))
    g_once_init_leave (&zone, g_time_zone_new_offset (8 * 60 * 60));

  return zone;
}

/* The Julian day (GDate's numbering, 1 = 0001-01-01) of 1970-01-01. */
#define UNIX_EPOCH_JULIAN ((gint64) 719163)
#define SECONDS_PER_DAY ((gint64) 24 * 60 * 60)

/**
 * ec_time_to_taiwan_date:
 * @unix_time: seconds since the epoch
 * @out_date: (out caller-allocates): the calendar date in Taiwan
 *
 * The upload rules call this for every course of a learning record, so it
 * does the arithmetic itself instead of building two #GDateTimes; it asks
 * the same zone for the offset, so the two ways cannot disagree.
 */
void
ec_time_to_taiwan_date (gint64 unix_time,
                        GDate *out_date)
{
  GTimeZone *zone = ec_time_zone_taiwan ();
  int        interval;
  gint64     local, days;

  g_date_clear (out_date, 1);

  interval = g_time_zone_find_interval (zone, G_TIME_TYPE_UNIVERSAL, unix_time);
  local = unix_time + g_time_zone_get_offset (zone, MAX (interval, 0));

  /* Round towards minus infinity, so that a time before midnight stays on
   * the day before. */
  days = local / SECONDS_PER_DAY;
  if (local % SECONDS_PER_DAY < 0)
    days--;

  g_return_if_fail (UNIX_EPOCH_JULIAN + days >= 1
                    && UNIX_EPOCH_JULIAN + days <= G_MAXUINT32);
  g_date_set_julian (out_date, (guint32) (UNIX_EPOCH_JULIAN + days));
}

/**
 * ec_time_from_iso8601:
 * @text: a time with its offset, such as `2026-03-02T09:30:00+08:00`
 * @error: return location for an #EC_VALIDATION_ERROR
 *
 * The API sends every time with its offset; a time without one is refused
 * rather than guessed, because a guess shifts uploads across midnight.
 *
 * Returns: Unix seconds, or %EC_TIME_NEVER with @error set.
 */
gint64
ec_time_from_iso8601 (const char *text,
                      GError    **error)
{
  g_autoptr (GDateTime) datetime = NULL;

  if (text != NULL)
    datetime = g_date_time_new_from_iso8601 (text, NULL);

  if (datetime == NULL)
    {
      g_set_error (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_INVALID_DATE,
                   _ ("“%s” is not a time with a time zone offset"),
                   text != NULL ? text : "");
      return EC_TIME_NEVER;
    }

  return g_date_time_to_unix (datetime);
}

/**
 * ec_time_to_iso8601:
 * @unix_time: seconds since the epoch
 *
 * Returns: (transfer full): the time in Taiwan, with its offset, in seconds
 *   precision, as the API writes times.
 */
char *
ec_time_to_iso8601 (gint64 unix_time)
{
  g_autoptr (GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);
  g_autoptr (GDateTime) local = NULL;

  g_return_val_if_fail (utc != NULL, NULL);

  local = g_date_time_to_timezone (utc, ec_time_zone_taiwan ());
  return g_date_time_format (local, "%Y-%m-%dT%H:%M:%S%:z");
}

/**
 * ec_date_to_iso8601:
 * @date: a valid date
 *
 * Returns: (transfer full): `YYYY-MM-DD`.
 */
char *
ec_date_to_iso8601 (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}

/**
 * ec_date_from_iso8601:
 * @text: `YYYY-MM-DD`
 * @out_date: (out caller-allocates): the date
 * @error: return location for an #EC_VALIDATION_ERROR
 *
 * Returns: %TRUE if @text is a date that exists.
 */
gboolean
ec_date_from_iso8601 (const char *text,
                      GDate      *out_date,
                      GError    **error)
{
  guint year = 0, month = 0, day = 0;
  int   consumed = 0;

  g_date_clear (out_date, 1);

  if (text == NULL
      || strlen (text) != 10
      || sscanf (text, "%4u-%2u-%2u%n", &year, &month, &day, &consumed) != 3
      || consumed != 10
      || text[4] != '-' || text[7] != '-'
      || !g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[5])
      || !g_ascii_isdigit (text[8])
      || !g_date_valid_dmy (day, month, year))
    {
      g_set_error (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_INVALID_DATE,
                   _ ("“%s” is not a date in the form YYYY-MM-DD"),
                   text != NULL ? text : "");
      return FALSE;
    }

  g_date_set_dmy (out_date, day, month, year);
  return TRUE;
}

/**
 * ec_date_format_long:
 * @date: a date
 *
 * Writes @date as people read it in the UI's language ("2026年12月3日").
 *
 * Returns: (transfer full): the text, or "" for an invalid date.
 */
char *
ec_date_format_long (const GDate *date)
{
  char text[64];

  /* Translators: a date as strftime() writes it, e.g. "%Y年%-m月%-d日". */
  if (date == NULL || !g_date_valid (date) || g_date_strftime (text, sizeof text, _ ("%B %-d, %Y"), date) == 0)
    return g_strdup ("");
  return g_strdup (text);
}
