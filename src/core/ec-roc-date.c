/* ec-roc-date.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-roc-date"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ec-error.h"
#include "ec-roc-date.h"
#include "ec-time.h"

/* The compact style has room for three digits of year, so ROC 999 (2910)
 * is the last year this module writes or reads. */
#define ROC_YEAR_MAX 999

/* Separated and Chinese dates accept a four-digit year only so that a
 * Gregorian year typed by mistake ("2025/07/04") is reported as out of
 * range, which tells the learner what to fix, rather than as a bad shape. */
#define YEAR_MAX_DIGITS 4

typedef struct {
  guint year; /* ROC year, as typed */
  guint month;
  guint day;
} RocYmd;

static char *
format_ymd (guint      year,
            guint      month,
            guint      day,
            EcRocStyle style)
{
  guint roc_year;

  if (year <= EC_ROC_YEAR_OFFSET || year - EC_ROC_YEAR_OFFSET > ROC_YEAR_MAX)
    return NULL;

  roc_year = year - EC_ROC_YEAR_OFFSET;

  switch (style)
    {
    case EC_ROC_STYLE_FORM:
      /* This is the printed application form's fixed wording: the form is
       * in Chinese whatever the language of the interface, so the pattern
       * is deliberately not marked for translation. */
      return g_strdup_printf ("民國 %u年%02u月%02u日", roc_year, month, day);
    case EC_ROC_STYLE_DOTTED:
      return g_strdup_printf ("%u.%02u.%02u", roc_year, month, day);
    case EC_ROC_STYLE_SLASHED:
      return g_strdup_printf ("%u/%02u/%02u", roc_year, month, day);
    case EC_ROC_STYLE_COMPACT:
      return g_strdup_printf ("%03u%02u%02u", roc_year, month, day);
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * ec_roc_date_format:
 * @datetime: any time, in any time zone
 * @style: how to write the date
 *
 * Writes the date that @datetime falls on in Taiwan, so that a time stored
 * in UTC late on 31 December prints as 1 January when it already is 1
 * January in Taiwan.
 *
 * Dates before ROC year 1 (1912-01-01) or after ROC year 999 have no ROC
 * form that this module writes; for them the function returns %NULL
 * without a warning, so callers can fall back to a Gregorian date.
 *
 * Returns: (transfer full) (nullable): the ROC date, or %NULL if it is out
 *   of range.
 */
char *
ec_roc_date_format (GDateTime *datetime,
                    EcRocStyle style)
{
  g_autoptr (GDateTime) taiwan = NULL;

  g_return_val_if_fail (datetime != NULL, NULL);
  g_return_val_if_fail ((guint) style <= EC_ROC_STYLE_COMPACT, NULL);

  /* Moving a time near GLib's limits into another zone can leave the range
   * GDateTime supports; such a date is out of range for us too. */
  taiwan = g_date_time_to_timezone (datetime, ec_time_zone_taiwan ());
  if (taiwan == NULL)
    return NULL;

  return format_ymd (g_date_time_get_year (taiwan),
                     g_date_time_get_month (taiwan),
                     g_date_time_get_day_of_month (taiwan),
                     style);
}

/**
 * ec_roc_date_format_date:
 * @date: a valid date
 * @style: how to write the date
 *
 * Like ec_roc_date_format(), for a calendar date that has no time zone.
 *
 * Returns: (transfer full) (nullable): the ROC date, or %NULL (without a
 *   warning) if @date is before ROC year 1 or after ROC year 999.
 */
char *
ec_roc_date_format_date (const GDate *date,
                         EcRocStyle   style)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);
  g_return_val_if_fail ((guint) style <= EC_ROC_STYLE_COMPACT, NULL);

  return format_ymd (g_date_get_year (date),
                     g_date_get_month (date),
                     g_date_get_day (date),
                     style);
}

/* Learners type dates with a Chinese input method, which often gives
 * full-width digits and punctuation; they mean the ASCII ones. */
