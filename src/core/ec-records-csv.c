/* ec-records-csv.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-records-csv"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ec-records-csv.h"
#include "ec-upload-labels.h"
#include "ec-time.h"
#include "ec-year-summary.h"

/* The file is for spreadsheets, the way learners hand their hours to the
 * personnel office.  Excel takes a CSV file without a byte order mark for
 * the legacy code page (Big5 in Taiwan) and garbles every course name, so
 * the file starts with one; it also expects CRLF line ends (RFC 4180). */
#define UTF8_BOM "\xEF\xBB\xBF"
#define CSV_LINE_END "\r\n"

/* Appends @field to @row, escaped, and the comma that ends it (write_row()
 * turns the last one into the line end).  Course names come from a
 * server, and a cell that starts with one of these characters is a formula
 * to a spreadsheet (CSV injection): an apostrophe in front makes it text.
 * Tab and carriage return start formulas in some spreadsheets too. */
static void
append_field (GString    *row,
              const char *field)
{
  gboolean quote;

  if (field == NULL)
    field = "";

  quote = strpbrk (field, ",\"\r\n") != NULL;
  if (quote)
    g_string_append_c (row, '"');

  if (field[0] != '\0' && strchr ("=+-@\t\r", field[0]) != NULL)
    g_string_append_c (row, '\'');

  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (row, '"');
      g_string_append_c (row, *p);
    }

  if (quote)
    g_string_append_c (row, '"');

  g_string_append_c (row, ',');
}

/* Takes a formatted string, so that the caller need not keep it. */
static void
append_field_take (GString *row,
                   char    *field)
{
  append_field (row, field);
  g_free (field);
}

static void
append_date_field (GString     *row,
                   const GDate *date)
{
  append_field_take (row, g_date_valid (date) ? ec_date_to_iso8601 (date) : NULL);
}

static gboolean
write_row (GOutputStream *stream,
           GString       *row,
           GCancellable  *cancellable,
           GError       **error)
{
  g_assert (row->len > 0 && row->str[row->len - 1] == ',');
  g_string_truncate (row, row->len - 1);
  g_string_append (row, CSV_LINE_END);

  /* Not every stream looks at the cancellable (a memory stream does not),
   * and a long record is many rows: look at it here too. */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  return g_output_stream_write_all (stream, row->str, row->len, NULL, cancellable, error);
}

static void
build_header (GString *row)
{
  append_field (row, _ ("Course"));
  append_field (row, _ ("Completion date"));
  append_field (row, _ ("Login route"));

  for (guint n = 0; n < EC_N_NETWORKS; n++)
    {
      const char *network = ec_network_get_label ((EcNetwork) n);

      /* Translators: a column of a CSV file; %s is a network's name. */
      append_field_take (row, g_strdup_printf (_ ("%s hours"), network));
      /* Translators: a column of a CSV file (uploaded, pending…); %s is a
       * network's name. */
      append_field_take (row, g_strdup_printf (_ ("%s status"), network));
      /* Translators: a column of a CSV file (the upload date, or the
       * expected one); %s is a network's name. */
      append_field_take (row, g_strdup_printf (_ ("%s date"), network));
      /* Translators: a column of a CSV file (why the hours do not upload);
       * %s is a network's name. */
      append_field_take (row, g_strdup_printf (_ ("%s reason"), network));
    }
}

static void
build_record (GString        *row,
              const EcRecord *record)
{
  append_field (row, record->course);

  if (record->completed_at != EC_TIME_NEVER)
    {
      GDate completed;

      ec_time_to_taiwan_date (record->completed_at, &completed);
      append_date_field (row, &completed);
    }
  else
    {
      append_field (row, NULL);
    }

  append_field (row, ec_login_route_get_label (record->route));

  for (guint n = 0; n < EC_N_NETWORKS; n++)
    {
      const EcNetworkStatus *status = &record->networks[n];

      append_field_take (row, ec_minutes_format_hours (record->minutes[n]));
      append_field (row, ec_upload_status_get_label (status->status));
      append_date_field (row, &status->date);
      append_field (row, status->reason != EC_UPLOAD_REASON_NONE
                             ? ec_upload_reason_get_summary (status->reason)
                             : NULL);
    }
}

/**
 * ec_records_write_csv:
 * @records: (element-type EcRecord): the learning record
 * @stream: where to write
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an I/O error
 *
 * Writes @records as CSV (RFC 4180) that a spreadsheet opens right: UTF-8
 * with a byte order mark, CRLF line ends, a translated header row, then a
 * row per course, its dates in Taiwan and, per network, the hours, the
 * upload status, the date and the reason.  Tombstones are left out.
 *
 * @stream is flushed but not closed: the caller closes it, and must check
 * that too, since a file may only fail then.
 *
 * Returns: %TRUE if everything was written.
 */
gboolean
ec_records_write_csv (GPtrArray     *records,
                      GOutputStream *stream,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr (GString) row = g_string_new (UTF8_BOM);

  g_return_val_if_fail (records != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The mark goes in front of the header, not as a field of its own: it
   * must not be quoted nor followed by a comma. */
  build_header (row);
  if (!write_row (stream, row, cancellable, error))
    return FALSE;

  for (guint i = 0; i < records->len; i++)
    {
      const EcRecord *record = g_ptr_array_index (records, i);

      if (record->deleted)
        continue;

      g_string_truncate (row, 0);
      build_record (row, record);
      if (!write_row (stream, row, cancellable, error))
        return FALSE;
    }

  return g_output_stream_flush (stream, cancellable, error);
}
