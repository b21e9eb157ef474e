/* test-summary-report.c: the year's report, exported to PDF in zh_TW and
 * read back with poppler's pdfinfo and pdftotext: a long course list runs
 * over several numbered pages, a short one fits on one.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "print/ec-summary-report.h"
#include "ec-test-util.h"
#include "ec-core.h"
#include "ec-test-ui.h"

/* Exports @report into a folder of its own; returns its text without white
 * space, and its number of pages. */
static char *
export_and_read (EcSummaryReport *report,
                 guint           *out_pages)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ec-test-report-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  const char      *pages;

  g_assert_no_error (error);
  path = g_build_filename (dir, "report.pdf", NULL);
  g_assert_true (ec_summary_report_export_pdf (report, NULL, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  info = ec_test_ui_run_poppler ("pdfinfo", path);
  pages = strstr (info, "Pages:");
  g_assert_nonnull (pages);
  *out_pages = (guint) strtoul (pages + strlen ("Pages:"), NULL, 10);
  text = ec_test_ui_run_poppler ("pdftotext", path);
  g_test_message ("pdftotext:\n%s", text);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  return ec_test_ui_without_space (text);
}

static void
assert_shows (const char *compact_text,
              const char *needle)
{
  g_autofree char *compact_needle = ec_test_ui_without_space (needle);

  if (strstr (compact_text, compact_needle) == NULL)
    g_error ("the report does not show “%s”", needle);
}

static gint64
taiwan_noon (guint year,
             guint month,
             guint day)
{
  g_autoptr (GDateTime) utc = g_date_time_new_utc (year, month, day, 4, 0, 0);

  return g_date_time_to_unix (utc);
}

/* Course @i of the year: four verdicts in turn on lifelong learning, and
 * every third course with environmental-education hours. */
static EcRecord *
new_record (guint i)
{
  EcRecord *record = ec_record_new ();
  guint     day = 1 + i % 28;
  guint     month = 1 + (i / 28) % 12;

  record->id = i + 1;
  record->course = g_strdup_printf ("公務課程第 %03u 講", i + 1);
  record->route = EC_LOGIN_ROUTE_ECPA;
  record->completed_at = taiwan_noon (2026, month, day);
  for (guint n = 0; n < EC_N_NETWORKS; n++)
    {
      record->networks[n].status = EC_UPLOAD_STATUS_NOT_ELIGIBLE;
      record->networks[n].reason = EC_UPLOAD_REASON_NO_CERTIFIED_HOURS;
      g_date_clear (&record->networks[n].date, 1);
    }

  record->minutes[EC_NETWORK_LIFELONG] = 60 + 30 * (i % 3);
  switch (i % 4)
    {
    case 0:
      record->networks[EC_NETWORK_LIFELONG].status = EC_UPLOAD_STATUS_UPLOADED;
      record->networks[EC_NETWORK_LIFELONG].reason = EC_UPLOAD_REASON_NONE;
      g_date_set_dmy (&record->networks[EC_NETWORK_LIFELONG].date, 5, 3, 2026);
      break;
    case 1:
      record->networks[EC_NETWORK_LIFELONG].status = EC_UPLOAD_STATUS_PENDING;
      record->networks[EC_NETWORK_LIFELONG].reason = EC_UPLOAD_REASON_NONE;
      g_date_set_dmy (&record->networks[EC_NETWORK_LIFELONG].date, 4, 12, 2026);
      break;
    case 2:
      record->networks[EC_NETWORK_LIFELONG].reason = EC_UPLOAD_REASON_NOT_OFFICIAL_ACCOUNT;
      record->networks[EC_NETWORK_LIFELONG].remedy = EC_REMEDY_CONVERT_ACCOUNT;
      break;
    default:
      record->route = EC_LOGIN_ROUTE_SOCIAL;
      record->networks[EC_NETWORK_LIFELONG].status = EC_UPLOAD_STATUS_NEVER;
      record->networks[EC_NETWORK_LIFELONG].reason = EC_UPLOAD_REASON_SOCIAL_LOGIN;
      record->networks[EC_NETWORK_LIFELONG].remedy = EC_REMEDY_RESTUDY;
      break;
    }

  if (i % 3 == 0)
    {
      record->minutes[EC_NETWORK_ENV] = 60;
      record->networks[EC_NETWORK_ENV].status = EC_UPLOAD_STATUS_PENDING;
      record->networks[EC_NETWORK_ENV].reason = EC_UPLOAD_REASON_NONE;
      g_date_set_dmy (&record->networks[EC_NETWORK_ENV].date, 6, 1, 2027);
      record->networks[EC_NETWORK_ENV].date_is_estimate = TRUE;
    }
  return record;
}

static GPtrArray *
new_records (guint n)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) ec_record_free);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (records, new_record (i));
  return records;
}

