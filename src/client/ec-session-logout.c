/* ec-session-logout.c: logging out, offline too, and forgetting.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-session"

#include "config.h"

#include "ec-api-client-endpoints.h"
#include "ec-session-logout.h"
#include "ec-session-private.h"

/* A log-out never fails for want of the service: the token is forgotten
 * here whatever the service says.  On request it also forgets the
 * remembered password and deletes the account's cache file. */

typedef struct {
  gboolean forget_password;
  gboolean clear_cache;
  char    *route;
  char    *login;
  char    *cache_path;
} LogoutData;

static void
logout_data_free (LogoutData *data)
{
  g_free (data->route);
  g_free (data->login);
  g_free (data->cache_path);
  g_free (data);
}

static void
finish_logout (GTask *task)
{
  LogoutData *data = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;

  if (data->clear_cache && data->cache_path != NULL && !ec_cache_delete_file (data->cache_path, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      g_object_unref (task);
      return;
    }

  g_task_return_boolean (task, TRUE);
  g_object_unref (task);
}

static void
on_password_cleared_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr (GError) error = NULL;

  /* Nothing remembered, or no keyring at all: there is nothing to forget. */
  if (!ec_credential_store_clear_finish (EC_CREDENTIAL_STORE (source), result, &error))
    g_debug ("The password was not forgotten: %s", error->message);

  finish_logout (user_data);
}

static void
on_logged_out_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  GTask      *task = user_data;
  EcSession  *self = g_task_get_source_object (task);
  LogoutData *data = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;

  /* Logging out works offline too: the token is forgotten here whatever
   * the service said, and it expires there on its own. */
  if (!ec_api_client_logout_finish (EC_API_CLIENT (source), result, &error))
    g_debug ("The service did not confirm the logout: %s", error->message);

  _ec_session_forget (self);

  if (data->forget_password && data->login != NULL)
    {
      ec_credential_store_clear_async (ec_session_get_credentials (self), data->route, data->login,
                                       g_task_get_cancellable (task), on_password_cleared_cb, task);
      return;
    }

  finish_logout (task);
}

/**
 * ec_session_logout_async:
 * @forget_password: also remove the remembered password from the keyring
 * @clear_cache: also delete this account's cache file
 *
 * Logs out; works offline.
 */
void
ec_session_logout_async (EcSession          *self,
                         gboolean            forget_password,
                         gboolean            clear_cache,
                         GCancellable       *cancellable,
                         GAsyncReadyCallback callback,
                         gpointer            user_data)
{
  GTask      *task;
  LogoutData *data;

  g_return_if_fail (EC_IS_SESSION (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ec_session_logout_async);

  data = g_new0 (LogoutData, 1);
  data->forget_password = forget_password;
  data->clear_cache = clear_cache;
  data->route = g_strdup (ec_session_get_route (self));
  data->login = g_strdup (ec_session_get_login (self));
  if (ec_session_get_cache (self) != NULL)
    data->cache_path = g_strdup (ec_cache_get_path (ec_session_get_cache (self)));
  g_task_set_task_data (task, data, (GDestroyNotify) logout_data_free);

  ec_api_client_logout_async (ec_session_get_client (self), cancellable, on_logged_out_cb, task);
}

gboolean
ec_session_logout_finish (EcSession    *self,
                          GAsyncResult *result,
                          GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ec_session_logout_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
