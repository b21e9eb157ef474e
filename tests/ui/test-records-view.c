/* test-records-view.c: the list of courses, under Xvfb in zh_TW: records
 * made in code for every status, and a real cache synced from elearn-sim
 * with 2,000 synthetic courses.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "records/ec-records-view.h"
#include "ec-client.h"
#include "ec-test-service.h"
#include "ec-test-ui.h"
#include "ec-test-util.h"
#include "ec-core.h"

#define SYNTHETIC_COURSES 2000

typedef struct {
  GtkWidget     *window;
  EcRecordsView *view;
  /* What the view emitted since the test last looked. */
  guint  sort_changes;
  guint  selections;
  gint64 selected_id; /* -1: %NULL */
} Fixture;

static void
on_sort_changed_cb (EcRecordsView *view,
                    Fixture       *fixture)
{
  fixture->sort_changes++;
}

static void
on_record_selected_cb (EcRecordsView  *view,
                       const EcRecord *record,
                       Fixture        *fixture)
{
  fixture->selections++;
  fixture->selected_id = record != NULL ? record->id : -1;
}

static void
fixture_set_up (Fixture      *fixture,
                gconstpointer user_data)
{
  fixture->window = gtk_window_new (GTK_WINDOW_TOPLEVEL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 500);
  fixture->view = ec_records_view_new ();
  gtk_container_add (GTK_CONTAINER (fixture->window), GTK_WIDGET (fixture->view));
  g_signal_connect (fixture->view, "sort-changed", G_CALLBACK (on_sort_changed_cb), fixture);
  g_signal_connect (fixture->view, "record-selected", G_CALLBACK (on_record_selected_cb), fixture);
  gtk_widget_show_all (fixture->window);
  ec_test_ui_settle (fixture->window);
}

static void
fixture_tear_down (Fixture      *fixture,
                   gconstpointer user_data)
{
  gtk_widget_destroy (fixture->window);
}

static EcRecord *
make_record (gint64      id,
             const char *course,
             const char *completed)
{
  EcRecord *record = ec_record_new ();
  g_autoptr (GError) error = NULL;

  record->id = id;
  record->course = g_strdup (course);
  record->route = EC_LOGIN_ROUTE_ECPA;
  if (completed != NULL)
    {
      record->completed_at = ec_time_from_iso8601 (completed, &error);
      g_assert_no_error (error);
    }
  for (guint n = 0; n < EC_N_NETWORKS; n++)
    {
      record->networks[n].status = EC_UPLOAD_STATUS_NOT_ELIGIBLE;
      record->networks[n].reason = EC_UPLOAD_REASON_NO_CERTIFIED_HOURS;
      g_date_clear (&record->networks[n].date, 1);
    }
  return record;
}

static void
set_network (EcRecord      *record,
             EcNetwork      network,
             guint          minutes,
             EcUploadStatus status,
             EcUploadReason reason,
             const char    *date,
             gboolean       date_is_estimate)
{
  g_autoptr (GError) error = NULL;

  record->minutes[network] = minutes;
  record->networks[network].status = status;
  record->networks[network].reason = reason;
  record->networks[network].date_is_estimate = date_is_estimate;
  if (date != NULL)
    {
      g_assert_true (ec_date_from_iso8601 (date, &record->networks[network].date, &error));
      g_assert_no_error (error);
    }
}

/* One course per kind of status, in the order the rows show them. */
static GPtrArray *
make_records (void)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) ec_record_free);
  EcRecord  *record;

  /* Uploaded, pending, and no hours for the teachers' network. */
  record = make_record (11, "水資源保育與永續", "2026-11-05T03:43:18+08:00");
  set_network (record, EC_NETWORK_LIFELONG, 90, EC_UPLOAD_STATUS_UPLOADED, EC_UPLOAD_REASON_NONE, "2026-11-10", FALSE);
  set_network (record, EC_NETWORK_ENV, 45, EC_UPLOAD_STATUS_PENDING, EC_UPLOAD_REASON_NONE, "2026-12-03", FALSE);
  g_ptr_array_add (records, record);

  /* Not completed, and an estimated date. */
  record = make_record (12, "環境教育法規導讀", NULL);
  set_network (record, EC_NETWORK_LIFELONG, 120, EC_UPLOAD_STATUS_NOT_ELIGIBLE, EC_UPLOAD_REASON_NOT_COMPLETED,
               NULL, FALSE);
  set_network (record, EC_NETWORK_TEACHER, 120, EC_UPLOAD_STATUS_PENDING, EC_UPLOAD_REASON_NONE, "2027-01-05",
               TRUE);
  g_ptr_array_add (records, record);

  /* Studied with a social account. */
  record = make_record (13, "個人資料保護法實務", "2026-10-01T10:00:00+08:00");
  set_network (record, EC_NETWORK_LIFELONG, 60, EC_UPLOAD_STATUS_NEVER, EC_UPLOAD_REASON_SOCIAL_LOGIN, NULL, FALSE);
  g_ptr_array_add (records, record);

  /* A natural-person account: hours that will not upload yet. */
  record = make_record (14, "公務倫理與廉政", "2026-09-30T23:30:00+08:00");
  set_network (record, EC_NETWORK_ENV, 45, EC_UPLOAD_STATUS_NOT_ELIGIBLE, EC_UPLOAD_REASON_NOT_OFFICIAL_ACCOUNT,
               NULL, FALSE);
  g_ptr_array_add (records, record);

  return records;
}