static gunichar
fold_full_width (gunichar c)
{
  if (c >= 0xFF10 && c <= 0xFF19) /* ０–９ */
    return '0' + (c - 0xFF10);

  switch (c)
    {
    case 0xFF0E: /* ． */
      return '.';
    case 0xFF0F: /* ／ */
      return '/';
    case 0xFF0D: /* － */
      return '-';
    case 0x3000: /* the ideographic space */
      return ' ';
    default:
      return c;
    }
}

/* @text must be valid UTF-8. */
static char *
normalize (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    g_string_append_unichar (out, fold_full_width (g_utf8_get_char (p)));

  return g_strstrip (g_string_free (out, FALSE));
}

static void
skip_spaces (const char **cursor)
{
  while (**cursor == ' ')
    (*cursor)++;
}

static gboolean
skip_literal (const char **cursor,
              const char  *literal)
{
  if (!g_str_has_prefix (*cursor, literal))
    return FALSE;

  *cursor += strlen (literal);
  return TRUE;
}

/* Reads one to @max_digits digits; more digits than that is a wrong shape,
 * not a number to cut short. */
static gboolean
read_number (const char **cursor,
             guint        max_digits,
             guint       *out_value)
{
  const char *p = *cursor;
  guint       value = 0;
  guint       n_digits = 0;

  while (g_ascii_isdigit (*p) && n_digits < max_digits)
    {
      value = value * 10 + (guint) (*p - '0');
      p++;
      n_digits++;
    }

  if (n_digits == 0 || g_ascii_isdigit (*p))
    return FALSE;

  *cursor = p;
  *out_value = value;
  return TRUE;
}

/* A unit character (年, 月, 日) may have spaces on either side, as some
 * printed forms leave room for handwritten digits. */
static gboolean
skip_unit (const char **cursor,
           const char  *unit)
{
  skip_spaces (cursor);
  if (!skip_literal (cursor, unit))
    return FALSE;

  skip_spaces (cursor);
  return TRUE;
}

/* 「101年12月3日」 */
static gboolean
parse_chinese (const char *p,
               RocYmd     *ymd)
{
  return read_number (&p, YEAR_MAX_DIGITS, &ymd->year)
         && skip_unit (&p, "年")
         && read_number (&p, 2, &ymd->month)
         && skip_unit (&p, "月")
         && read_number (&p, 2, &ymd->day)
         && skip_unit (&p, "日")
         && *p == '\0';
}

/* 「101.12.03」, 「101/12/3」, 「101-12-03」: the same separator twice. */
static gboolean
parse_separated (const char *p,
                 RocYmd     *ymd)
{
  char separator;

  if (!read_number (&p, YEAR_MAX_DIGITS, &ymd->year))
    return FALSE;

  separator = *p;
  if (separator != '.' && separator != '/' && separator != '-')
    return FALSE;
  p++;

  if (!read_number (&p, 2, &ymd->month) || *p != separator)
    return FALSE;
  p++;

  return read_number (&p, 2, &ymd->day) && *p == '\0';
}

static guint
digits_value (const char *p,
              guint       n_digits)
{
  guint value = 0;

  for (guint i = 0; i < n_digits; i++)
    value = value * 10 + (guint) (p[i] - '0');

  return value;
}

/* 「1011203」 (three-digit year) or 「991231」 (two-digit year): month and
 * day always take two digits, so the length alone fixes the year's. */
static gboolean
parse_compact (const char *p,
               RocYmd     *ymd)
{
  gsize len = strlen (p);
  guint year_digits;

  if (len != 6 && len != 7)
    return FALSE;

  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (p[i]))
      return FALSE;

  year_digits = (guint) len - 4;
  ymd->year = digits_value (p, year_digits);
  ymd->month = digits_value (p + year_digits, 2);
  ymd->day = digits_value (p + year_digits + 2, 2);
  return TRUE;
}

static gboolean
parse_shape (const char *normalized,
             RocYmd     *ymd)
{
  const char *p = normalized;

  /* 「中華民國」 is the full name of the era, common in official letters. */
  if (skip_literal (&p, "中華民國") || skip_literal (&p, "民國"))
    skip_spaces (&p);

  return parse_chinese (p, ymd)
         || parse_separated (p, ymd)
         || parse_compact (p, ymd);
}

