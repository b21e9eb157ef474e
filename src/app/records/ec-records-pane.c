/* ec-records-pane.c: the learning record: filters, the course list, a
 * course's detail, and the year's summary.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-records-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "records/ec-record-detail.h"
#include "records/ec-records-pane.h"
#include "records/ec-records-view.h"
#include "print/ec-summary-report.h"
#include "ec-core.h"
#include "records/ec-year-summary-view.h"

/* Everything here reads the cache, never the service: the page shows the
 * last synced state at once and offline, and the window reloads it after a
 * sync.  Filters, the search and the sort become one cache query (SQLite
 * filters and sorts with its indexes); the list shows its result as a new
 * model.  The summary is the chosen year's (the current one when all years
 * are shown), whatever the network and status filters say. */

struct _EcRecordsPane {
  GtkBin parent_instance;

  /* Template children. */
  GtkComboBoxText   *year_combo;
  GtkComboBoxText   *network_combo;
  GtkComboBoxText   *status_combo;
  GtkSearchEntry    *search_entry;
  GtkLabel          *count_label;
  GtkStack          *view_stack;
  EcRecordsView     *records_view;
  EcRecordDetail    *detail;
  EcYearSummaryView *summary_view;

  EcCache      *cache;
  EcIdentity    identity;
  char         *learner;
  guint         cutoff_month;
  guint         cutoff_day;
  guint         shown;
  gboolean      filling;
  EcYearSummary summary;
  GPtrArray    *summary_records;
  GCancellable *list_cancellable;
  GCancellable *summary_cancellable;
  guint         loading;
};

G_DEFINE_FINAL_TYPE (EcRecordsPane, ec_records_pane, GTK_TYPE_BIN)

enum {
  PROP_0,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *obj_props[N_PROPS];

static void
loading_changed (EcRecordsPane *self,
                 int            delta)
{
  gboolean before = self->loading > 0;

  self->loading += delta;
  if (before != (self->loading > 0))
    g_object_notify_by_pspec (G_OBJECT (self), obj_props[PROP_LOADING]);
}

/* A new read replaces the one under way: its result would be stale. */
static GCancellable *
restart (GCancellable **cancellable)
{
  if (*cancellable != NULL)
    g_cancellable_cancel (*cancellable);
  g_clear_object (cancellable);
  *cancellable = g_cancellable_new ();
  return *cancellable;
}

static guint
current_year (void)
{
  GDate today;

  ec_time_to_taiwan_date (g_get_real_time () / G_USEC_PER_SEC, &today);
  return g_date_get_year (&today);
}

/* The filters' values: ids of the combo rows are the numbers the cache
 * query takes ("" = any). */
static int
combo_value (GtkComboBoxText *combo,
             int              any)
{
  const char *id = gtk_combo_box_get_active_id (GTK_COMBO_BOX (combo));

  if (id == NULL || *id == '\0')
    return any;
  return (int) g_ascii_strtoll (id, NULL, 10);
}

static void
build_query (EcRecordsPane *self,
             EcCacheQuery  *query)
{
  *query = (EcCacheQuery) EC_CACHE_QUERY_INIT;
  query->year = combo_value (self->year_combo, 0);
  query->network = combo_value (self->network_combo, -1);
  query->status = combo_value (self->status_combo, -1);
  query->search = gtk_entry_get_text (GTK_ENTRY (self->search_entry));
  if (*query->search == '\0')
    query->search = NULL;
  ec_records_view_get_sort (self->records_view, &query->sort, &query->descending);
}

static void
fill_years (EcRecordsPane *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) years = NULL;
  g_autofree char *active = g_strdup (gtk_combo_box_get_active_id (GTK_COMBO_BOX (self->year_combo)));

  self->filling = TRUE;
  gtk_combo_box_text_remove_all (self->year_combo);
  gtk_combo_box_text_append (self->year_combo, "", _ ("All years"));
  if (self->cache != NULL)
    years = ec_cache_list_years (self->cache, &error);
  for (guint i = 0; years != NULL && i < years->len; i++)
    {
      guint            year = g_array_index (years, guint, i);
      g_autofree char *id = g_strdup_printf ("%u", year);
      /* Translators: a year and the same year in the ROC calendar. */
      g_autofree char *label = g_strdup_printf (_ ("%u (民國 %u 年)"), year, year - 1911);

      gtk_combo_box_text_append (self->year_combo, id, label);
    }
  if (active == NULL || !gtk_combo_box_set_active_id (GTK_COMBO_BOX (self->year_combo), active))
    gtk_combo_box_set_active (GTK_COMBO_BOX (self->year_combo), 0);
  self->filling = FALSE;
}