static char *
cell (GtkTreeModel   *model,
      int             row,
      EcRecordsColumn column)
{
  GtkTreeIter iter;
  char       *text = NULL;

  g_assert_true (gtk_tree_model_iter_nth_child (model, &iter, NULL, row));
  gtk_tree_model_get (model, &iter, column, &text, -1);
  return text;
}

static void
assert_row (GtkTreeModel *model,
            int           row,
            const char   *course,
            const char   *hours,
            const char   *completed,
            const char   *lifelong,
            const char   *teacher,
            const char   *env,
            gboolean      attention)
{
  const struct {
    EcRecordsColumn column;
    const char     *text;
  } expected[] = {
    { EC_RECORDS_COLUMN_COURSE, course },
    { EC_RECORDS_COLUMN_HOURS, hours },
    { EC_RECORDS_COLUMN_COMPLETED, completed },
    { EC_RECORDS_COLUMN_LIFELONG, lifelong },
    { EC_RECORDS_COLUMN_TEACHER, teacher },
    { EC_RECORDS_COLUMN_ENV, env },
  };
  GtkTreeIter iter;
  gboolean    shown_attention;

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *text = cell (model, row, expected[i].column);

      g_assert_cmpstr (text, ==, expected[i].text);
    }

  g_assert_true (gtk_tree_model_iter_nth_child (model, &iter, NULL, row));
  gtk_tree_model_get (model, &iter, EC_RECORDS_COLUMN_ATTENTION, &shown_attention, -1);
  g_assert_cmpint (shown_attention, ==, attention);
}

/* Whether the warning column draws its icon on @row: the renderer the
 * view would use, given the row's data. */
static gboolean
warning_shown (EcRecordsView *view,
               int            row)
{
  GtkTreeView       *tree_view = ec_records_view_get_tree_view (view);
  GtkTreeModel      *model = gtk_tree_view_get_model (tree_view);
  GtkTreeViewColumn *column = gtk_tree_view_get_column (tree_view, 0);
  g_autoptr (GList) cells = gtk_cell_layout_get_cells (GTK_CELL_LAYOUT (column));
  g_autofree char *icon = NULL;
  GtkTreeIter      iter;
  gboolean         visible;

  g_assert_true (gtk_tree_model_iter_nth_child (model, &iter, NULL, row));
  gtk_tree_view_column_cell_set_cell_data (column, model, &iter, FALSE, FALSE);
  g_assert_cmpuint (g_list_length (cells), ==, 1);
  g_object_get (cells->data, "visible", &visible, "icon-name", &icon, NULL);
  g_assert_cmpstr (icon, ==, "dialog-warning-symbolic");
  return visible;
}

