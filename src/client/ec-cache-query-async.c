/* ec-cache-query-async.c: reading the cache in a worker thread.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-cache"

#include "config.h"

#include "ec-cache-open.h"
#include "ec-cache-query-async.h"
#include "ec-cache-query.h"
#include "ec-cache-private.h"
#include "ec-cache.h"

typedef struct {
  char        *path;
  EcCacheQuery query;
  char        *search;
  gboolean     ids_only;
} QueryData;

static void
query_data_free (QueryData *data)
{
  g_free (data->path);
  g_free (data->search);
  g_free (data);
}

/* A connection of the worker's own: a SQLite connection is not shared
 * between threads, and WAL lets it read while the window's reads too. */
static void
query_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  QueryData *data = task_data;
  g_autoptr (EcCache) cache = NULL;
  g_autoptr (GError) error = NULL;
  GPtrArray *records;

  cache = ec_cache_open (data->path, &error);
  if (cache == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (data->ids_only)
    {
      GArray *ids = ec_cache_query_ids (cache, &data->query, &error);

      if (ids == NULL)
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_pointer (task, ids, (GDestroyNotify) g_array_unref);
      return;
    }

  records = ec_cache_query (cache, &data->query, &error);
  if (records == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else if (!g_task_return_error_if_cancelled (task))
    g_task_return_pointer (task, records, (GDestroyNotify) g_ptr_array_unref);
  else
    g_ptr_array_unref (records);
}

/**
 * ec_cache_query_async:
 * @self: a cache
 * @query: what to read, as for ec_cache_query(); copied
 * @cancellable: (nullable): drops the result (the read itself runs on)
 * @callback: called with the records
 * @user_data: for @callback
 *
 * Reads records in a worker thread, so that a large record (100,000
 * courses take over a second) never freezes the window.
 */
static void
start_query (EcCache            *self,
             const EcCacheQuery *query,
             gboolean            ids_only,
             gpointer            source_tag,
             GCancellable       *cancellable,
             GAsyncReadyCallback callback,
             gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  QueryData *data;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);

  data = g_new0 (QueryData, 1);
  data->path = g_strdup (ec_cache_get_path (self));
  data->query = *query;
  data->search = g_strdup (query->search);
  data->query.search = data->search;
  data->ids_only = ids_only;
  g_task_set_task_data (task, data, (GDestroyNotify) query_data_free);
  g_task_run_in_thread (task, query_in_thread);
}

void
ec_cache_query_async (EcCache            *self,
                      const EcCacheQuery *query,
                      GCancellable       *cancellable,
                      GAsyncReadyCallback callback,
                      gpointer            user_data)
{
  g_return_if_fail (EC_IS_CACHE (self));
  g_return_if_fail (query != NULL && _ec_cache_query_is_valid (query));

  start_query (self, query, FALSE, ec_cache_query_async, cancellable, callback, user_data);
}

/**
 * ec_cache_query_ids_async:
 *
 * ec_cache_query_ids() in a worker thread, as ec_cache_query_async().
 */
void
ec_cache_query_ids_async (EcCache            *self,
                          const EcCacheQuery *query,
                          GCancellable       *cancellable,
                          GAsyncReadyCallback callback,
                          gpointer            user_data)
{
  g_return_if_fail (EC_IS_CACHE (self));
  g_return_if_fail (query != NULL && _ec_cache_query_is_valid (query));

  start_query (self, query, TRUE, ec_cache_query_ids_async, cancellable, callback, user_data);
}

/**
 * ec_cache_query_ids_finish:
 *
 * Returns: (transfer full) (element-type gint64) (nullable): the ids.
 */
GArray *
ec_cache_query_ids_finish (EcCache      *self,
                           GAsyncResult *result,
                           GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ec_cache_query_ids_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * ec_cache_query_finish:
 *
 * Returns: (transfer container) (element-type EcRecord) (nullable): the
 *   records, or %NULL with @error set.
 */
GPtrArray *
ec_cache_query_finish (EcCache      *self,
                       GAsyncResult *result,
                       GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ec_cache_query_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
