/* ec-calendar.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-calendar"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "ec-calendar.h"
#include "ec-core-resources.h"
#include "ec-error.h"
#include "ec-time.h"

/* The calendar is data, not code: the government publishes it once a year,
 * and a new year's file must not need a new build of the rules.  Each line
 * of the TSV is `YYYY-MM-DD <TAB> off|work <TAB> name`; `#` starts a comment.
 * A year is "known" when at least one of its dates is listed. */

#define DEFAULT_CALENDAR_PATH RESOURCE_PREFIX "/calendar/tw-gov-office-calendar.tsv"

/* No published calendar has a run of days off anywhere near this long; the
 * bound only stops the loop should a file ever declare years off.  It bounds
 * the days off in a row, not the days scanned, so that adding any number of
 * working days still reaches the right date. */
#define MAX_DAYS_OFF_IN_A_ROW (366 * 4)

typedef struct {
  EcDayKind kind;
  char     *name;
} DayEntry;

struct _EcCalendar {
  GObject parent_instance;

  /* Julian day number → DayEntry, only for the dates the file lists. */
  GHashTable *days;
  /* Years with data, as GUINT_TO_POINTER (year). */
  GHashTable *years;
};

G_DEFINE_FINAL_TYPE (EcCalendar, ec_calendar, G_TYPE_OBJECT)

static void
day_entry_free (gpointer data)
{
  DayEntry *entry = data;

  g_free (entry->name);
  g_free (entry);
}

static void
ec_calendar_finalize (GObject *object)
{
  EcCalendar *self = EC_CALENDAR (object);

  g_clear_pointer (&self->days, g_hash_table_unref);
  g_clear_pointer (&self->years, g_hash_table_unref);

  G_OBJECT_CLASS (ec_calendar_parent_class)->finalize (object);
}

static void
ec_calendar_class_init (EcCalendarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ec_calendar_finalize;
}

static void
ec_calendar_init (EcCalendar *self)
{
  self->days = g_hash_table_new_full (NULL, NULL, NULL, day_entry_free);
  self->years = g_hash_table_new (NULL, NULL);
}

static gboolean
parse_line (EcCalendar *self,
            const char *line,
            guint       line_number,
            GError    **error)
{
  g_auto (GStrv) fields = g_strsplit (line, "\t", 3);
  GDate     date;
  DayEntry *entry;
  EcDayKind kind;
  guint     julian;

  if (g_strv_length (fields) < 2)
    {
      g_set_error (error, EC_DATA_ERROR, EC_DATA_ERROR_MALFORMED,
                   "calendar line %u: expected “date<TAB>kind<TAB>name”",
                   line_number);
      return FALSE;
    }

  if (!ec_date_from_iso8601 (fields[0], &date, NULL))
    {
      g_set_error (error, EC_DATA_ERROR, EC_DATA_ERROR_MALFORMED,
                   "calendar line %u: “%s” is not a YYYY-MM-DD date",
                   line_number, fields[0]);
      return FALSE;
    }

  if (g_strcmp0 (fields[1], "off") == 0)
    kind = EC_DAY_KIND_HOLIDAY;
  else if (g_strcmp0 (fields[1], "work") == 0)
    kind = EC_DAY_KIND_WORKING;
  else
    {
      g_set_error (error, EC_DATA_ERROR, EC_DATA_ERROR_MALFORMED,
                   "calendar line %u: kind “%s” is neither “off” nor “work”",
                   line_number, fields[1]);
      return FALSE;
    }

  julian = g_date_get_julian (&date);
  if (g_hash_table_contains (self->days, GUINT_TO_POINTER (julian)))
    {
      g_set_error (error, EC_DATA_ERROR, EC_DATA_ERROR_MALFORMED,
                   "calendar line %u: %s is listed twice", line_number,
                   fields[0]);
      return FALSE;
    }

  entry = g_new0 (DayEntry, 1);
  entry->kind = kind;
  entry->name = g_strdup (fields[2] != NULL ? g_strstrip (fields[2]) : "");
  g_hash_table_insert (self->days, GUINT_TO_POINTER (julian), entry);
  g_hash_table_add (self->years, GUINT_TO_POINTER ((guint) g_date_get_year (&date)));

  return TRUE;
}

/**
 * ec_calendar_new_from_bytes:
 * @tsv: the calendar file's contents (UTF-8)
 * @error: return location for an #EC_DATA_ERROR
 *
 * Returns: (transfer full) (nullable): a calendar, or %NULL with @error set
 *   if any line is malformed; a half-read calendar would give wrong dates.
 */