static void
set_empty_error (GError **error)
{
  g_set_error_literal (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_EMPTY,
                       _ ("Enter a date in the ROC calendar, for example "
                          "114.07.04."));
}

static void
set_format_error (GError    **error,
                  const char *shown)
{
  g_set_error (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_INVALID_FORMAT,
               _ ("“%s” is not a date in the ROC calendar. Type the year, "
                  "month and day, for example 114.07.04, 114/07/04 or "
                  "1140704."),
               shown);
}

/* Checks a date of the right shape; @shown is the text to quote. */
static gboolean
check_ymd (const RocYmd *ymd,
           const char   *shown,
           GError      **error)
{
  if (ymd->year < 1 || ymd->year > ROC_YEAR_MAX)
    {
      g_set_error (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_OUT_OF_RANGE,
                   _ ("The year in “%s” is outside the ROC calendar. ROC years "
                      "run from 1 (1912) to 999; for a Western year, subtract "
                      "1911."),
                   shown);
      return FALSE;
    }

  /* g_date_valid_dmy() takes narrow types: rule out what would not fit. */
  if (ymd->month < 1 || ymd->month > 12 || ymd->day < 1 || ymd->day > 31
      || !g_date_valid_dmy ((GDateDay) ymd->day, (GDateMonth) ymd->month,
                            (GDateYear) (ymd->year + EC_ROC_YEAR_OFFSET)))
    {
      g_set_error (error, EC_VALIDATION_ERROR, EC_VALIDATION_ERROR_INVALID_DATE,
                   _ ("“%s” is not a day that exists. Check the month "
                      "(1 to 12) and the day of the month."),
                   shown);
      return FALSE;
    }

  return TRUE;
}

/**
 * ec_roc_date_parse:
 * @text: a date in the ROC calendar, as a person typed it
 * @error: return location for an #EC_VALIDATION_ERROR
 *
 * Reads 「民國 101年12月03日」, 「101年12月3日」, `101.12.03`, `101/12/3`,
 * `101-12-03` and the compact `1011203` (or `991231` with a two-digit
 * year), each with or without 「民國」 (or 「中華民國」) in front.  White space
 * around the date is ignored, and full-width digits and punctuation, as a
 * Chinese input method types them, count as ASCII ones.
 *
 * Returns: (transfer full) (nullable): midnight at the start of that day
 *   in Taiwan, or %NULL with @error set: %EC_VALIDATION_ERROR_EMPTY,
 *   %EC_VALIDATION_ERROR_INVALID_FORMAT for an unknown shape,
 *   %EC_VALIDATION_ERROR_OUT_OF_RANGE for a year outside 1–999, or
 *   %EC_VALIDATION_ERROR_INVALID_DATE for a day that does not exist.
 */
GDateTime *
ec_roc_date_parse (const char *text,
                   GError    **error)
{
  g_autofree char *normalized = NULL;
  RocYmd           ymd = { 0 };

  if (text == NULL)
    {
      set_empty_error (error);
      return NULL;
    }

  if (!g_utf8_validate (text, -1, NULL))
    {
      /* Bytes that are not text cannot be quoted back as they are. */
      g_autofree char *shown = g_strstrip (g_utf8_make_valid (text, -1));

      set_format_error (error, shown);
      return NULL;
    }

  /* The messages quote the normalized text: it is what was read, and it
   * has the white space around it trimmed. */
  normalized = normalize (text);
  if (*normalized == '\0')
    {
      set_empty_error (error);
      return NULL;
    }

  if (!parse_shape (normalized, &ymd))
    {
      set_format_error (error, normalized);
      return NULL;
    }

  if (!check_ymd (&ymd, normalized, error))
    return NULL;

  return g_date_time_new (ec_time_zone_taiwan (),
                          (int) (ymd.year + EC_ROC_YEAR_OFFSET),
                          (int) ymd.month, (int) ymd.day, 0, 0, 0);
}