static void
test_statuses (Fixture      *fixture,
               gconstpointer user_data)
{
  g_autoptr (GPtrArray) records = make_records ();
  GtkTreeModel *model;

  ec_records_view_set_records (fixture->view, records);
  ec_test_ui_settle (fixture->window);
  model = GTK_TREE_MODEL (ec_records_view_get_model (fixture->view));
  g_assert_true (gtk_tree_view_get_model (ec_records_view_get_tree_view (fixture->view)) == model);
  g_assert_cmpint (gtk_tree_model_iter_n_children (model, NULL), ==, 4);
  g_assert_cmpuint (ec_records_model_get_n_records (EC_RECORDS_MODEL (model)), ==, 4);
  g_assert_cmpint (gtk_tree_model_get_flags (model), ==, GTK_TREE_MODEL_LIST_ONLY | GTK_TREE_MODEL_ITERS_PERSIST);

  ec_test_assert_translated ("已上傳 %s", "Uploaded %s", "已上傳");
  assert_row (model, 0, "水資源保育與永續", "1.5", "2026-11-05", "已上傳 2026-11-10", "—", "預計 2026-12-03", FALSE);
  assert_row (model, 1, "環境教育法規導讀", "2", "—", "課程未完成", "預計約 2027-01-05", "—", TRUE);
  assert_row (model, 2, "個人資料保護法實務", "1", "2026-10-01", "永不上傳（社群帳號）", "—", "—", TRUE);
  /* 23:30 in Taiwan is 15:30 UTC: the date is Taiwan's, not the machine's. */
  assert_row (model, 3, "公務倫理與廉政", "0.75", "2026-09-30", "—", "—", "非公務帳號", TRUE);

  g_assert_false (warning_shown (fixture->view, 0));
  g_assert_true (warning_shown (fixture->view, 1));
  g_assert_true (warning_shown (fixture->view, 2));
  g_assert_true (warning_shown (fixture->view, 3));

  {
    GtkTreeIter iter;

    g_assert_true (ec_records_model_find (EC_RECORDS_MODEL (model), 13, &iter));
    g_assert_cmpint (ec_records_model_get_record (EC_RECORDS_MODEL (model), &iter)->id, ==, 13);
    g_assert_false (ec_records_model_find (EC_RECORDS_MODEL (model), 99, NULL));
  }
}

static void
test_layout (Fixture      *fixture,
             gconstpointer user_data)
{
  const char *const titles[] = { "", "課程名稱", "認證時數", "完成日期", "終身學習", "教師進修網", "環境教育（環教網）" };
  const gboolean    clickable[] = { FALSE, TRUE, TRUE, TRUE, FALSE, FALSE, FALSE };
  GtkTreeView      *tree_view = ec_records_view_get_tree_view (fixture->view);
  gboolean          enable_search;

  g_assert_true (gtk_tree_view_get_fixed_height_mode (tree_view));
  g_object_get (tree_view, "enable-search", &enable_search, NULL);
  g_assert_false (enable_search);
  g_assert_cmpstr (atk_object_get_name (gtk_widget_get_accessible (GTK_WIDGET (tree_view))), ==, "課程");
  g_assert_cmpuint (gtk_tree_view_get_n_columns (tree_view), ==, G_N_ELEMENTS (titles));

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      GtkTreeViewColumn *column = gtk_tree_view_get_column (tree_view, (int) i);

      g_assert_cmpint (gtk_tree_view_column_get_sizing (column), ==, GTK_TREE_VIEW_COLUMN_FIXED);
      g_assert_cmpint (gtk_tree_view_column_get_fixed_width (column), >, 0);
      g_assert_cmpstr (gtk_tree_view_column_get_title (column), ==, titles[i]);
      g_assert_cmpint (gtk_tree_view_column_get_clickable (column), ==, clickable[i]);
    }

  /* The default order: the latest completion first. */
  g_assert_true (gtk_tree_view_column_get_sort_indicator (gtk_tree_view_get_column (tree_view, 3)));
  g_assert_cmpint (gtk_tree_view_column_get_sort_order (gtk_tree_view_get_column (tree_view, 3)), ==,
                   GTK_SORT_DESCENDING);
}

static void
assert_sort (Fixture    *fixture,
             EcCacheSort expected_sort,
             gboolean    expected_descending)
{
  EcCacheSort sort;
  gboolean    descending;

  ec_records_view_get_sort (fixture->view, &sort, &descending);
  g_assert_cmpint (sort, ==, expected_sort);
  g_assert_cmpint (descending, ==, expected_descending);
}

