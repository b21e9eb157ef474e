/* ec-records-model.c: a learning record as a GtkTreeModel, for a
 * GtkTreeView in fixed-height mode.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-records-model"

#include "config.h"

#include <glib/gi18n.h>

#include "ec-client.h"
#include "records/ec-records-model.h"
#include "ec-core.h"

/* A learner may have 100,000 courses.  A GtkListStore would copy every
 * cell of every row into its own storage before the first row is shown;
 * this model keeps the query's records as they are and renders a cell only
 * when the view asks for it, which in fixed-height mode is only for the
 * rows on screen.
 *
 * With 100,000 courses even reading every record takes a second, so the
 * model can also start from the query's ids alone and read the rows from
 * the cache a page at a time as the view draws them; a page, once read,
 * stays for the model's life, so a record handed out stays valid.
 *
 * The records never change inside a model: a new query makes a new model.
 * So the model never emits row signals, every iter stays valid for the
 * model's life (GTK_TREE_MODEL_ITERS_PERSIST), and an iter is nothing but
 * the row's index. */

/* Shown for a missing date or a network the course has no hours for. */
#define NO_VALUE "—"

struct _EcRecordsModel {
  GObject parent_instance;

  GPtrArray *records;

  /* Or: the ids, in order, and the pages of records read so far (page
   * index → array of EcRecord, NULL where the cache no longer held one). */
  GArray     *ids;
  EcCache    *cache;
  GHashTable *pages;

  /* Tells our iters from another model's, or from a previous model's the
   * view still holds. */
  int stamp;
};

static void ec_records_model_tree_model_init (GtkTreeModelIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (EcRecordsModel, ec_records_model, G_TYPE_OBJECT, G_IMPLEMENT_INTERFACE (GTK_TYPE_TREE_MODEL, ec_records_model_tree_model_init))

/* Rows read from the cache at once: a screenful and more, in one query. */
#define PAGE_SIZE 200

static guint
n_rows (EcRecordsModel *self)
{
  return self->records != NULL ? self->records->len : self->ids->len;
}

/* A row whose record went from the cache after the query (a sync ran
 * meanwhile): shown empty until the next query. */
static const EcRecord *
gone_record (void)
{
  static EcRecord gone;

  if (gone.course == NULL)
    {
      gone.course = (char *) "";
      for (guint n = 0; n < EC_N_NETWORKS; n++)
        {
          gone.networks[n].status = EC_UPLOAD_STATUS_NOT_ELIGIBLE;
          gone.networks[n].reason = EC_UPLOAD_REASON_NO_CERTIFIED_HOURS;
        }
    }
  return &gone;
}

static GPtrArray *
read_page (EcRecordsModel *self,
           guint           page)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) found = NULL;
  guint      first = page * PAGE_SIZE;
  guint      count = MIN (PAGE_SIZE, self->ids->len - first);
  GPtrArray *rows = g_ptr_array_new_full (count, (GDestroyNotify) ec_record_free);
  guint      next = 0;

  found = ec_cache_get_records (self->cache, &g_array_index (self->ids, gint64, first), count, &error);
  if (found == NULL)
    g_warning ("The records could not be read: %s", error->message);

  /* The rows come in the order asked, without the ones that went. */
  for (guint i = 0; i < count; i++)
    {
      EcRecord *record = found != NULL && next < found->len ? g_ptr_array_index (found, next) : NULL;

      if (record != NULL && record->id == g_array_index (self->ids, gint64, first + i))
        {
          g_ptr_array_add (rows, g_steal_pointer (&found->pdata[next]));
          next++;
        }
      else
        g_ptr_array_add (rows, NULL);
    }
  return rows;
}

static const EcRecord *
record_at (EcRecordsModel *self,
           guint           index)
{
  GPtrArray      *rows;
  guint           page = index / PAGE_SIZE;
  const EcRecord *record;

  if (self->records != NULL)
    return g_ptr_array_index (self->records, index);

  rows = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));
  if (rows == NULL)
    {
      rows = read_page (self, page);
      g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), rows);
    }
  record = g_ptr_array_index (rows, index % PAGE_SIZE);
  return record != NULL ? record : gone_record ();
}

static gboolean
iter_is_valid (EcRecordsModel *self,
               GtkTreeIter    *iter)
{
  return iter != NULL && iter->stamp == self->stamp
         && GPOINTER_TO_UINT (iter->user_data) < n_rows (self);
}

static gboolean
set_iter (EcRecordsModel *self,
          guint           index,
          GtkTreeIter    *iter)
{
  if (index >= n_rows (self))
    {
      iter->stamp = 0;
      return FALSE;
    }

  iter->stamp = self->stamp;
  iter->user_data = GUINT_TO_POINTER (index);
  iter->user_data2 = NULL;
  iter->user_data3 = NULL;
  return TRUE;
}