static guint
summary_year (EcRecordsPane *self)
{
  guint year = combo_value (self->year_combo, 0);

  return year != 0 ? year : current_year ();
}

static void
show_summary (EcRecordsPane *self,
              GPtrArray     *records)
{
  /* Taken before the old one goes: @records may be it. */
  GPtrArray *kept = records != NULL ? g_ptr_array_ref (records)
                                    : g_ptr_array_new_with_free_func ((GDestroyNotify) ec_record_free);

  g_clear_pointer (&self->summary_records, g_ptr_array_unref);
  self->summary_records = kept;
  ec_year_summary_compute (self->summary_records, summary_year (self), self->cutoff_month, self->cutoff_day,
                           &self->summary);
  ec_year_summary_view_set_summary (self->summary_view, &self->summary);
}

static void
on_summary_read_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr (EcRecordsPane) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) records = ec_cache_query_finish (EC_CACHE (source), result, &error);

  loading_changed (self, -1);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    g_warning ("The year's records could not be read: %s", error->message);
  show_summary (self, records);
}

static void
reload_summary (EcRecordsPane *self)
{
  EcCacheQuery  query = EC_CACHE_QUERY_INIT;
  GCancellable *cancellable = restart (&self->summary_cancellable);

  if (self->cache == NULL)
    {
      show_summary (self, NULL);
      return;
    }
  query.year = summary_year (self);
  loading_changed (self, +1);
  ec_cache_query_async (self->cache, &query, cancellable, on_summary_read_cb, g_object_ref (self));
}

static void
show_list (EcRecordsPane *self,
           GArray        *ids)
{
  g_autoptr (EcRecordsModel) model = NULL;
  g_autofree char *count = NULL;
  guint            n = ids != NULL ? ids->len : 0;

  /* The ids alone: the view reads the rows it draws from the cache. */
  if (ids != NULL && self->cache != NULL)
    model = ec_records_model_new_from_ids (self->cache, ids);
  else
    {
      g_autoptr (GPtrArray) none = g_ptr_array_new ();

      model = ec_records_model_new (none);
    }
  self->shown = n;
  ec_records_view_set_model (self->records_view, model);
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u course", "%u courses", n), n);
  gtk_label_set_text (self->count_label, count);
}

static void
on_list_read_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr (EcRecordsPane) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) ids = ec_cache_query_ids_finish (EC_CACHE (source), result, &error);

  loading_changed (self, -1);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    g_warning ("The records could not be read: %s", error->message);
  show_list (self, ids);
}

static void
reload_list (EcRecordsPane *self)
{
  EcCacheQuery  query;
  GCancellable *cancellable = restart (&self->list_cancellable);

  if (self->cache == NULL)
    {
      show_list (self, NULL);
      return;
    }
  build_query (self, &query);
  loading_changed (self, +1);
  ec_cache_query_ids_async (self->cache, &query, cancellable, on_list_read_cb, g_object_ref (self));
}

/**
 * ec_records_pane_reload:
 *
 * Reads the cache again: after a sync, or another learner.
 */
void
ec_records_pane_reload (EcRecordsPane *self)
{
  g_return_if_fail (EC_IS_RECORDS_PANE (self));

  fill_years (self);
  reload_list (self);
  reload_summary (self);
}

static void
on_filter_changed_cb (EcRecordsPane *self)
{
  if (self->filling)
    return;
  reload_list (self);
  reload_summary (self);
}

static void
on_sort_changed_cb (EcRecordsPane *self)
{
  reload_list (self);
}

static void
on_record_selected_cb (EcRecordsPane  *self,
                       const EcRecord *record)
{
  ec_record_detail_set_record (self->detail, record);
}

