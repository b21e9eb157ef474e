/* ec-session-relogin.c: logging in again after a conversion.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-session"

#include "config.h"

#include "ec-api-client-endpoints.h"
#include "ec-session-login.h"
#include "ec-session-relogin.h"
#include "ec-session-private.h"

/* After a conversion the platform uploads the earlier hours only once the
 * learner has logged in again (DOMAIN.md, "After conversion"): a new
 * session, not a renewed token.  The old session is ended first so that
 * no token outlives its use; a failure to end it (the service already
 * forgot it) does not stop the new login. */

typedef struct {
  char *route;
  char *account;
  char *password;
} ReloginData;

static void
relogin_data_free (ReloginData *data)
{
  g_free (data->route);
  g_free (data->account);
  _ec_session_wipe_password (data->password);
  g_free (data);
}

static void
on_relogged_in_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GError) error = NULL;

  /* The old token is gone: a failed login leaves the session logged out
   * rather than pretending. */
  if (!ec_session_login_finish (EC_SESSION (source), result, NULL, &error))
    {
      _ec_session_forget (EC_SESSION (source));
      g_task_return_error (task, g_steal_pointer (&error));
    }
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_old_session_ended_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  GTask       *task = user_data;
  EcSession   *self = g_task_get_source_object (task);
  ReloginData *data = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;

  if (!ec_api_client_logout_finish (EC_API_CLIENT (source), result, &error))
    g_debug ("The old session did not end cleanly: %s", error->message);

  if (g_task_return_error_if_cancelled (task))
    {
      _ec_session_forget (self);
      g_object_unref (task);
      return;
    }

  if (data->password != NULL)
    ec_session_login_async (self, data->route, data->account, data->password, FALSE,
                            g_task_get_cancellable (task), on_relogged_in_cb, task);
  else
    ec_session_login_remembered_async (self, data->route, data->account,
                                       g_task_get_cancellable (task), on_relogged_in_cb, task);
}

/**
 * ec_session_relogin_async:
 * @self: a logged-in session
 * @cancellable: (nullable): cancels the login
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Ends the session and logs in again on the same route and account, with
 * the password kept by ec_session_keep_password_for_relogin() or else the
 * one the keyring remembers.  Without either, fails with
 * %EC_CLIENT_ERROR_UNAUTHORIZED (ask the learner).
 */
void
ec_session_relogin_async (EcSession          *self,
                          GCancellable       *cancellable,
                          GAsyncReadyCallback callback,
                          gpointer            user_data)
{
  GTask       *task;
  ReloginData *data;

  g_return_if_fail (EC_IS_SESSION (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ec_session_relogin_async);

  if (!ec_session_get_logged_in (self))
    {
      g_task_return_error (task, ec_client_error_new (EC_CLIENT_ERROR_UNAUTHORIZED, NULL, NULL, 0));
      g_object_unref (task);
      return;
    }

  data = g_new0 (ReloginData, 1);
  data->route = g_strdup (ec_session_get_route (self));
  data->account = g_strdup (ec_session_get_login (self));
  data->password = _ec_session_steal_relogin_password (self);
  g_task_set_task_data (task, data, (GDestroyNotify) relogin_data_free);

  ec_api_client_logout_async (ec_session_get_client (self), cancellable, on_old_session_ended_cb, task);
}

gboolean
ec_session_relogin_finish (EcSession    *self,
                           GAsyncResult *result,
                           GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ec_session_relogin_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