static guint
largest_minutes (const EcRecord *record)
{
  guint largest = 0;

  for (guint n = 0; n < EC_N_NETWORKS; n++)
    largest = MAX (largest, record->minutes[n]);
  return largest;
}

static char *
format_completed (const EcRecord *record)
{
  GDate date;

  if (record->completed_at == EC_TIME_NEVER)
    return g_strdup (NO_VALUE);

  ec_time_to_taiwan_date (record->completed_at, &date);
  return ec_date_to_iso8601 (&date);
}

/* A network the course has hours for, and that will not get them without
 * the learner doing something (or ever): the row earns a warning icon. */
static gboolean
needs_attention (const EcRecord *record)
{
  for (guint n = 0; n < EC_N_NETWORKS; n++)
    if (record->minutes[n] > 0
        && (record->networks[n].status == EC_UPLOAD_STATUS_NOT_ELIGIBLE
            || record->networks[n].status == EC_UPLOAD_STATUS_NEVER))
      return TRUE;
  return FALSE;
}

static GtkTreeModelFlags
ec_records_model_get_flags (GtkTreeModel *model)
{
  return GTK_TREE_MODEL_LIST_ONLY | GTK_TREE_MODEL_ITERS_PERSIST;
}

static int
ec_records_model_get_n_columns (GtkTreeModel *model)
{
  return EC_RECORDS_N_COLUMNS;
}

static GType
ec_records_model_get_column_type (GtkTreeModel *model,
                                  int           column)
{
  g_return_val_if_fail (column >= 0 && column < EC_RECORDS_N_COLUMNS, G_TYPE_INVALID);

  switch ((EcRecordsColumn) column)
    {
    case EC_RECORDS_COLUMN_ID:
      return G_TYPE_INT64;
    case EC_RECORDS_COLUMN_ATTENTION:
      return G_TYPE_BOOLEAN;
    default:
      return G_TYPE_STRING;
    }
}

static gboolean
ec_records_model_get_iter (GtkTreeModel *model,
                           GtkTreeIter  *iter,
                           GtkTreePath  *path)
{
  EcRecordsModel *self = EC_RECORDS_MODEL (model);

  if (gtk_tree_path_get_depth (path) != 1)
    {
      iter->stamp = 0;
      return FALSE;
    }
  return set_iter (self, (guint) gtk_tree_path_get_indices (path)[0], iter);
}

static GtkTreePath *
ec_records_model_get_path (GtkTreeModel *model,
                           GtkTreeIter  *iter)
{
  EcRecordsModel *self = EC_RECORDS_MODEL (model);

  g_return_val_if_fail (iter_is_valid (self, iter), NULL);

  return gtk_tree_path_new_from_indices ((int) GPOINTER_TO_UINT (iter->user_data), -1);
}

