/* test-year-summary-view.c: a year at a glance, under Xvfb in zh_TW, from
 * summaries written by hand: the minimum reached, hours still missing, and
 * hours that will miss the cut-off.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "ec-test-ui.h"
#include "ec-test-util.h"
#include "records/ec-year-summary-view.h"

typedef struct {
  GtkWidget         *window;
  EcYearSummaryView *view;
} Fixture;

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer user_data)
{
  fixture->window = gtk_window_new (GTK_WINDOW_TOPLEVEL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 760, 420);
  fixture->view = ec_year_summary_view_new ();
  gtk_widget_show (GTK_WIDGET (fixture->view));
  gtk_container_add (GTK_CONTAINER (fixture->window), GTK_WIDGET (fixture->view));
  gtk_widget_show (fixture->window);
  ec_test_ui_settle (fixture->window);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer user_data)
{
  g_clear_pointer (&fixture->window, gtk_widget_destroy);
}

static void
collect (GtkWidget *widget,
         gpointer   user_data)
{
  GPtrArray *widgets = user_data;

  if (!gtk_widget_is_drawable (widget))
    return;
  g_ptr_array_add (widgets, widget);
  if (GTK_IS_CONTAINER (widget))
    gtk_container_forall (GTK_CONTAINER (widget), collect, widgets);
}

static gboolean
shows_text (Fixture    *fixture,
            const char *text)
{
  g_autoptr (GPtrArray) widgets = g_ptr_array_new ();

  collect (GTK_WIDGET (fixture->view), widgets);
  for (guint i = 0; i < widgets->len; i++)
    if (GTK_IS_LABEL (widgets->pdata[i]) && g_strcmp0 (gtk_label_get_text (widgets->pdata[i]), text) == 0)
      return TRUE;
  return FALSE;
}

static void
assert_shows (Fixture    *fixture,
              const char *text)
{
  if (!shows_text (fixture, text))
    g_error ("the summary does not show “%s”", text);
}

static void
assert_does_not_show (Fixture    *fixture,
                      const char *text)
{
  if (shows_text (fixture, text))
    g_error ("the summary shows “%s”", text);
}

/* The grid's cell of @network's row (1 + the network) and @column. */
static const char *
cell_text (Fixture *fixture,
           guint    row,
           guint    column)
{
  GtkGrid   *grid = GTK_GRID (gtk_test_find_widget (GTK_WIDGET (fixture->view), "*", GTK_TYPE_GRID));
  GtkWidget *cell;

  g_assert_nonnull (grid);
  cell = gtk_grid_get_child_at (grid, column, row);
  g_assert_true (GTK_IS_LABEL (cell));
  return gtk_label_get_text (GTK_LABEL (cell));
}

static double
level (Fixture *fixture)
{
  GtkWidget *bar = gtk_test_find_widget (GTK_WIDGET (fixture->view), "*", GTK_TYPE_LEVEL_BAR);

  g_assert_nonnull (bar);
  g_assert_cmpfloat (gtk_level_bar_get_max_value (GTK_LEVEL_BAR (bar)), ==, EC_ENV_YEARLY_MINUTES);
  g_assert_cmpfloat (gtk_level_bar_get_min_value (GTK_LEVEL_BAR (bar)), ==, 0);
  return gtk_level_bar_get_value (GTK_LEVEL_BAR (bar));
}

static void
init_summary (EcYearSummary *summary)
{
  memset (summary, 0, sizeof *summary);
  summary->year = 2026;
  g_date_clear (&summary->cutoff, 1);
  g_date_set_dmy (&summary->cutoff, 30, G_DATE_NOVEMBER, 2026);
}

static void
show (Fixture             *fixture,
      const EcYearSummary *summary)
{
  ec_year_summary_view_set_summary (fixture->view, summary);
  ec_test_ui_settle (fixture->window);
}

static void
test_placeholder (Fixture      *fixture,
                  gconstpointer user_data)
{
  assert_shows (fixture, "尚無可統計的年度");
  show (fixture, NULL);
  assert_shows (fixture, "尚無可統計的年度");
}

/* Four hours of environmental education and more: the minimum is met, and
 * nothing is late. */
static void
test_reached (Fixture      *fixture,
              gconstpointer user_data)
{
  EcYearSummary summary;

  init_summary (&summary);
  summary.networks[EC_NETWORK_LIFELONG] = (EcNetworkSummary){ 4, 600, 450, 90, 60, 0 };
  summary.networks[EC_NETWORK_ENV] = (EcNetworkSummary){ 2, 300, 300, 0, 0, 0 };
  summary.env_counted_minutes = 300;
  summary.env_missing_minutes = 0;
  show (fixture, &summary);

  assert_does_not_show (fixture, "尚無可統計的年度");
  assert_shows (fixture, "2026 年");
  assert_shows (fixture, "民國 115 年");
  assert_shows (fixture, "學習網");
  assert_shows (fixture, "認證時數");
  assert_shows (fixture, "已上傳");
  assert_shows (fixture, "待上傳");
  assert_shows (fixture, "無法上傳");
  assert_shows (fixture, "趕不上截止日（2026年11月30日）");

  g_assert_cmpstr (cell_text (fixture, 1, 0), ==, "終身學習");
  g_assert_cmpstr (cell_text (fixture, 1, 1), ==, "10");
  g_assert_cmpstr (cell_text (fixture, 1, 2), ==, "7.5");
  g_assert_cmpstr (cell_text (fixture, 1, 3), ==, "1.5");
  g_assert_cmpstr (cell_text (fixture, 1, 4), ==, "1");
  g_assert_cmpstr (cell_text (fixture, 1, 5), ==, "0");
  g_assert_cmpstr (cell_text (fixture, 2, 0), ==, "教師進修網");
  g_assert_cmpstr (cell_text (fixture, 2, 1), ==, "0");
  g_assert_cmpstr (cell_text (fixture, 3, 0), ==, "環境教育（環教網）");
  g_assert_cmpstr (cell_text (fixture, 3, 1), ==, "5");

  assert_shows (fixture, "環境教育年度最低時數");
  assert_shows (fixture, "已採計 5 小時，共需 4 小時");
  assert_shows (fixture, "已達標");
  /* The bar stops at the minimum. */
  g_assert_cmpfloat (level (fixture), ==, EC_ENV_YEARLY_MINUTES);
  g_assert_false (shows_text (fixture, "終身學習：有 0 小時無法在截止日 2026年11月30日 前上傳"));
}

