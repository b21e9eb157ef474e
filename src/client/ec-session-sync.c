/* ec-session-sync.c: bringing the cache up to date with the service.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-session"

#include "config.h"

#include "ec-api-client-records.h"
#include "ec-cache-open.h"
#include "ec-cache-sync.h"
#include "ec-session-login.h"
#include "ec-session-sync.h"
#include "ec-session-private.h"

/* The sync uses the session's public face (the client to ask, the cache to
 * write, a remembered-password login to renew an expired session) and one
 * thing of its private header: emitting the session's sync-progress
 * signal, which only the session's own files may do. */

typedef struct {
  GPtrArray *pages;
  char      *etag;
  char      *cache_path;
  gboolean   full;
  gboolean   renewed;
  guint      received;
} SyncData;

static void
sync_data_free (SyncData *data)
{
  g_ptr_array_unref (data->pages);
  g_free (data->etag);
  g_free (data->cache_path);
  g_free (data);
}

static void fetch_page (GTask      *task,
                        const char *cursor,
                        const char *etag);

static void
start_sync (GTask *task)
{
  EcSession       *self = g_task_get_source_object (task);
  SyncData        *data = g_task_get_task_data (task);
  g_autofree char *cursor = ec_cache_dup_cursor (ec_session_get_cache (self));

  g_ptr_array_set_size (data->pages, 0);
  data->received = 0;
  g_clear_pointer (&data->etag, g_free);
  data->etag = ec_cache_dup_etag (ec_session_get_cache (self));
  data->full = cursor == NULL;
  fetch_page (task, cursor, data->etag);
}

static void
on_renewed_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GError) error = NULL;

  if (!ec_session_login_finish (EC_SESSION (source), result, NULL, &error))
    {
      /* No remembered password (or it stopped working): the learner must
       * log in; say that the session expired, which is what happened. */
      if (g_error_matches (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_UNAUTHORIZED))
        g_task_return_error (task, ec_client_error_new (EC_CLIENT_ERROR_SESSION_EXPIRED, NULL, NULL, 0));
      else
        g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  start_sync (g_steal_pointer (&task));
}

/* In a worker thread, on a connection of its own: writing a large sync
 * (100,000 records take a second or more) must not freeze the window,
 * which keeps reading the cache on its connection meanwhile (WAL lets a
 * reader and a writer work side by side). */
static void
apply_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  SyncData *data = task_data;
  g_autoptr (EcCache) cache = NULL;
  g_autoptr (GError) error = NULL;
  guint changed = 0;

  for (guint i = 0; i < data->pages->len; i++)
    {
      EcRecordsPage *page = g_ptr_array_index (data->pages, i);

      if (!page->not_modified)
        changed += page->records->len;
    }

  /* One transaction for the whole sync: a sync that fails anywhere before
   * this point has written nothing, and this either applies every page or
   * none. */
  cache = ec_cache_open (data->cache_path, &error);
  if (cache == NULL || !ec_cache_apply_sync (cache, data->pages, data->full, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_int (task, changed);
}

static void
finish_sync (GTask *task)
{
  EcSession *self = g_task_get_source_object (task);
  SyncData  *data = g_task_get_task_data (task);

  g_free (data->cache_path);
  data->cache_path = g_strdup (ec_cache_get_path (ec_session_get_cache (self)));
  g_task_run_in_thread (task, apply_in_thread);
  g_object_unref (task);
}

static void
on_page_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  GTask     *task = user_data;
  EcSession *self = g_task_get_source_object (task);
  SyncData  *data = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  EcRecordsPage *page;

  page = ec_api_client_fetch_records_finish (EC_API_CLIENT (source), result, &error);
  if (page == NULL)
    {
      if (g_error_matches (error, EC_CLIENT_ERROR, EC_CLIENT_ERROR_SESSION_EXPIRED) && !data->renewed)
        {
          data->renewed = TRUE;
          ec_session_login_remembered_async (self, ec_session_get_route (self), ec_session_get_login (self), g_task_get_cancellable (task),
                                             on_renewed_cb, task);
          return;
        }

      g_task_return_error (task, g_steal_pointer (&error));
      g_object_unref (task);
      return;
    }

  g_ptr_array_add (data->pages, page);
  if (!page->not_modified)
    {
      data->received += page->records->len;
      _ec_session_emit_sync_progress (self, data->received);
    }
  if (!page->not_modified && page->has_more)
    {
      fetch_page (task, page->cursor, NULL);
      return;
    }

  finish_sync (task);
}

static void
fetch_page (GTask      *task,
            const char *cursor,
            const char *etag)
{
  EcSession *self = g_task_get_source_object (task);

  ec_api_client_fetch_records_async (ec_session_get_client (self), cursor, etag, EC_SESSION_SYNC_PAGE,
                                     g_task_get_cancellable (task), on_page_cb, task);
}

/**
 * ec_session_sync_async:
 * @self: a logged-in session
 * @cancellable: (nullable): cancels the sync (the cache keeps its state)
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Fetches what changed since the last sync (everything the first time)
 * and stores it in the cache in one transaction.  An expired session is
 * renewed once with the remembered password.
 */
void
ec_session_sync_async (EcSession          *self,
                       GCancellable       *cancellable,
                       GAsyncReadyCallback callback,
                       gpointer            user_data)
{
  GTask    *task;
  SyncData *data;

  g_return_if_fail (EC_IS_SESSION (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ec_session_sync_async);

  if (!ec_session_get_logged_in (self) || ec_session_get_cache (self) == NULL)
    {
      g_task_return_error (task, ec_client_error_new (EC_CLIENT_ERROR_UNAUTHORIZED, NULL, NULL, 0));
      g_object_unref (task);
      return;
    }

  data = g_new0 (SyncData, 1);
  data->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) ec_records_page_free);
  g_task_set_task_data (task, data, (GDestroyNotify) sync_data_free);

  start_sync (task);
}

/**
 * ec_session_sync_finish:
 * @out_changed: (out) (optional): how many records (and deletions) arrived
 *
 * Returns: %TRUE if the cache is up to date with the service.
 */
gboolean
ec_session_sync_finish (EcSession    *self,
                        GAsyncResult *result,
                        guint        *out_changed,
                        GError      **error)
{
  g_autoptr (GError) local_error = NULL;
  gssize changed;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ec_session_sync_async, FALSE);

  changed = g_task_propagate_int (G_TASK (result), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (out_changed != NULL)
    *out_changed = (guint) changed;
  return TRUE;
}
