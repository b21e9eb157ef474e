/* bench-records-view.c: the course list with 100,000 courses.
 *
 * The main window lists every course of a learner in a GtkTreeView in
 * fixed-height mode.  What a learner feels is the time from a query's
 * result to the first frame, and the time to draw while scrolling.  The
 * baseline, measured in the same run on the same tree view, is the obvious
 * approach: a GtkListStore filled with the same rows.  A third row times
 * the cache query that produces the records against copying them in
 * memory, the least any query that returns records costs.
 *
 * It needs a display: build-aux/run-bench.sh runs it under Xvfb, like the
 * ui tests.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "ec-client.h"
#include "records/ec-records-view.h"
#include "ec-core.h"

#define N_COURSES 100000
#define N_ROUNDS 5
#define N_SCROLL_POSITIONS 50

static GPtrArray *
make_records (guint n)
{
  GPtrArray *records = g_ptr_array_new_full (n, (GDestroyNotify) ec_record_free);
  GRand     *rand = g_rand_new_with_seed (2026);
  gint64     start = 1735660800; /* 2025-01-01T00:00:00+08:00 */

  for (guint i = 0; i < n; i++)
    {
      EcRecord *record = ec_record_new ();

      record->id = i + 1;
      record->course = g_strdup_printf ("合成課程 %06u：公務倫理與永續發展", i);
      record->route = EC_LOGIN_ROUTE_ECPA;
      record->completed_at = g_rand_int_range (rand, 0, 10) == 0 ? EC_TIME_NEVER
                                                                 : start + g_rand_int_range (rand, 0, 700 * 86400);
      for (guint k = 0; k < EC_N_NETWORKS; k++)
        {
          EcNetworkStatus *status = &record->networks[k];

          record->minutes[k] = g_rand_boolean (rand) ? 30 * (guint) g_rand_int_range (rand, 1, 8) : 0;
          if (record->minutes[k] == 0)
            {
              status->status = EC_UPLOAD_STATUS_NOT_ELIGIBLE;
              status->reason = EC_UPLOAD_REASON_NO_CERTIFIED_HOURS;
              continue;
            }
          switch (g_rand_int_range (rand, 0, 4))
            {
            case 0:
              status->status = EC_UPLOAD_STATUS_UPLOADED;
              g_date_set_dmy (&status->date, (GDateDay) g_rand_int_range (rand, 1, 29),
                              (GDateMonth) g_rand_int_range (rand, 1, 13), 2026);
              break;
            case 1:
              status->status = EC_UPLOAD_STATUS_PENDING;
              status->remedy = EC_REMEDY_WAIT;
              g_date_set_dmy (&status->date, (GDateDay) g_rand_int_range (rand, 1, 29), G_DATE_DECEMBER, 2026);
              status->date_is_estimate = g_rand_boolean (rand);
              break;
            case 2:
              status->status = EC_UPLOAD_STATUS_NOT_ELIGIBLE;
              status->reason = EC_UPLOAD_REASON_NOT_OFFICIAL_ACCOUNT;
              status->remedy = EC_REMEDY_CONVERT_ACCOUNT;
              break;
            default:
              status->status = EC_UPLOAD_STATUS_NEVER;
              status->reason = EC_UPLOAD_REASON_SOCIAL_LOGIN;
              status->remedy = EC_REMEDY_RESTUDY;
              break;
            }
        }
      g_ptr_array_add (records, record);
    }

  g_rand_free (rand);
  return records;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof *values, compare_doubles);
  return values[n / 2];
}

/* Handles what is pending and waits for the frame to be drawn: what the
 * learner waits for. */
static void
settle (GtkWidget *window)
{
  while (gtk_events_pending ())
    gtk_main_iteration_do (FALSE);
  gtk_test_widget_wait_for_draw (window);
}

/* The obvious approach: every cell rendered once, up front, into a list
 * store (the same text our model renders, taken from it). */