static void
fill_filters (EcRecordsPane *self)
{
  gtk_combo_box_text_append (self->network_combo, "", _ ("All networks"));
  for (EcNetwork n = 0; n < EC_N_NETWORKS; n++)
    {
      g_autofree char *id = g_strdup_printf ("%d", n);

      gtk_combo_box_text_append (self->network_combo, id, ec_network_get_label (n));
    }
  gtk_combo_box_set_active (GTK_COMBO_BOX (self->network_combo), 0);

  gtk_combo_box_text_append (self->status_combo, "", _ ("Any status"));
  for (EcUploadStatus s = EC_UPLOAD_STATUS_UPLOADED; s <= EC_UPLOAD_STATUS_NEVER; s++)
    {
      g_autofree char *id = g_strdup_printf ("%d", s);

      gtk_combo_box_text_append (self->status_combo, id, ec_upload_status_get_label (s));
    }
  gtk_combo_box_set_active (GTK_COMBO_BOX (self->status_combo), 0);
}

static void
ec_records_pane_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  EcRecordsPane *self = EC_RECORDS_PANE (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading > 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ec_records_pane_dispose (GObject *object)
{
  EcRecordsPane *self = EC_RECORDS_PANE (object);

  if (self->list_cancellable != NULL)
    g_cancellable_cancel (self->list_cancellable);
  g_clear_object (&self->list_cancellable);
  if (self->summary_cancellable != NULL)
    g_cancellable_cancel (self->summary_cancellable);
  g_clear_object (&self->summary_cancellable);
  g_clear_object (&self->cache);
  g_clear_pointer (&self->summary_records, g_ptr_array_unref);

  G_OBJECT_CLASS (ec_records_pane_parent_class)->dispose (object);
}

static void
ec_records_pane_finalize (GObject *object)
{
  EcRecordsPane *self = EC_RECORDS_PANE (object);

  g_free (self->learner);

  G_OBJECT_CLASS (ec_records_pane_parent_class)->finalize (object);
}

static void
ec_records_pane_class_init (EcRecordsPaneClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ec_records_pane_dispose;
  object_class->finalize = ec_records_pane_finalize;
  object_class->get_property = ec_records_pane_get_property;

  /* Whether a read of the cache is under way (the list or the summary
   * may still show the state before it). */
  obj_props[PROP_LOADING] = g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, obj_props);

  g_type_ensure (EC_TYPE_RECORDS_VIEW);
  g_type_ensure (EC_TYPE_RECORD_DETAIL);
  g_type_ensure (EC_TYPE_YEAR_SUMMARY_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ec-records-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, EcRecordsPane, year_combo);
  gtk_widget_class_bind_template_child (widget_class, EcRecordsPane, network_combo);
  gtk_widget_class_bind_template_child (widget_class, EcRecordsPane, status_combo);
  gtk_widget_class_bind_template_child (widget_class, EcRecordsPane, search_entry);
  gtk_widget_class_bind_template_child (widget_class, EcRecordsPane, count_label);
  gtk_widget_class_bind_template_child (widget_class, EcRecordsPane, view_stack);
  gtk_widget_class_bind_template_child (widget_class, EcRecordsPane, records_view);
  gtk_widget_class_bind_template_child (widget_class, EcRecordsPane, detail);
  gtk_widget_class_bind_template_child (widget_class, EcRecordsPane, summary_view);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sort_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_record_selected_cb);
}

static void
ec_records_pane_init (EcRecordsPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cutoff_month = 12;
  self->cutoff_day = 31;
  self->filling = TRUE;
  fill_filters (self);
  self->filling = FALSE;

  atk_object_set_name (gtk_widget_get_accessible (GTK_WIDGET (self->search_entry)), _ ("Search course names"));
}

EcRecordsPane *
ec_records_pane_new (void)
{
  return g_object_new (EC_TYPE_RECORDS_PANE, NULL);
}

/**
 * ec_records_pane_set_cache:
 * @cache: (nullable): the learner's cache, or %NULL when there is none
 *
 * Shows @cache's records.
 */
void
ec_records_pane_set_cache (EcRecordsPane *self,
                           EcCache       *cache)
{
  g_return_if_fail (EC_IS_RECORDS_PANE (self));

  if (g_set_object (&self->cache, cache))
    {
      ec_record_detail_set_record (self->detail, NULL);
      ec_records_pane_reload (self);
    }
}

