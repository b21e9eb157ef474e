/* ec-api-client-records.c: GET /api/v1/records, one page of the learning
 * record, full, incremental (a cursor) or conditional (an ETag).
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-api-client"

#include "config.h"

#include "ec-api-client-records.h"
#include "ec-api-client-private.h"
#include "ec-api-json.h"

static void
on_records_reply_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr (GTask) task = G_TASK (user_data);
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (EcRecordsPage) page = NULL;
  g_autofree char *etag = NULL;
  guint            status = 0;

  root = _ec_api_client_send_finish (EC_API_CLIENT (source), result, &status, &etag, &error);
  if (error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (status == 304)
    {
      page = ec_records_page_new ();
      page->not_modified = TRUE;
      /* The service repeats the ETag; keep the one asked with if not. */
      page->etag = etag != NULL ? g_steal_pointer (&etag) : g_strdup (g_task_get_task_data (task));
    }
  else
    {
      page = ec_api_json_to_records_page (root, &error);
      if (page == NULL)
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      page->etag = g_steal_pointer (&etag);
    }

  g_task_return_pointer (task, g_steal_pointer (&page), (GDestroyNotify) ec_records_page_free);
}

/**
 * ec_api_client_fetch_records_async:
 * @cursor: (nullable): the cursor of an earlier page: only what changed
 *   after it
 * @etag: (nullable): the ETag of an earlier reply to the same query
 * @limit: records per page (1–1000), or 0 for the service's default
 *
 * GET /api/v1/records, one page.
 */
void
ec_api_client_fetch_records_async (EcApiClient        *self,
                                   const char         *cursor,
                                   const char         *etag,
                                   guint               limit,
                                   GCancellable       *cancellable,
                                   GAsyncReadyCallback callback,
                                   gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  g_autoptr (GString) path = g_string_new ("api/v1/records");
  char separator = '?';

  g_return_if_fail (EC_IS_API_CLIENT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ec_api_client_fetch_records_async);
  g_task_set_task_data (task, g_strdup (etag), g_free);

  if (limit > 0)
    {
      g_string_append_printf (path, "%climit=%u", separator, limit);
      separator = '&';
    }
  if (cursor != NULL)
    {
      g_autofree char *escaped = g_uri_escape_string (cursor, NULL, FALSE);

      g_string_append_printf (path, "%csince=%s", separator, escaped);
    }

  _ec_api_client_send_async (self, "GET", path->str, NULL, NULL, etag, cancellable,
                             on_records_reply_cb, g_steal_pointer (&task));
}

/**
 * ec_api_client_fetch_records_finish:
 *
 * Returns: (transfer full) (nullable): the page (with not_modified set
 *   after a 304), or %NULL with @error set.
 */
EcRecordsPage *
ec_api_client_fetch_records_finish (EcApiClient  *self,
                                    GAsyncResult *result,
                                    GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_async_result_is_tagged (result, ec_api_client_fetch_records_async), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