static void
test_sort (Fixture      *fixture,
           gconstpointer user_data)
{
  GtkTreeView *tree_view = ec_records_view_get_tree_view (fixture->view);
  const struct {
    int         column;
    EcCacheSort sort;
    gboolean    descending;
  } clicks[] = {
    { 3, EC_CACHE_SORT_COMPLETED, FALSE }, /* the default, reversed */
    { 3, EC_CACHE_SORT_COMPLETED, TRUE },
    { 1, EC_CACHE_SORT_COURSE, FALSE },
    { 1, EC_CACHE_SORT_COURSE, TRUE },
    { 2, EC_CACHE_SORT_MINUTES, TRUE },
    { 2, EC_CACHE_SORT_MINUTES, FALSE },
  };

  assert_sort (fixture, EC_CACHE_SORT_COMPLETED, TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (clicks); i++)
    {
      GtkTreeViewColumn *column = gtk_tree_view_get_column (tree_view, clicks[i].column);

      fixture->sort_changes = 0;
      gtk_tree_view_column_clicked (column);
      g_assert_cmpuint (fixture->sort_changes, ==, 1);
      assert_sort (fixture, clicks[i].sort, clicks[i].descending);
      for (int c = 1; c <= 3; c++)
        g_assert_cmpint (gtk_tree_view_column_get_sort_indicator (gtk_tree_view_get_column (tree_view, c)), ==,
                         c == clicks[i].column);
      g_assert_cmpint (gtk_tree_view_column_get_sort_order (column), ==,
                       clicks[i].descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
    }

  /* The status columns do not sort. */
  fixture->sort_changes = 0;
  for (int c = 4; c <= 6; c++)
    gtk_tree_view_column_clicked (gtk_tree_view_get_column (tree_view, c));
  g_assert_cmpuint (fixture->sort_changes, ==, 0);
  assert_sort (fixture, EC_CACHE_SORT_MINUTES, FALSE);
}

/* The same records, copied, in another order: what a new query brings. */
static GPtrArray *
copy_reversed (GPtrArray *records,
               gint64     without_id)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func ((GDestroyNotify) ec_record_free);

  for (guint i = records->len; i > 0; i--)
    {
      const EcRecord *record = g_ptr_array_index (records, i - 1);

      if (record->id != without_id)
        g_ptr_array_add (copy, ec_record_copy (record));
    }
  return copy;
}

static gint64
selected_id (Fixture *fixture)
{
  GtkTreeView *tree_view = ec_records_view_get_tree_view (fixture->view);
  GtkTreeIter  iter;

  if (!gtk_tree_selection_get_selected (gtk_tree_view_get_selection (tree_view), NULL, &iter))
    return -1;
  return ec_records_model_get_record (ec_records_view_get_model (fixture->view), &iter)->id;
}

static void
test_selection (Fixture      *fixture,
                gconstpointer user_data)
{
  g_autoptr (GPtrArray) records = make_records ();
  g_autoptr (GPtrArray) reversed = copy_reversed (records, 0);
  g_autoptr (GPtrArray) without = copy_reversed (records, 13);
  GtkTreeView      *tree_view = ec_records_view_get_tree_view (fixture->view);
  GtkTreeSelection *selection = gtk_tree_view_get_selection (tree_view);
  g_autoptr (GtkTreePath) path = gtk_tree_path_new_from_indices (2, -1);

  ec_records_view_set_records (fixture->view, records);
  ec_test_ui_settle (fixture->window);
  g_assert_cmpuint (fixture->selections, ==, 0);

  gtk_tree_selection_select_path (selection, path);
  g_assert_cmpuint (fixture->selections, ==, 1);
  g_assert_cmpint (fixture->selected_id, ==, 13);

  /* A new query with the course in another row: still selected, and the
   * detail hears about its new record once. */
  fixture->selections = 0;
  ec_records_view_set_records (fixture->view, reversed);
  ec_test_ui_settle (fixture->window);
  g_assert_cmpuint (fixture->selections, ==, 1);
  g_assert_cmpint (fixture->selected_id, ==, 13);
  g_assert_cmpint (selected_id (fixture), ==, 13);
  {
    GtkTreeIter iter;

    g_assert_true (gtk_tree_selection_get_selected (selection, NULL, &iter));
    g_autoptr (GtkTreePath) now = gtk_tree_model_get_path (gtk_tree_view_get_model (tree_view), &iter);
    g_assert_cmpint (gtk_tree_path_get_indices (now)[0], ==, 1);
  }

  /* A query without it: nothing is selected any more. */
  fixture->selections = 0;
  ec_records_view_set_records (fixture->view, without);
  g_assert_cmpuint (fixture->selections, ==, 1);
  g_assert_cmpint (fixture->selected_id, ==, -1);
  g_assert_cmpint (selected_id (fixture), ==, -1);

  /* Selecting by id. */
  g_assert_true (ec_records_view_select (fixture->view, 11));
  g_assert_cmpint (fixture->selected_id, ==, 11);
  g_assert_false (ec_records_view_select (fixture->view, 13));
  g_assert_cmpint (fixture->selected_id, ==, 11);

  gtk_tree_selection_unselect_all (selection);
  g_assert_cmpint (fixture->selected_id, ==, -1);
}

/* A cache synced from the service: the view shows every row the cache
 * has, renders them like the core says, and follows the header's order. */