EcCalendar *
ec_calendar_new_from_bytes (GBytes  *tsv,
                            GError **error)
{
  g_autoptr (EcCalendar) self = g_object_new (EC_TYPE_CALENDAR, NULL);
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  gsize       size = 0;
  const char *data;

  g_return_val_if_fail (tsv != NULL, NULL);

  data = g_bytes_get_data (tsv, &size);
  if (!g_utf8_validate_len (data, size, NULL))
    {
      g_set_error_literal (error, EC_DATA_ERROR, EC_DATA_ERROR_MALFORMED,
                           "calendar: the file is not valid UTF-8");
      return NULL;
    }

  /* An empty GBytes may have no data at all, and g_strndup() turns that
   * into NULL; an empty file is a calendar without days, not an error. */
  text = size > 0 ? g_strndup (data, size) : g_strdup ("");
  lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = lines[i];
      gsize len = strlen (line);

      if (len > 0 && line[len - 1] == '\r')
        line[len - 1] = '\0';
      if (line[0] == '\0' || line[0] == '#')
        continue;
      if (!parse_line (self, line, i + 1, error))
        return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * ec_calendar_new_default:
 *
 * The calendar bundled with the program (`data/tw-gov-office-calendar.tsv`).
 * It is checked by the unit tests, so failing to read it is a build defect.
 *
 * Returns: (transfer full): the bundled calendar.
 */
EcCalendar *
ec_calendar_new_default (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  EcCalendar *calendar;

  bytes = g_resource_lookup_data (ec_core_get_resource (), DEFAULT_CALENDAR_PATH,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    g_error ("The bundled office calendar is missing: %s", error->message);

  calendar = ec_calendar_new_from_bytes (bytes, &error);
  if (calendar == NULL)
    g_error ("The bundled office calendar is malformed: %s", error->message);

  return calendar;
}

/**
 * ec_calendar_has_year:
 * @self: a calendar
 * @year: a Gregorian year
 *
 * Returns: %TRUE if the calendar lists days for @year.  For other years it
 *   knows only weekends, and callers should say that a date is an estimate.
 */
gboolean
ec_calendar_has_year (EcCalendar *self,
                      guint       year)
{
  g_return_val_if_fail (EC_IS_CALENDAR (self), FALSE);

  return g_hash_table_contains (self->years, GUINT_TO_POINTER (year));
}

static const DayEntry *
lookup (EcCalendar  *self,
        const GDate *date)
{
  return g_hash_table_lookup (self->days,
                              GUINT_TO_POINTER (g_date_get_julian (date)));
}

/**
 * ec_calendar_get_day_kind:
 * @self: a calendar
 * @date: a valid date
 *
 * Returns: whether @date is a working day, a weekend day or a holiday.
 */
EcDayKind
ec_calendar_get_day_kind (EcCalendar  *self,
                          const GDate *date)
{
  const DayEntry *entry;
  GDateWeekday    weekday;

  g_return_val_if_fail (EC_IS_CALENDAR (self), EC_DAY_KIND_WORKING);
  g_return_val_if_fail (date != NULL && g_date_valid (date), EC_DAY_KIND_WORKING);

  entry = lookup (self, date);
  if (entry != NULL)
    return entry->kind;

  weekday = g_date_get_weekday (date);
  if (weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY)
    return EC_DAY_KIND_WEEKEND;

  return EC_DAY_KIND_WORKING;
}

/**
 * ec_calendar_get_day_name:
 * @self: a calendar
 * @date: a valid date
 *
 * Returns: (nullable): the name the calendar gives @date (「中秋節」,
 *   「補行上班」…), or %NULL for an ordinary day.
 */
const char *
ec_calendar_get_day_name (EcCalendar  *self,
                          const GDate *date)
{
  const DayEntry *entry;

  g_return_val_if_fail (EC_IS_CALENDAR (self), NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  entry = lookup (self, date);
  return entry != NULL && entry->name[0] != '\0' ? entry->name : NULL;
}

/**
 * ec_calendar_is_working_day:
 * @self: a calendar
 * @date: a valid date
 *
 * Returns: %TRUE if government offices work on @date.
 */
gboolean
ec_calendar_is_working_day (EcCalendar  *self,
                            const GDate *date)
{
  return ec_calendar_get_day_kind (self, date) == EC_DAY_KIND_WORKING;
}

/**
 * ec_calendar_add_working_days:
 * @self: a calendar
 * @from: the day the count starts after
 * @n_days: how many working days to count
 * @out_date: (out caller-allocates): the @n_days-th working day after @from
 *   (@from itself when @n_days is 0)
 *
 * "Three working days after Friday" is the following Wednesday: the count
 * starts the day after @from, whatever kind of day @from is.
 *
 * Returns: %TRUE if every day counted lies in a year the calendar has data
 *   for; %FALSE if some did not, so that @out_date is an estimate (weekends
 *   only) that a holiday may still push back.
 */
gboolean
ec_calendar_add_working_days (EcCalendar  *self,
                              const GDate *from,
                              guint        n_days,
                              GDate       *out_date)
{
  gboolean exact = TRUE;
  guint    days_off_in_a_row = 0;

  g_return_val_if_fail (EC_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (from != NULL && g_date_valid (from), FALSE);
  g_return_val_if_fail (out_date != NULL, FALSE);

  *out_date = *from;

  while (n_days > 0)
    {
      g_date_add_days (out_date, 1);

      if (!ec_calendar_has_year (self, g_date_get_year (out_date)))
        exact = FALSE;

      if (ec_calendar_is_working_day (self, out_date))
        {
          n_days--;
          days_off_in_a_row = 0;
        }
      else if (++days_off_in_a_row > MAX_DAYS_OFF_IN_A_ROW)
        {
          /* The file cannot be right; whatever date this is, it is not
           * one to rely on. */
          return FALSE;
        }
    }

  return exact;
}
