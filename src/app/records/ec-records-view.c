/* ec-records-view.c: the list of courses.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-records-view"

#include "config.h"

#include <glib/gi18n.h>

#include "records/ec-records-view.h"

/* The view never sorts or filters: the cache does, in SQL, and the window
 * queries it again when the learner clicks a header (sort-changed).  What
 * is shown is always one query's result, in one immutable EcRecordsModel,
 * so that 100,000 courses cost a screenful of cells to show. */

struct _EcRecordsView {
  GtkBin parent_instance;

  /* Template children. */
  GtkScrolledWindow *scrolled_window;
  GtkTreeView       *tree_view;
  GtkTreeViewColumn *course_column;
  GtkTreeViewColumn *hours_column;
  GtkTreeViewColumn *completed_column;
  GtkTreeViewColumn *lifelong_column;
  GtkTreeViewColumn *teacher_column;
  GtkTreeViewColumn *env_column;

  EcRecordsModel *model;
  EcCacheSort     sort;
  gboolean        descending;
};

enum {
  SIGNAL_RECORD_SELECTED,
  SIGNAL_SORT_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (EcRecordsView, ec_records_view, GTK_TYPE_BIN)

static GtkTreeViewColumn *
column_for_sort (EcRecordsView *self,
                 EcCacheSort    sort)
{
  switch (sort)
    {
    case EC_CACHE_SORT_COURSE:
      return self->course_column;
    case EC_CACHE_SORT_MINUTES:
      return self->hours_column;
    case EC_CACHE_SORT_COMPLETED:
    default:
      return self->completed_column;
    }
}

static void
show_sort (EcRecordsView *self)
{
  GtkTreeViewColumn *sorted = column_for_sort (self, self->sort);
  GtkTreeViewColumn *columns[] = { self->course_column, self->hours_column, self->completed_column };

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    gtk_tree_view_column_set_sort_indicator (columns[i], columns[i] == sorted);
  gtk_tree_view_column_set_sort_order (sorted, self->descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
}

/* The selected record, or NULL. */
static const EcRecord *
selected_record (EcRecordsView *self)
{
  GtkTreeIter iter;

  if (self->model == NULL
      || !gtk_tree_selection_get_selected (gtk_tree_view_get_selection (self->tree_view), NULL, &iter))
    return NULL;
  return ec_records_model_get_record (self->model, &iter);
}

static void
on_selection_changed_cb (GtkTreeSelection *selection,
                         EcRecordsView    *self)
{
  g_signal_emit (self, signals[SIGNAL_RECORD_SELECTED], 0, selected_record (self));
}

/* A click on the sorted column reverses the order; a click on another one
 * sorts by it, starting from the order a learner most likely wants there:
 * names from A, hours and dates from the largest and the latest. */
static void
on_sort_column_clicked_cb (GtkTreeViewColumn *column,
                           EcRecordsView     *self)
{
  EcCacheSort sort;

  if (column == self->course_column)
    sort = EC_CACHE_SORT_COURSE;
  else if (column == self->hours_column)
    sort = EC_CACHE_SORT_MINUTES;
  else
    sort = EC_CACHE_SORT_COMPLETED;

  if (sort == self->sort)
    self->descending = !self->descending;
  else
    {
      self->sort = sort;
      self->descending = sort != EC_CACHE_SORT_COURSE;
    }

  show_sort (self);
  g_signal_emit (self, signals[SIGNAL_SORT_CHANGED], 0);
}

static void
ec_records_view_dispose (GObject *object)
{
  EcRecordsView *self = EC_RECORDS_VIEW (object);

  g_clear_object (&self->model);

  G_OBJECT_CLASS (ec_records_view_parent_class)->dispose (object);
}

static void
ec_records_view_class_init (EcRecordsViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ec_records_view_dispose;

  /* The record is the model's: a handler that keeps it must copy it. */
  signals[SIGNAL_RECORD_SELECTED] = g_signal_new ("record-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                                  EC_TYPE_RECORD | G_SIGNAL_TYPE_STATIC_SCOPE);
  signals[SIGNAL_SORT_CHANGED] = g_signal_new ("sort-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                               NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ec-records-view.ui");
  gtk_widget_class_bind_template_child (widget_class, EcRecordsView, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, EcRecordsView, tree_view);
  gtk_widget_class_bind_template_child (widget_class, EcRecordsView, course_column);
  gtk_widget_class_bind_template_child (widget_class, EcRecordsView, hours_column);
  gtk_widget_class_bind_template_child (widget_class, EcRecordsView, completed_column);
  gtk_widget_class_bind_template_child (widget_class, EcRecordsView, lifelong_column);
  gtk_widget_class_bind_template_child (widget_class, EcRecordsView, teacher_column);
  gtk_widget_class_bind_template_child (widget_class, EcRecordsView, env_column);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sort_column_clicked_cb);
}

static void
ec_records_view_init (EcRecordsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The networks' names come from the core, like everywhere else. */
  gtk_tree_view_column_set_title (self->lifelong_column, ec_network_get_label (EC_NETWORK_LIFELONG));
  gtk_tree_view_column_set_title (self->teacher_column, ec_network_get_label (EC_NETWORK_TEACHER));
  gtk_tree_view_column_set_title (self->env_column, ec_network_get_label (EC_NETWORK_ENV));

  /* The newest courses first: what a learner checks after studying. */
  self->sort = EC_CACHE_SORT_COMPLETED;
  self->descending = TRUE;
  show_sort (self);
}

EcRecordsView *
ec_records_view_new (void)
{
  return g_object_new (EC_TYPE_RECORDS_VIEW, NULL);
}

/**
 * ec_records_view_set_records:
 * @self: the view
 * @records: (element-type EcRecord): a query's result, in its order; the
 *   view keeps a reference and the array must not change afterwards
 *
 * Shows @records.  The selected course stays selected if @records has it
 * (by id); #EcRecordsView::record-selected then carries its new record, or
 * %NULL if it is gone.
 */
void
ec_records_view_set_records (EcRecordsView *self,
                             GPtrArray     *records)
{
  g_autoptr (EcRecordsModel) model = NULL;

  g_return_if_fail (EC_IS_RECORDS_VIEW (self));
  g_return_if_fail (records != NULL);

  model = ec_records_model_new (records);
  ec_records_view_set_model (self, model);
}

/**
 * ec_records_view_set_model:
 * @model: the rows to show
 *
 * Shows @model, keeping the selected course selected if it is still there.
 */
void
ec_records_view_set_model (EcRecordsView  *self,
                           EcRecordsModel *model)
{
  GtkTreeSelection *selection;
  const EcRecord   *before;
  gint64            selected_id = 0;
  gboolean          had_selection;
  GtkTreeIter       iter;

  g_return_if_fail (EC_IS_RECORDS_VIEW (self));
  g_return_if_fail (EC_IS_RECORDS_MODEL (model));

  selection = gtk_tree_view_get_selection (self->tree_view);
  before = selected_record (self);
  had_selection = before != NULL;
  if (had_selection)
    selected_id = before->id;

  /* Replacing the model clears the selection: tell about the outcome once,
   * not about the row that went and then the one that came back. */
  g_signal_handlers_block_by_func (selection, on_selection_changed_cb, self);
  gtk_tree_view_set_model (self->tree_view, NULL);
  g_set_object (&self->model, model);
  gtk_tree_view_set_model (self->tree_view, GTK_TREE_MODEL (self->model));
  if (had_selection && ec_records_model_find (self->model, selected_id, &iter))
    {
      g_autoptr (GtkTreePath) path = gtk_tree_model_get_path (GTK_TREE_MODEL (self->model), &iter);

      gtk_tree_view_set_cursor (self->tree_view, path, NULL, FALSE);
      gtk_tree_selection_select_iter (selection, &iter);
    }
  g_signal_handlers_unblock_by_func (selection, on_selection_changed_cb, self);

  if (had_selection)
    g_signal_emit (self, signals[SIGNAL_RECORD_SELECTED], 0, selected_record (self));
}

/**
 * ec_records_view_get_model:
 *
 * Returns: (transfer none) (nullable): the model shown, or %NULL before
 *   ec_records_view_set_records().
 */
EcRecordsModel *
ec_records_view_get_model (EcRecordsView *self)
{
  g_return_val_if_fail (EC_IS_RECORDS_VIEW (self), NULL);

  return self->model;
}

/**
 * ec_records_view_get_sort:
 * @out_sort: (out) (optional): the order the learner chose
 * @out_descending: (out) (optional): whether reversed
 *
 * The order to query the cache in (EcCacheQuery's sort and descending).
 */
void
ec_records_view_get_sort (EcRecordsView *self,
                          EcCacheSort   *out_sort,
                          gboolean      *out_descending)
{
  g_return_if_fail (EC_IS_RECORDS_VIEW (self));

  if (out_sort != NULL)
    *out_sort = self->sort;
  if (out_descending != NULL)
    *out_descending = self->descending;
}

/**
 * ec_records_view_select:
 * @id: a record's id
 *
 * Selects the record with @id and scrolls to it.
 *
 * Returns: %TRUE if the view shows it.
 */
gboolean
ec_records_view_select (EcRecordsView *self,
                        gint64         id)
{
  GtkTreeIter iter;
  g_autoptr (GtkTreePath) path = NULL;

  g_return_val_if_fail (EC_IS_RECORDS_VIEW (self), FALSE);

  if (self->model == NULL || !ec_records_model_find (self->model, id, &iter))
    return FALSE;

  path = gtk_tree_model_get_path (GTK_TREE_MODEL (self->model), &iter);
  gtk_tree_view_set_cursor (self->tree_view, path, NULL, FALSE);
  gtk_tree_selection_select_iter (gtk_tree_view_get_selection (self->tree_view), &iter);
  gtk_tree_view_scroll_to_cell (self->tree_view, path, NULL, TRUE, 0.5, 0.0);
  return TRUE;
}

/**
 * ec_records_view_get_tree_view:
 *
 * Returns: (transfer none): the tree view, for the window's search and
 *   for tests.
 */
GtkTreeView *
ec_records_view_get_tree_view (EcRecordsView *self)
{
  g_return_val_if_fail (EC_IS_RECORDS_VIEW (self), NULL);

  return self->tree_view;
}
