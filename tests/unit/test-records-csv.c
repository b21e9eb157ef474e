/* test-records-csv.c: the learning record as a CSV file: what a
 * spreadsheet needs to open it right, quoting, the guard against formulas
 * in course names, and write errors that must reach the learner.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ec-core.h"
#include "ec-test-util.h"

#define BOM "\xEF\xBB\xBF"

#define HEADER                                                               \
  "Course,Completion date,Login route,"                                      \
  "Lifelong learning hours,Lifelong learning status,Lifelong learning date," \
  "Lifelong learning reason,"                                                \
  "Teachers' in-service network hours,Teachers' in-service network status,"  \
  "Teachers' in-service network date,Teachers' in-service network reason,"   \
  "Environmental education hours,Environmental education status,"            \
  "Environmental education date,Environmental education reason\r\n"

/* The fields after the course, the date and the route of a record made by
 * new_record(): no certified hours anywhere. */
#define NO_HOURS                        \
  "0,Not eligible,,No certified hours," \
  "0,Not eligible,,No certified hours," \
  "0,Not eligible,,No certified hours"

typedef struct {
  const char *course;
  const char *field; /* as the CSV file must hold it */
} FieldCase;

/* Course names a server might send: each must come back as the same
 * text, and never as a formula. */
static const FieldCase courses[] = {
  { "公務倫理", "公務倫理" },
  { "Law, ethics", "\"Law, ethics\"" },
  { "The \"new\" law", "\"The \"\"new\"\" law\"" },
  { "Part 1\nPart 2", "\"Part 1\nPart 2\"" },
  { "Part 1\r\nPart 2", "\"Part 1\r\nPart 2\"" },
  { "Law, \"ethics\"\nand more", "\"Law, \"\"ethics\"\"\nand more\"" },
  { "=1+2", "'=1+2" },
  { "+886", "'+886" },
  { "-1", "'-1" },
  { "@SUM(A1:A9)", "'@SUM(A1:A9)" },
  { "\tx", "'\tx" },
  { "=HYPERLINK(\"http://example.com\", \"x\")",
    "\"'=HYPERLINK(\"\"http://example.com\"\", \"\"x\"\")\"" },
  { "e-learning", "e-learning" },
  { "", "" },
};

static EcRecord *
new_record (const char *course,
            const char *completed_at)
{
  EcRecord *record = ec_record_new ();

  record->id = 1;
  record->course = g_strdup (course);
  record->route = EC_LOGIN_ROUTE_ECPA;
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

/* The record of docs/api.md (with 90 minutes for the environment). */
static EcRecord *
new_api_record (void)
{
  EcRecord *record = ec_record_new ();

  record->id = 15;
  record->course = g_strdup ("水資源保育與永續");
  record->route = EC_LOGIN_ROUTE_ECPA;
  record->completed_at = 1793821398; /* 2026-11-05T03:43:18+08:00 */
  record->minutes[EC_NETWORK_LIFELONG] = 120;
  record->minutes[EC_NETWORK_TEACHER] = 0;
  record->minutes[EC_NETWORK_ENV] = 90;
  record->networks[EC_NETWORK_LIFELONG].status = EC_UPLOAD_STATUS_UPLOADED;
  g_date_set_dmy (&record->networks[EC_NETWORK_LIFELONG].date, 10, G_DATE_NOVEMBER, 2026);
  record->networks[EC_NETWORK_TEACHER].status = EC_UPLOAD_STATUS_NOT_ELIGIBLE;
  record->networks[EC_NETWORK_TEACHER].reason = EC_UPLOAD_REASON_NO_CERTIFIED_HOURS;
  record->networks[EC_NETWORK_ENV].status = EC_UPLOAD_STATUS_PENDING;
  record->networks[EC_NETWORK_ENV].remedy = EC_REMEDY_WAIT;
  g_date_set_dmy (&record->networks[EC_NETWORK_ENV].date, 3, G_DATE_DECEMBER, 2026);
  return record;
}

static GPtrArray *
new_records (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) ec_record_free);
}

/* The whole file, as a string. */
static char *
write_csv (GPtrArray *records)
{
  g_autoptr (GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr (GError) error = NULL;

  g_assert_true (ec_records_write_csv (records, stream, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, &error));
  g_assert_no_error (error);

  /* Nothing writes a NUL, so the string is the whole file. */
  g_assert_null (memchr (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)), '\0',
                         g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream))));
  return g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)),
                    g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)));
}