static GtkListStore *
fill_list_store (GPtrArray *records)
{
  g_autoptr (EcRecordsModel) model = ec_records_model_new (records);
  GtkListStore *store = gtk_list_store_new (EC_RECORDS_N_COLUMNS, G_TYPE_INT64, G_TYPE_STRING, G_TYPE_STRING,
                                            G_TYPE_STRING, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_STRING,
                                            G_TYPE_BOOLEAN);
  GtkTreeIter   from;
  gboolean      valid;

  for (valid = gtk_tree_model_get_iter_first (GTK_TREE_MODEL (model), &from); valid;
       valid = gtk_tree_model_iter_next (GTK_TREE_MODEL (model), &from))
    {
      gint64           id;
      g_autofree char *course = NULL, *hours = NULL, *completed = NULL;
      g_autofree char *lifelong = NULL, *teacher = NULL, *env = NULL;
      gboolean         attention;

      gtk_tree_model_get (GTK_TREE_MODEL (model), &from, EC_RECORDS_COLUMN_ID, &id, EC_RECORDS_COLUMN_COURSE, &course,
                          EC_RECORDS_COLUMN_HOURS, &hours, EC_RECORDS_COLUMN_COMPLETED, &completed,
                          EC_RECORDS_COLUMN_LIFELONG, &lifelong, EC_RECORDS_COLUMN_TEACHER, &teacher,
                          EC_RECORDS_COLUMN_ENV, &env, EC_RECORDS_COLUMN_ATTENTION, &attention, -1);
      gtk_list_store_insert_with_values (store, NULL, -1, EC_RECORDS_COLUMN_ID, id, EC_RECORDS_COLUMN_COURSE, course,
                                         EC_RECORDS_COLUMN_HOURS, hours, EC_RECORDS_COLUMN_COMPLETED, completed,
                                         EC_RECORDS_COLUMN_LIFELONG, lifelong, EC_RECORDS_COLUMN_TEACHER, teacher,
                                         EC_RECORDS_COLUMN_ENV, env, EC_RECORDS_COLUMN_ATTENTION, attention, -1);
    }
  return store;
}

/* Scrolls from the top to the bottom in even steps, drawing each. */
static double
scroll_through (GtkWidget   *window,
                GtkTreeView *tree_view)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (tree_view));
  double         range;
  gint64         t0;

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
  settle (window);
  range = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment)
          - gtk_adjustment_get_lower (adjustment);
  g_assert (range > 0);

  t0 = g_get_monotonic_time ();
  for (guint i = 1; i <= N_SCROLL_POSITIONS; i++)
    {
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment) + range * i / N_SCROLL_POSITIONS);
      settle (window);
    }
  return (double) (g_get_monotonic_time () - t0);
}

static void
clear (GtkWidget     *window,
       EcRecordsView *view)
{
  gtk_tree_view_set_model (ec_records_view_get_tree_view (view), NULL);
  settle (window);
}

/* Fills a cache file the way a sync does, then times a query of every row
 * against copying the same records in memory. */
static void
bench_cache_query (GPtrArray *records,
                   double    *out_query,
                   double    *out_copy,
                   double    *out_ids)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ec-bench-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr (EcCache) cache = NULL;
  g_autoptr (GPtrArray) pages = g_ptr_array_new_with_free_func ((GDestroyNotify) ec_records_page_free);
  EcRecordsPage *page = ec_records_page_new ();
  EcCacheQuery   query = EC_CACHE_QUERY_INIT;
  double         queries[N_ROUNDS], copies[N_ROUNDS], id_queries[N_ROUNDS];

  g_assert_no_error (error);
  path = g_build_filename (dir, "cache.sqlite", NULL);
  cache = ec_cache_open (path, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < records->len; i++)
    g_ptr_array_add (page->records, ec_record_copy (g_ptr_array_index (records, i)));
  page->cursor = g_strdup ("bench");
  g_ptr_array_add (pages, page);
  if (!ec_cache_apply_sync (cache, pages, TRUE, &error))
    g_error ("bench-records-view: cannot fill the cache: %s", error->message);

  for (guint r = 0; r < N_ROUNDS; r++)
    {
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr (GPtrArray) result = ec_cache_query (cache, &query, &error);
      g_autoptr (GPtrArray) copy = NULL;

      g_assert_no_error (error);
      g_assert (result->len == records->len);
      queries[r] = (double) (g_get_monotonic_time () - t0);

      /* What the window reads before the first frame: the ids, then one
       * page of rows. */
      t0 = g_get_monotonic_time ();
      {
        g_autoptr (GArray) ids = ec_cache_query_ids (cache, &query, &error);
        g_autoptr (GPtrArray) first = ec_cache_get_records (cache, (const gint64 *) ids->data, MIN (ids->len, 200),
                                                            &error);

        g_assert_no_error (error);
        g_assert (ids->len == records->len);
      }
      id_queries[r] = (double) (g_get_monotonic_time () - t0);

      t0 = g_get_monotonic_time ();
      copy = g_ptr_array_new_full (records->len, (GDestroyNotify) ec_record_free);
      for (guint i = 0; i < records->len; i++)
        g_ptr_array_add (copy, ec_record_copy (g_ptr_array_index (records, i)));
      copies[r] = (double) (g_get_monotonic_time () - t0);
    }

  g_clear_object (&cache);
  ec_cache_delete_file (path, NULL);
  g_rmdir (dir);
  *out_query = median (queries, N_ROUNDS);
  *out_copy = median (copies, N_ROUNDS);
  *out_ids = median (id_queries, N_ROUNDS);
}