static void
on_done_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

static GPtrArray *
query (EcCache       *cache,
       EcRecordsView *view)
{
  EcCacheQuery query = EC_CACHE_QUERY_INIT;
  g_autoptr (GError) error = NULL;
  GPtrArray *records;

  ec_records_view_get_sort (view, &query.sort, &query.descending);
  records = ec_cache_query (cache, &query, &error);
  g_assert_no_error (error);
  return records;
}

/* What the window does on sort-changed. */
static void
on_requery_cb (EcRecordsView *view,
               EcCache       *cache)
{
  g_autoptr (GPtrArray) records = query (cache, view);

  ec_records_view_set_records (view, records);
}

static void
test_cache (Fixture      *fixture,
            gconstpointer user_data)
{
  g_autofree char *synthetic = g_strdup_printf ("--synthetic-courses=%d", SYNTHETIC_COURSES);
  const char      *args[] = { "--seed=demo", synthetic, "--synthetic-account=wang.daming", NULL };
  EcTestService    service = { 0 };
  g_autoptr (GError) error = NULL;
  g_autoptr (EcApiClient) client = NULL;
  g_autoptr (EcCredentialStore) credentials = NULL;
  g_autoptr (EcSession) session = NULL;
  g_autoptr (GAsyncResult) login_result = NULL;
  g_autoptr (GAsyncResult) sync_result = NULL;
  g_autoptr (GPtrArray) records = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  EcCacheQuery     all = EC_CACHE_QUERY_INIT;
  EcCache         *cache;
  GtkTreeModel    *model;
  guint            changed = 0;
  guint            uploaded = 0, pending = 0, no_hours = 0, attention = 0;

  ec_test_service_set_up (&service, args);
  client = ec_api_client_new (service.url, &error);
  g_assert_no_error (error);
  credentials = ec_credential_store_new (service.url);
  session = ec_session_new (client, credentials);
  dir = g_dir_make_tmp ("ec-records-view-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "cache.sqlite", NULL);
  ec_session_set_cache_path (session, path);

  ec_session_login_async (session, "ecpa", "wang.daming", "demo2026", FALSE, NULL, on_done_cb, &login_result);
  g_assert_true (ec_session_login_finish (session, wait_for (&login_result), NULL, &error));
  g_assert_no_error (error);
  ec_session_sync_async (session, NULL, on_done_cb, &sync_result);
  g_assert_true (ec_session_sync_finish (session, wait_for (&sync_result), &changed, &error));
  g_assert_no_error (error);
  cache = ec_session_get_cache (session);
  g_assert_cmpuint (ec_cache_count (cache, &all, NULL), >=, SYNTHETIC_COURSES);

  records = query (cache, fixture->view);
  ec_records_view_set_records (fixture->view, records);
  ec_test_ui_settle (fixture->window);
  model = GTK_TREE_MODEL (ec_records_view_get_model (fixture->view));
  g_assert_cmpint (gtk_tree_model_iter_n_children (model, NULL), ==, (int) ec_cache_count (cache, &all, NULL));
  g_assert_cmpuint (records->len, ==, ec_cache_count (cache, &all, NULL));

  /* Every row as the core words it, and every kind of cell appears. */
  for (guint i = 0; i < records->len; i++)
    {
      const EcRecord *record = g_ptr_array_index (records, i);
      gboolean        shown_attention = FALSE;
      gboolean        blocked = FALSE;
      GtkTreeIter     iter;

      g_assert_true (gtk_tree_model_iter_nth_child (model, &iter, NULL, (int) i));
      g_assert_true (ec_records_model_get_record (EC_RECORDS_MODEL (model), &iter) == record);
      for (guint n = 0; n < EC_N_NETWORKS; n++)
        {
          g_autofree char *expected = ec_network_status_format_short (&record->networks[n]);
          g_autofree char *text = cell (model, (int) i, EC_RECORDS_COLUMN_LIFELONG + n);

          g_assert_cmpstr (text, ==, expected);
          if (g_str_has_prefix (text, "已上傳 "))
            uploaded++;
          else if (g_str_has_prefix (text, "預計"))
            pending++;
          else if (strcmp (text, "—") == 0)
            no_hours++;
          blocked |= record->minutes[n] > 0
                     && (record->networks[n].status == EC_UPLOAD_STATUS_NOT_ELIGIBLE
                         || record->networks[n].status == EC_UPLOAD_STATUS_NEVER);
        }
      gtk_tree_model_get (model, &iter, EC_RECORDS_COLUMN_ATTENTION, &shown_attention, -1);
      g_assert_cmpint (shown_attention, ==, blocked);
      attention += shown_attention;
    }
  g_assert_cmpuint (uploaded, >, 0);
  g_assert_cmpuint (pending, >, 0);
  g_assert_cmpuint (no_hours, >, 0);
  g_assert_cmpuint (attention, >, 0);

  /* The default order is the cache's: the latest completion first. */
  for (guint i = 1; i < records->len; i++)
    g_assert_cmpint (((EcRecord *) g_ptr_array_index (records, i - 1))->completed_at, >=,
                     ((EcRecord *) g_ptr_array_index (records, i))->completed_at);

  ec_test_ui_save_window_screenshot (fixture->window, "records-view");

  /* A click on 認證時數: the window queries again in the view's order. */
  g_signal_connect (fixture->view, "sort-changed", G_CALLBACK (on_requery_cb), cache);
  gtk_tree_view_column_clicked (gtk_tree_view_get_column (ec_records_view_get_tree_view (fixture->view), 2));
  ec_test_ui_settle (fixture->window);
  assert_sort (fixture, EC_CACHE_SORT_MINUTES, TRUE);
  model = GTK_TREE_MODEL (ec_records_view_get_model (fixture->view));
  g_assert_cmpint (gtk_tree_model_iter_n_children (model, NULL), ==, (int) records->len);
  {
    g_autofree char *first = cell (model, 0, EC_RECORDS_COLUMN_HOURS);
    g_autofree char *last = cell (model, (int) records->len - 1, EC_RECORDS_COLUMN_HOURS);

    g_assert_cmpfloat (g_ascii_strtod (first, NULL), >=, g_ascii_strtod (last, NULL));
  }
  g_signal_handlers_disconnect_by_func (fixture->view, on_requery_cb, cache);

  /* The window's way: the ids at once, the rows read as they are drawn.
   * Every cell is the same as from the full records. */
  {
    g_autoptr (GArray) ids = ec_cache_query_ids (cache, &all, &error);
    g_autoptr (EcRecordsModel) lazy = NULL;
    g_autoptr (GPtrArray) full = ec_cache_query (cache, &all, NULL);
    g_autoptr (EcRecordsModel) eager = ec_records_model_new (full);
    GtkTreeIter iter;

    g_assert_no_error (error);
    lazy = ec_records_model_new_from_ids (cache, ids);
    g_assert_cmpuint (ec_records_model_get_n_records (lazy), ==, full->len);
    for (guint i = 0; i < full->len; i += 97)
      for (int column = EC_RECORDS_COLUMN_COURSE; column <= EC_RECORDS_COLUMN_ENV; column++)
        {
          g_autofree char *a = cell (GTK_TREE_MODEL (lazy), (int) i, column);
          g_autofree char *b = cell (GTK_TREE_MODEL (eager), (int) i, column);

          g_assert_cmpstr (a, ==, b);
        }
    g_assert_true (ec_records_model_find (lazy, ((EcRecord *) g_ptr_array_index (full, full->len - 1))->id, &iter));
    g_assert_cmpint (ec_records_model_get_record (lazy, &iter)->id, ==,
                     ((EcRecord *) g_ptr_array_index (full, full->len - 1))->id);
    ec_records_view_set_model (fixture->view, lazy);
    ec_test_ui_settle (fixture->window);
    g_assert_true (ec_records_view_select (fixture->view, ((EcRecord *) g_ptr_array_index (full, 1))->id));
  }

  g_clear_object (&session);
  ec_test_service_tear_down (&service, NULL);
  ec_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  if (!ec_test_switch_to_zh_tw ())
    g_error ("The zh_TW.UTF-8 locale is missing: run build-aux/install-deps.sh");
  textdomain (GETTEXT_PACKAGE);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add ("/ui/records-view/statuses", Fixture, NULL, fixture_set_up, test_statuses, fixture_tear_down);
  g_test_add ("/ui/records-view/layout", Fixture, NULL, fixture_set_up, test_layout, fixture_tear_down);
  g_test_add ("/ui/records-view/sort", Fixture, NULL, fixture_set_up, test_sort, fixture_tear_down);
  g_test_add ("/ui/records-view/selection", Fixture, NULL, fixture_set_up, test_selection, fixture_tear_down);
  g_test_add ("/ui/records-view/cache", Fixture, NULL, fixture_set_up, test_cache, fixture_tear_down);

  return g_test_run ();
}