static void
init_summary (EcYearSummary *summary)
{
  memset (summary, 0, sizeof *summary);
  summary->year = 2026;
  g_date_clear (&summary->cutoff, 1);
  g_date_set_dmy (&summary->cutoff, 30, G_DATE_NOVEMBER, 2026);
  summary->networks[EC_NETWORK_LIFELONG] = (EcNetworkSummary){ 120, 10800, 2700, 2700, 5400, 900 };
  summary->networks[EC_NETWORK_ENV] = (EcNetworkSummary){ 40, 2400, 0, 2400, 0, 2400 };
  summary->env_counted_minutes = 90;
  summary->env_missing_minutes = 150;
}

static void
test_many_pages (void)
{
  g_autoptr (GPtrArray) records = new_records (120);
  g_autoptr (EcSummaryReport) report = NULL;
  g_autofree char *text = NULL;
  g_autofree char *first_page = NULL;
  g_autofree char *last_page = NULL;
  EcYearSummary    summary;
  guint            pages = 0;

  init_summary (&summary);
  report = ec_summary_report_new ("林美華", &summary, records);
  text = export_and_read (report, &pages);
  g_assert_cmpuint (pages, >, 1);

  assert_shows (text, "2026 年學習時數");
  assert_shows (text, "學習者：林美華");
  assert_shows (text, "產生日期：");
  assert_shows (text, "趕不上截止日（2026年11月30日）");
  assert_shows (text, "環境教育：已採計 1.5 小時，共需 4 小時（尚缺 2.5 小時）");
  assert_shows (text, "終身學習：有 15 小時無法在截止日 2026年11月30日 前上傳");
  assert_shows (text, "課程清單");
  assert_shows (text, "公務課程第 001 講");
  assert_shows (text, "公務課程第 120 講");
  assert_shows (text, "已上傳 2026-03-05");
  assert_shows (text, "預計 2026-12-04");
  assert_shows (text, ec_upload_reason_get_summary (EC_UPLOAD_REASON_NOT_OFFICIAL_ACCOUNT));
  assert_shows (text, ec_upload_status_get_label (EC_UPLOAD_STATUS_NEVER));

  first_page = g_strdup_printf ("第 1 頁，共 %u 頁", pages);
  last_page = g_strdup_printf ("第 %u 頁，共 %u 頁", pages, pages);
  assert_shows (text, first_page);
  assert_shows (text, last_page);
  /* Every course once: a row is never drawn on two pages, nor dropped. */
  for (guint i = 0; i < records->len; i++)
    {
      const EcRecord  *record = g_ptr_array_index (records, i);
      g_autofree char *course = ec_test_ui_without_space (record->course);
      const char      *found = strstr (text, course);

      g_assert_nonnull (found);
      g_assert_null (strstr (found + 1, course));
    }
}

static void
test_one_page (void)
{
  g_autoptr (GPtrArray) records = new_records (3);
  g_autoptr (EcSummaryReport) report = NULL;
  g_autofree char *text = NULL;
  EcYearSummary    summary;
  guint            pages = 0;

  init_summary (&summary);
  summary.env_counted_minutes = 300;
  summary.env_missing_minutes = 0;
  report = ec_summary_report_new ("陳志明", &summary, records);
  text = export_and_read (report, &pages);
  g_assert_cmpuint (pages, ==, 1);
  assert_shows (text, "學習者：陳志明");
  assert_shows (text, "（已達標）");
  assert_shows (text, "預計 2027-01-06（估計）");
  assert_shows (text, "第 1 頁，共 1 頁");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  if (!ec_test_switch_to_zh_tw ())
    g_error ("The zh_TW.UTF-8 locale is missing: run build-aux/install-deps.sh");
  textdomain (GETTEXT_PACKAGE);

  g_test_add_func ("/ui/summary-report/many-pages", test_many_pages);
  g_test_add_func ("/ui/summary-report/one-page", test_one_page);

  return g_test_run ();
}