static void
ec_records_model_get_value (GtkTreeModel *model,
                            GtkTreeIter  *iter,
                            int           column,
                            GValue       *value)
{
  EcRecordsModel *self = EC_RECORDS_MODEL (model);
  const EcRecord *record;

  g_return_if_fail (iter_is_valid (self, iter));
  g_return_if_fail (column >= 0 && column < EC_RECORDS_N_COLUMNS);

  record = record_at (self, GPOINTER_TO_UINT (iter->user_data));
  g_value_init (value, ec_records_model_get_column_type (model, column));

  switch ((EcRecordsColumn) column)
    {
    case EC_RECORDS_COLUMN_ID:
      g_value_set_int64 (value, record->id);
      break;
    case EC_RECORDS_COLUMN_COURSE:
      g_value_set_string (value, record->course);
      break;
    case EC_RECORDS_COLUMN_HOURS:
      g_value_take_string (value, ec_minutes_format_hours (largest_minutes (record)));
      break;
    case EC_RECORDS_COLUMN_COMPLETED:
      g_value_take_string (value, format_completed (record));
      break;
    case EC_RECORDS_COLUMN_LIFELONG:
      g_value_take_string (value, ec_network_status_format_short (&record->networks[EC_NETWORK_LIFELONG]));
      break;
    case EC_RECORDS_COLUMN_TEACHER:
      g_value_take_string (value, ec_network_status_format_short (&record->networks[EC_NETWORK_TEACHER]));
      break;
    case EC_RECORDS_COLUMN_ENV:
      g_value_take_string (value, ec_network_status_format_short (&record->networks[EC_NETWORK_ENV]));
      break;
    case EC_RECORDS_COLUMN_ATTENTION:
      g_value_set_boolean (value, needs_attention (record));
      break;
    case EC_RECORDS_N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
ec_records_model_iter_next (GtkTreeModel *model,
                            GtkTreeIter  *iter)
{
  EcRecordsModel *self = EC_RECORDS_MODEL (model);

  g_return_val_if_fail (iter_is_valid (self, iter), FALSE);

  return set_iter (self, GPOINTER_TO_UINT (iter->user_data) + 1, iter);
}

static gboolean
ec_records_model_iter_previous (GtkTreeModel *model,
                                GtkTreeIter  *iter)
{
  EcRecordsModel *self = EC_RECORDS_MODEL (model);
  guint           index;

  g_return_val_if_fail (iter_is_valid (self, iter), FALSE);

  index = GPOINTER_TO_UINT (iter->user_data);
  if (index == 0)
    {
      iter->stamp = 0;
      return FALSE;
    }
  return set_iter (self, index - 1, iter);
}

static gboolean
ec_records_model_iter_children (GtkTreeModel *model,
                                GtkTreeIter  *iter,
                                GtkTreeIter  *parent)
{
  if (parent != NULL)
    {
      iter->stamp = 0;
      return FALSE;
    }
  return set_iter (EC_RECORDS_MODEL (model), 0, iter);
}

static gboolean
ec_records_model_iter_has_child (GtkTreeModel *model,
                                 GtkTreeIter  *iter)
{
  return FALSE;
}

static int
ec_records_model_iter_n_children (GtkTreeModel *model,
                                  GtkTreeIter  *iter)
{
  EcRecordsModel *self = EC_RECORDS_MODEL (model);

  return iter == NULL ? (int) n_rows (self) : 0;
}

static gboolean
ec_records_model_iter_nth_child (GtkTreeModel *model,
                                 GtkTreeIter  *iter,
                                 GtkTreeIter  *parent,
                                 int           n)
{
  if (parent != NULL || n < 0)
    {
      iter->stamp = 0;
      return FALSE;
    }
  return set_iter (EC_RECORDS_MODEL (model), (guint) n, iter);
}

static gboolean
ec_records_model_iter_parent (GtkTreeModel *model,
                              GtkTreeIter  *iter,
                              GtkTreeIter  *child)
{
  iter->stamp = 0;
  return FALSE;
}

static void
ec_records_model_tree_model_init (GtkTreeModelIface *iface)
{
  iface->get_flags = ec_records_model_get_flags;
  iface->get_n_columns = ec_records_model_get_n_columns;
  iface->get_column_type = ec_records_model_get_column_type;
  iface->get_iter = ec_records_model_get_iter;
  iface->get_path = ec_records_model_get_path;
  iface->get_value = ec_records_model_get_value;
  iface->iter_next = ec_records_model_iter_next;
  iface->iter_previous = ec_records_model_iter_previous;
  iface->iter_children = ec_records_model_iter_children;
  iface->iter_has_child = ec_records_model_iter_has_child;
  iface->iter_n_children = ec_records_model_iter_n_children;
  iface->iter_nth_child = ec_records_model_iter_nth_child;
  iface->iter_parent = ec_records_model_iter_parent;
}

static void
ec_records_model_finalize (GObject *object)
{
  EcRecordsModel *self = EC_RECORDS_MODEL (object);

  g_clear_pointer (&self->records, g_ptr_array_unref);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->pages, g_hash_table_unref);
  g_clear_object (&self->cache);

  G_OBJECT_CLASS (ec_records_model_parent_class)->finalize (object);
}

static void
ec_records_model_class_init (EcRecordsModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ec_records_model_finalize;
}

static void
ec_records_model_init (EcRecordsModel *self)
{
  /* Zero marks an invalid iter: never use it as a stamp. */
  do
    self->stamp = (int) g_random_int ();
  while (self->stamp == 0);
}

/**
 * ec_records_model_new:
 * @records: (element-type EcRecord): the records, in the order to show
 *   them (the cache's query sorts them; the model never does)
 *
 * Returns: (transfer full): a model of @records; it keeps a reference to
 *   the array, which must not change afterwards.
 */
EcRecordsModel *
ec_records_model_new (GPtrArray *records)
{
  EcRecordsModel *self;

  g_return_val_if_fail (records != NULL, NULL);
  /* Iters are indices cast to int by GtkTreePath. */
  g_return_val_if_fail (records->len <= G_MAXINT, NULL);

  self = g_object_new (EC_TYPE_RECORDS_MODEL, NULL);
  self->records = g_ptr_array_ref (records);
  return self;
}

/**
 * ec_records_model_new_from_ids:
 * @cache: the cache the ids are from
 * @ids: (element-type gint64): the records' ids, in the order to show them
 *   (ec_cache_query_ids())
 *
 * Returns: (transfer full): a model that reads the rows from @cache as the
 *   view draws them, a page at a time.
 */
EcRecordsModel *
ec_records_model_new_from_ids (EcCache *cache,
                               GArray  *ids)
{
  EcRecordsModel *self;

  g_return_val_if_fail (EC_IS_CACHE (cache), NULL);
  g_return_val_if_fail (ids != NULL && ids->len <= G_MAXINT, NULL);

  self = g_object_new (EC_TYPE_RECORDS_MODEL, NULL);
  self->cache = g_object_ref (cache);
  self->ids = g_array_ref (ids);
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  return self;
}

guint
ec_records_model_get_n_records (EcRecordsModel *self)
{
  g_return_val_if_fail (EC_IS_RECORDS_MODEL (self), 0);

  return n_rows (self);
}

/**
 * ec_records_model_get_record:
 * @self: the model
 * @iter: a row of @self
 *
 * Returns: (transfer none): the row's record, valid as long as the model.
 */
const EcRecord *
ec_records_model_get_record (EcRecordsModel *self,
                             GtkTreeIter    *iter)
{
  g_return_val_if_fail (EC_IS_RECORDS_MODEL (self), NULL);
  g_return_val_if_fail (iter_is_valid (self, iter), NULL);

  return record_at (self, GPOINTER_TO_UINT (iter->user_data));
}

/**
 * ec_records_model_find:
 * @self: the model
 * @id: a record's id
 * @out_iter: (out) (optional): its row
 *
 * Finds a record by id.  This is a linear scan: it runs once per new model
 * (to keep the selection) or when the learner asks for a course, and a
 * pass over 100,000 pointers costs well under a millisecond, less than an
 * index the model would have to build for every query.
 *
 * Returns: %TRUE if @self has a record with @id.
 */
gboolean
ec_records_model_find (EcRecordsModel *self,
                       gint64          id,
                       GtkTreeIter    *out_iter)
{
  g_return_val_if_fail (EC_IS_RECORDS_MODEL (self), FALSE);

  for (guint i = 0; i < n_rows (self); i++)
    {
      gint64 row_id = self->records != NULL ? ((EcRecord *) g_ptr_array_index (self->records, i))->id
                                            : g_array_index (self->ids, gint64, i);

      if (row_id == id)
        {
          if (out_iter != NULL)
            set_iter (self, i, out_iter);
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * ec_network_status_format_short:
 * @status: one network's verdict
 *
 * Words a verdict for a list cell: the upload date, the expected one (marked
 * when it is an estimate), why not, or "—" for a network the course has no
 * hours for (there is nothing to say about it).
 *
 * Returns: (transfer full): a translated, short text.
 */
char *
ec_network_status_format_short (const EcNetworkStatus *status)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (status != NULL, NULL);

  if (g_date_valid (&status->date))
    date = ec_date_to_iso8601 (&status->date);

  switch (status->status)
    {
    case EC_UPLOAD_STATUS_UPLOADED:
      if (date == NULL)
        return g_strdup (ec_upload_status_get_label (status->status));
      /* TRANSLATORS: a list cell; %s is the date the hours were uploaded,
       * as YYYY-MM-DD. */
      return g_strdup_printf (_ ("Uploaded %s"), date);
    case EC_UPLOAD_STATUS_PENDING:
      if (date == NULL)
        return g_strdup (ec_upload_status_get_label (status->status));
      if (status->date_is_estimate)
        /* TRANSLATORS: a list cell; %s is the date the hours are expected
         * to be uploaded, as YYYY-MM-DD, counted over days the office
         * calendar has no data for, so it is only about then. */
        return g_strdup_printf (_ ("Expected about %s"), date);
      /* TRANSLATORS: a list cell; %s is the date the hours are expected to
       * be uploaded, as YYYY-MM-DD. */
      return g_strdup_printf (_ ("Expected %s"), date);
    case EC_UPLOAD_STATUS_NOT_ELIGIBLE:
      if (status->reason == EC_UPLOAD_REASON_NO_CERTIFIED_HOURS)
        return g_strdup (NO_VALUE);
      return g_strdup (ec_upload_reason_get_summary (status->reason));
    case EC_UPLOAD_STATUS_NEVER:
      /* TRANSLATORS: a list cell: the course was studied with a social
       * account, so its hours never reach this network. */
      return g_strdup (_ ("Never (social login)"));
    default:
      g_return_val_if_reached (g_strdup (NO_VALUE));
    }
}
