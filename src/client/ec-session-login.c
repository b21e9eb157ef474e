/* ec-session-login.c: logging in, with a password typed or remembered.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-session"

#include "config.h"

#include "ec-api-client-endpoints.h"
#include "ec-session-login.h"
#include "ec-session-private.h"

/* A login opens the account's cache and, when the learner asks, saves the
 * password in the keyring; the password is in this process's memory only
 * while the login runs (or, when kept for a conversion's re-login, until
 * that re-login or a log-out). */

typedef struct {
  char    *route;
  char    *account;
  char    *password;
  gboolean remember;
  GError  *remember_error;
} LoginData;

static void
login_data_free (LoginData *data)
{
  g_free (data->route);
  g_free (data->account);
  _ec_session_wipe_password (data->password);
  g_clear_error (&data->remember_error);
  g_free (data);
}

static void
on_password_saved_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  LoginData *data = g_task_get_task_data (task);

  /* A keyring that cannot remember is not a failed login: the learner is
   * logged in, and only told that the password was not saved. */
  ec_credential_store_save_finish (EC_CREDENTIAL_STORE (source), result, &data->remember_error);
  if (data->remember_error != NULL)
    g_debug ("The password was not remembered: %s", data->remember_error->message);

  g_task_return_boolean (task, TRUE);
}

static void
on_logged_in_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  EcSession *self = g_task_get_source_object (task);
  LoginData *data = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  g_autoptr (EcAccount) account = NULL;
  GCancellable *cancellable;
  gboolean      changed;

  account = ec_api_client_login_finish (EC_API_CLIENT (source), result, &error);
  if (account == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (!_ec_session_open_cache (self, data->account, &error))
    {
      _ec_session_forget (self);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  changed = g_strcmp0 (self->login, data->account) != 0 || g_strcmp0 (self->route, data->route) != 0;
  g_free (self->login);
  self->login = g_strdup (data->account);
  g_free (self->route);
  self->route = g_strdup (data->route);
  changed = changed || !ec_account_equal (self->account, account);
  g_clear_pointer (&self->account, ec_account_free);
  self->account = g_steal_pointer (&account);
  _ec_session_set_logged_in (self, TRUE);
  /* Another learner (the demo's persona picker logs in over a session),
   * or the same one whose account changed (converted, then logged in
   * again): whoever shows the record shows it anew. */
  if (changed)
    _ec_session_notify_login (self);

  if (self->keep_password && data->password != NULL)
    {
      g_clear_pointer (&self->relogin_password, _ec_session_wipe_password);
      self->relogin_password = g_strdup (data->password);
      self->keep_password = FALSE;
    }

  if (!data->remember)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  /* The cancellable is read before the task is handed on: the order in
   * which C evaluates arguments is unspecified. */
  cancellable = g_task_get_cancellable (task);
  ec_credential_store_save_async (self->credentials, data->route, data->account, data->password,
                                  cancellable, on_password_saved_cb, g_steal_pointer (&task));
}

static void
start_login (GTask *task)
{
  EcSession *self = g_task_get_source_object (task);
  LoginData *data = g_task_get_task_data (task);

  ec_api_client_login_async (self->client, data->route, data->account, data->password,
                             g_task_get_cancellable (task), on_logged_in_cb, task);
}

/**
 * ec_session_login_async:
 * @self: a session
 * @route: "ecpa", "gov-tw", "certificate" or "social"
 * @account: the login name
 * @password: the password (or a certificate's PIN)
 * @remember: whether to keep the password in the keyring
 * @cancellable: (nullable): cancels the login
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Logs in, opens this account's cache and, if asked, remembers the
 * password in the keyring.
 */
void
ec_session_login_async (EcSession          *self,
                        const char         *route,
                        const char         *account,
                        const char         *password,
                        gboolean            remember,
                        GCancellable       *cancellable,
                        GAsyncReadyCallback callback,
                        gpointer            user_data)
{
  GTask     *task;
  LoginData *data;

  g_return_if_fail (EC_IS_SESSION (self));
  g_return_if_fail (route != NULL && account != NULL && password != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ec_session_login_async);

  data = g_new0 (LoginData, 1);
  data->route = g_strdup (route);
  data->account = g_strdup (account);
  data->password = g_strdup (password);
  data->remember = remember;
  g_task_set_task_data (task, data, (GDestroyNotify) login_data_free);

  start_login (task);
}

static void
on_password_found_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  GTask     *task = user_data;
  LoginData *data = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;

  data->password = ec_credential_store_lookup_finish (EC_CREDENTIAL_STORE (source), result, &error);
  if (error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      g_object_unref (task);
      return;
    }
  if (data->password == NULL)
    {
      g_task_return_error (task, ec_client_error_new (EC_CLIENT_ERROR_UNAUTHORIZED, NULL, NULL, 0));
      g_object_unref (task);
      return;
    }

  start_login (task);
}

/**
 * ec_session_login_remembered_async:
 *
 * Logs in with the password the keyring remembers for @route and
 * @account.  Without one, fails with %EC_CLIENT_ERROR_UNAUTHORIZED: ask the
 * learner.
 */
void
ec_session_login_remembered_async (EcSession          *self,
                                   const char         *route,
                                   const char         *account,
                                   GCancellable       *cancellable,
                                   GAsyncReadyCallback callback,
                                   gpointer            user_data)
{
  GTask     *task;
  LoginData *data;

  g_return_if_fail (EC_IS_SESSION (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ec_session_login_async);

  data = g_new0 (LoginData, 1);
  data->route = g_strdup (route);
  data->account = g_strdup (account);
  g_task_set_task_data (task, data, (GDestroyNotify) login_data_free);

  ec_credential_store_lookup_async (self->credentials, route, account, cancellable,
                                    on_password_found_cb, task);
}

/**
 * ec_session_login_finish:
 * @remember_error: (out) (optional): set when the login worked but the
 *   keyring could not remember the password (no keyring, a locked one)
 *
 * Returns: %TRUE if the learner is logged in.
 */
gboolean
ec_session_login_finish (EcSession    *self,
                         GAsyncResult *result,
                         GError      **remember_error,
                         GError      **error)
{
  LoginData *data;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ec_session_login_async, FALSE);

  data = g_task_get_task_data (G_TASK (result));
  if (data != NULL && data->remember_error != NULL && remember_error != NULL)
    *remember_error = g_error_copy (data->remember_error);

  return g_task_propagate_boolean (G_TASK (result), error);
}