static void
test_missing (Fixture      *fixture,
              gconstpointer user_data)
{
  EcYearSummary summary;

  init_summary (&summary);
  summary.year = 2025;
  g_date_set_dmy (&summary.cutoff, 15, G_DATE_DECEMBER, 2025);
  summary.networks[EC_NETWORK_ENV] = (EcNetworkSummary){ 1, 90, 60, 30, 0, 0 };
  summary.env_counted_minutes = 90;
  summary.env_missing_minutes = 150;
  show (fixture, &summary);

  assert_shows (fixture, "2025 年");
  assert_shows (fixture, "民國 114 年");
  assert_shows (fixture, "趕不上截止日（2025年12月15日）");
  g_assert_cmpstr (cell_text (fixture, 3, 2), ==, "1");
  g_assert_cmpstr (cell_text (fixture, 3, 3), ==, "0.5");
  assert_shows (fixture, "已採計 1.5 小時，共需 4 小時");
  assert_shows (fixture, "尚缺 2.5 小時");
  assert_does_not_show (fixture, "已達標");
  g_assert_cmpfloat (level (fixture), ==, 90);
}

/* Pending hours expected after the cut-off: the warning says how many, per
 * network, and the grid's last column agrees. */
static void
test_late (Fixture      *fixture,
           gconstpointer user_data)
{
  EcYearSummary summary;

  init_summary (&summary);
  summary.networks[EC_NETWORK_LIFELONG] = (EcNetworkSummary){ 3, 360, 180, 180, 0, 100 };
  summary.networks[EC_NETWORK_TEACHER] = (EcNetworkSummary){ 1, 120, 0, 120, 0, 120 };
  summary.networks[EC_NETWORK_ENV] = (EcNetworkSummary){ 1, 60, 0, 60, 0, 60 };
  summary.env_counted_minutes = 60;
  summary.env_missing_minutes = 180;
  show (fixture, &summary);

  g_assert_cmpstr (cell_text (fixture, 1, 5), ==, "1.67");
  g_assert_cmpstr (cell_text (fixture, 2, 5), ==, "2");
  g_assert_cmpstr (cell_text (fixture, 3, 5), ==, "1");
  assert_shows (fixture, "終身學習：有 1.67 小時無法在截止日 2026年11月30日 前上傳\n"
                         "教師進修網：有 2 小時無法在截止日 2026年11月30日 前上傳\n"
                         "環境教育（環教網）：有 1 小時無法在截止日 2026年11月30日 前上傳");
  assert_shows (fixture, "已採計 1 小時，共需 4 小時");
  assert_shows (fixture, "尚缺 3 小時");
  g_assert_cmpfloat (level (fixture), ==, 60);
  ec_test_ui_save_screenshot (fixture->window, "year-summary");

  /* Nothing late any more: the warning goes. */
  summary.networks[EC_NETWORK_LIFELONG].late_minutes = 0;
  summary.networks[EC_NETWORK_TEACHER].late_minutes = 0;
  summary.networks[EC_NETWORK_ENV].late_minutes = 0;
  show (fixture, &summary);
  g_assert_false (shows_text (fixture, "終身學習：有 1.67 小時無法在截止日 2026年11月30日 前上傳"));
  {
    GtkWidget *warning = gtk_test_find_label (GTK_WIDGET (fixture->view), "*無法在截止日*");

    g_assert_true (warning == NULL || !gtk_widget_is_drawable (warning));
  }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  if (!ec_test_switch_to_zh_tw ())
    g_error ("The zh_TW.UTF-8 locale is missing: run build-aux/install-deps.sh");
  textdomain (GETTEXT_PACKAGE);

  g_test_add ("/ui/year-summary-view/placeholder", Fixture, NULL, fixture_set_up, test_placeholder, fixture_tear_down);
  g_test_add ("/ui/year-summary-view/reached", Fixture, NULL, fixture_set_up, test_reached, fixture_tear_down);
  g_test_add ("/ui/year-summary-view/missing", Fixture, NULL, fixture_set_up, test_missing, fixture_tear_down);
  g_test_add ("/ui/year-summary-view/late", Fixture, NULL, fixture_set_up, test_late, fixture_tear_down);

  return g_test_run ();
}