void
ec_records_pane_set_identity (EcRecordsPane *self,
                              EcIdentity     identity)
{
  g_return_if_fail (EC_IS_RECORDS_PANE (self));

  self->identity = identity;
  ec_record_detail_set_identity (self->detail, identity);
}

void
ec_records_pane_set_learner (EcRecordsPane *self,
                             const char    *learner)
{
  g_return_if_fail (EC_IS_RECORDS_PANE (self));

  g_free (self->learner);
  self->learner = g_strdup (learner);
}

void
ec_records_pane_set_cutoff (EcRecordsPane *self,
                            guint          month,
                            guint          day)
{
  g_return_if_fail (EC_IS_RECORDS_PANE (self));

  self->cutoff_month = month;
  self->cutoff_day = day;
  /* The year's records are here already: only the sums change. */
  if (self->summary_records != NULL)
    show_summary (self, self->summary_records);
}

/**
 * ec_records_pane_get_view_stack:
 *
 * Returns: (transfer none): the stack of the two views ("records",
 *   "summary"), for the window's switcher.
 */
GtkStack *
ec_records_pane_get_view_stack (EcRecordsPane *self)
{
  g_return_val_if_fail (EC_IS_RECORDS_PANE (self), NULL);
  return self->view_stack;
}

void
ec_records_pane_focus_search (EcRecordsPane *self)
{
  g_return_if_fail (EC_IS_RECORDS_PANE (self));

  gtk_stack_set_visible_child_name (self->view_stack, "records");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * ec_records_pane_dup_shown_records:
 *
 * Returns: (transfer container) (element-type EcRecord): the records the
 *   filters show, in the list's order, for an export.
 */
GPtrArray *
ec_records_pane_dup_shown_records (EcRecordsPane *self)
{
  g_autoptr (GError) error = NULL;
  GPtrArray   *records = NULL;
  EcCacheQuery query;

  g_return_val_if_fail (EC_IS_RECORDS_PANE (self), NULL);

  build_query (self, &query);
  if (self->cache != NULL)
    records = ec_cache_query (self->cache, &query, &error);
  if (records == NULL)
    records = g_ptr_array_new_with_free_func ((GDestroyNotify) ec_record_free);
  return records;
}

/**
 * ec_records_pane_get_query:
 * @out_query: (out): the filters, search and sort the list shows; the
 *   search string belongs to the pane (copy it)
 */
void
ec_records_pane_get_query (EcRecordsPane *self,
                           EcCacheQuery  *out_query)
{
  g_return_if_fail (EC_IS_RECORDS_PANE (self));
  build_query (self, out_query);
}

gboolean
ec_records_pane_get_loading (EcRecordsPane *self)
{
  g_return_val_if_fail (EC_IS_RECORDS_PANE (self), FALSE);
  return self->loading > 0;
}

guint
ec_records_pane_get_n_shown (EcRecordsPane *self)
{
  g_return_val_if_fail (EC_IS_RECORDS_PANE (self), 0);
  return self->shown;
}

static EcSummaryReport *
new_report (EcRecordsPane *self)
{
  return ec_summary_report_new (self->learner != NULL ? self->learner : "", &self->summary,
                                self->summary_records);
}

static GtkWindow *
get_toplevel (EcRecordsPane *self)
{
  GtkWidget *toplevel = gtk_widget_get_toplevel (GTK_WIDGET (self));

  return GTK_IS_WINDOW (toplevel) ? GTK_WINDOW (toplevel) : NULL;
}

/**
 * ec_records_pane_print_summary:
 *
 * Prints the year's summary and courses (the print dialog can save a PDF
 * too).
 */
void
ec_records_pane_print_summary (EcRecordsPane *self)
{
  g_autoptr (EcSummaryReport) report = NULL;

  g_return_if_fail (EC_IS_RECORDS_PANE (self));

  report = new_report (self);
  ec_summary_report_print (report, get_toplevel (self));
}

/**
 * ec_records_pane_save_summary:
 *
 * Asks where, and saves the year's summary as a PDF file.
 */
void
ec_records_pane_save_summary (EcRecordsPane *self)
{
  g_autoptr (EcSummaryReport) report = NULL;

  g_return_if_fail (EC_IS_RECORDS_PANE (self));

  report = new_report (self);
  ec_summary_report_save_as_pdf (report, get_toplevel (self));
}