/* Reads @text back as RFC 4180 does (the BOM skipped): a list of rows, each
 * a %NULL-terminated array of fields.  Every row must end with CRLF. */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr (GPtrArray) fields = NULL;
  g_autoptr (GString) field = g_string_new (NULL);
  const char *p = text;

  g_assert_true (g_str_has_prefix (p, BOM));
  p += strlen (BOM);

  fields = g_ptr_array_new_with_free_func (g_free);
  while (*p != '\0')
    {
      if (*p == '"')
        {
          /* A quoted field: up to the quote that is not doubled. */
          for (p++;; p++)
            {
              g_assert_true (*p != '\0');
              if (p[0] == '"' && p[1] == '"')
                {
                  g_string_append_c (field, '"');
                  p++;
                }
              else if (*p == '"')
                {
                  p++;
                  break;
                }
              else
                {
                  g_string_append_c (field, *p);
                }
            }
        }
      else
        {
          for (; *p != ',' && *p != '\r' && *p != '\0'; p++)
            {
              g_assert_true (*p != '"' && *p != '\n');
              g_string_append_c (field, *p);
            }
        }

      g_ptr_array_add (fields, g_strdup (field->str));
      g_string_truncate (field, 0);

      if (*p == ',')
        {
          p++;
          continue;
        }

      g_assert_true (g_str_has_prefix (p, "\r\n"));
      p += 2;
      g_ptr_array_add (fields, NULL);
      g_ptr_array_add (rows, g_ptr_array_steal (fields, NULL));
    }

  /* The file ends with a complete row. */
  g_assert_cmpuint (fields->len, ==, 0);
  return rows;
}

static void
test_header (void)
{
  g_autoptr (GPtrArray) records = new_records ();
  g_autofree char *csv = write_csv (records);

  g_assert_cmpstr (csv, ==, BOM HEADER);
}

/* A record of docs/api.md, to the byte: dates in Taiwan as YYYY-MM-DD,
 * hours as the platform writes them, empty reason and date when none. */
static void
test_record (void)
{
  g_autoptr (GPtrArray) records = new_records ();
  g_autofree char *csv = NULL;

  g_ptr_array_add (records, new_api_record ());
  csv = write_csv (records);

  g_assert_cmpstr (csv, ==,
                   BOM HEADER
                   "水資源保育與永續,2026-11-05,eCPA (人事服務網),"
                   "2,Uploaded,2026-11-10,,"
                   "0,Not eligible,,No certified hours,"
                   "1.5,Pending,2026-12-03,\r\n");
}

/* The completion date is the one in Taiwan; a course not completed has
 * none.  A route whose label has a comma is quoted like any field. */
static void
test_dates_and_routes (void)
{
  g_autoptr (GPtrArray) records = new_records ();
  g_autofree char *csv = NULL;
  EcRecord        *record;

  g_ptr_array_add (records, new_record ("跨年課程", "2025-12-31T20:00:00Z"));
  record = new_record ("未完成課程", NULL);
  record->route = EC_LOGIN_ROUTE_SOCIAL;
  record->networks[EC_NETWORK_LIFELONG].status = EC_UPLOAD_STATUS_NEVER;
  record->networks[EC_NETWORK_LIFELONG].reason = EC_UPLOAD_REASON_SOCIAL_LOGIN;
  g_ptr_array_add (records, record);
  csv = write_csv (records);

  g_assert_cmpstr (csv, ==,
                   BOM HEADER
                   "跨年課程,2026-01-01,eCPA (人事服務網)," NO_HOURS "\r\n"
                   "未完成課程,,\"Social account (Facebook, Google)\","
                   "0,Never uploads,,Studied with a social account,"
                   "0,Not eligible,,No certified hours,"
                   "0,Not eligible,,No certified hours\r\n");
}

static void
test_course_field (gconstpointer data)
{
  const FieldCase *row = data;
  g_autoptr (GPtrArray) records = new_records ();
  g_autoptr (GPtrArray) rows = NULL;
  g_autofree char   *csv = NULL;
  g_autofree char   *expected = NULL;
  const char *const *fields;

  g_ptr_array_add (records, new_record (row->course, NULL));
  csv = write_csv (records);

  expected = g_strconcat (BOM HEADER, row->field, ",,eCPA (人事服務網),", NO_HOURS "\r\n", NULL);
  g_assert_cmpstr (csv, ==, expected);

  /* Read back, the field is the course name, with an apostrophe in front
   * of a would-be formula. */
  rows = parse_csv (csv);
  g_assert_cmpuint (rows->len, ==, 2);
  fields = g_ptr_array_index (rows, 1);
  g_assert_cmpuint (g_strv_length ((char **) fields), ==, 3 + 4 * EC_N_NETWORKS);
  g_assert_cmpuint (g_strv_length (g_ptr_array_index (rows, 0)), ==, 3 + 4 * EC_N_NETWORKS);
  if (row->field[0] == '\'' || g_str_has_prefix (row->field, "\"'"))
    {
      g_assert_cmpint (fields[0][0], ==, '\'');
      g_assert_cmpstr (fields[0] + 1, ==, row->course);
    }
  else
    {
      g_assert_cmpstr (fields[0], ==, row->course);
    }
}