static void
print_row (const char *what,
           double      time,
           double      baseline)
{
  printf ("| %s | %.1f ms | %.1f ms | %.2f× |\n", what, time / 1000.0, baseline / 1000.0, time / baseline);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GPtrArray) records = NULL;
  GtkWidget     *window;
  EcRecordsView *view;
  GtkTreeView   *tree_view;
  double         show[N_ROUNDS], show_store[N_ROUNDS];
  double         scroll[N_ROUNDS], scroll_store[N_ROUNDS];
  double         query, copy, ids;

  gtk_init (&argc, &argv);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  records = make_records (N_COURSES);

  window = gtk_window_new (GTK_WINDOW_TOPLEVEL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 700);
  view = ec_records_view_new ();
  tree_view = ec_records_view_get_tree_view (view);
  gtk_container_add (GTK_CONTAINER (window), GTK_WIDGET (view));
  gtk_widget_show_all (window);
  settle (window);
  g_assert (gtk_tree_view_get_fixed_height_mode (tree_view));

  /* The same tree view, columns and renderers for both: only the model
   * differs.  The rounds alternate so that drift hits both alike. */
  for (guint r = 0; r < N_ROUNDS; r++)
    {
      g_autoptr (GtkListStore) store = NULL;
      gint64 t0;

      clear (window, view);
      t0 = g_get_monotonic_time ();
      ec_records_view_set_records (view, records);
      settle (window);
      show[r] = (double) (g_get_monotonic_time () - t0);
      scroll[r] = scroll_through (window, tree_view);

      clear (window, view);
      t0 = g_get_monotonic_time ();
      store = fill_list_store (records);
      gtk_tree_view_set_model (tree_view, GTK_TREE_MODEL (store));
      settle (window);
      show_store[r] = (double) (g_get_monotonic_time () - t0);
      scroll_store[r] = scroll_through (window, tree_view);
    }
  clear (window, view);
  gtk_widget_destroy (window);

  bench_cache_query (records, &query, &copy, &ids);

  print_row ("show " G_STRINGIFY (N_COURSES) " courses: model, set, first frame", median (show, N_ROUNDS),
                                  median (show_store, N_ROUNDS));
  print_row ("scroll through them: " G_STRINGIFY (N_SCROLL_POSITIONS) " positions, each drawn",
                                                  median (scroll, N_ROUNDS), median (scroll_store, N_ROUNDS));
  printf ("| ec_cache_query of %d rows (baseline: copying them in memory) | %.1f ms | %.1f ms | %.1f× |\n",
          N_COURSES, query / 1000.0, copy / 1000.0, query / copy);
  printf ("| the list's read before its first frame: %d ids and a page of rows (baseline: ec_cache_query of "
          "them all) | %.1f ms | %.1f ms | %.2f× |\n",
          N_COURSES, ids / 1000.0, query / 1000.0, ids / query);
  return 0;
}