static void
test_deleted_skipped (void)
{
  g_autoptr (GPtrArray) records = new_records ();
  g_autoptr (GPtrArray) rows = NULL;
  g_autofree char *csv = NULL;
  EcRecord        *record;

  g_ptr_array_add (records, new_record ("保留的課程", "2026-03-02T10:00:00+08:00"));
  record = ec_record_new ();
  record->id = 2;
  record->deleted = TRUE;
  g_ptr_array_add (records, record);
  g_ptr_array_add (records, new_record ("另一門課程", NULL));
  csv = write_csv (records);

  rows = parse_csv (csv);
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 1))[0], ==, "保留的課程");
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 2))[0], ==, "另一門課程");
}

/* A memory stream of a fixed size, without a function to grow it, fails
 * as a full disk does.  Whatever the place where the space runs out, in
 * the byte order mark, the header or a record, the error comes back. */
static void
test_full (void)
{
  g_autoptr (GPtrArray) records = new_records ();
  g_autofree char *csv = NULL;
  gsize            size;

  g_ptr_array_add (records, new_api_record ());
  g_ptr_array_add (records, new_record ("公務倫理", NULL));
  csv = write_csv (records);
  size = strlen (csv);

  for (gsize room = 0; room < size; room++)
    {
      g_autofree char *buffer = g_malloc (MAX (room, 1));
      g_autoptr (GOutputStream) stream = g_memory_output_stream_new (buffer, room, NULL, NULL);
      g_autoptr (GError) error = NULL;

      g_assert_false (ec_records_write_csv (records, stream, NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
    }

  /* Exactly enough room is enough. */
  {
    g_autofree char *buffer = g_malloc (size);
    g_autoptr (GOutputStream) stream = g_memory_output_stream_new (buffer, size, NULL, NULL);
    g_autoptr (GError) error = NULL;

    g_assert_true (ec_records_write_csv (records, stream, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpmem (buffer, size, csv, size);
  }
}

static void
test_closed (void)
{
  g_autoptr (GPtrArray) records = new_records ();
  g_autoptr (GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr (GError) error = NULL;

  g_ptr_array_add (records, new_api_record ());
  g_assert_true (g_output_stream_close (stream, NULL, NULL));

  g_assert_false (ec_records_write_csv (records, stream, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CLOSED);
}

static void
test_cancelled (void)
{
  g_autoptr (GPtrArray) records = new_records ();
  g_autoptr (GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;

  g_ptr_array_add (records, new_api_record ());
  g_cancellable_cancel (cancellable);

  g_assert_false (ec_records_write_csv (records, stream, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* The header and the cells' words are in the learner's language; only a
 * machine without the zh_TW locale skips this. */
static void
test_translated (void)
{
  g_autoptr (GPtrArray) records = new_records ();
  g_autoptr (GPtrArray) rows = NULL;
  g_autofree char *csv = NULL;
  char           **header;
  char           **fields;

  g_ptr_array_add (records, new_api_record ());
  if (!ec_test_switch_to_zh_tw ())
    return;
  csv = write_csv (records);
  rows = parse_csv (csv);
  header = g_ptr_array_index (rows, 0);
  fields = g_ptr_array_index (rows, 1);

  ec_test_assert_translated (header[0], "Course", "課程");
  ec_test_assert_translated (header[1], "Completion date", "日期");
  ec_test_assert_translated (header[2], "Login route", "登入");
  g_assert_cmpstr (header[3], ==, "終身學習時數");
  g_assert_cmpstr (header[4], ==, "終身學習上傳狀態");
  g_assert_cmpstr (header[5], ==, "終身學習上傳日期");
  g_assert_cmpstr (header[6], ==, "終身學習未上傳原因");
  g_assert_cmpstr (fields[4], ==, "已上傳");
  /* Hours keep their decimal point in every language. */
  g_assert_cmpstr (fields[11], ==, "1.5");
  ec_test_restore_locale ();
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/records-csv/header", test_header);
  g_test_add_func ("/records-csv/record", test_record);
  g_test_add_func ("/records-csv/dates-and-routes", test_dates_and_routes);
  EC_TEST_ADD_CASES ("/records-csv/course", courses, test_course_field);
  g_test_add_func ("/records-csv/deleted-skipped", test_deleted_skipped);
  g_test_add_func ("/records-csv/full", test_full);
  g_test_add_func ("/records-csv/closed", test_closed);
  g_test_add_func ("/records-csv/cancelled", test_cancelled);
  g_test_add_func ("/records-csv/translated", test_translated);

  return g_test_run ();
}
