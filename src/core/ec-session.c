/* ec-session.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-session"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ec-session-private.h"
#include "ec-session.h"

/* The session is the one place that knows how the three parts of the data
 * layer fit: the API client talks, the cache remembers, the keyring holds
 * the password.  The token lives only in the client's memory; the password
 * only in the keyring (when the learner asked) and, during a login, in this
 * process's memory, wiped as soon as the login is done. */

struct _EcSession {
  GObject parent_instance;

  EcApiClient       *client;
  EcCredentialStore *credentials;
  EcCache           *cache;
  char              *cache_path;

  gboolean    logged_in;
  char       *login;
  char       *route;
  JsonObject *account;

  /* Only between ec_session_keep_password_for_relogin() and the re-login
   * or log-out it is for. */
  gboolean keep_password;
  char    *relogin_password;
};

G_DEFINE_FINAL_TYPE (EcSession, ec_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LOGGED_IN,
  PROP_LOGIN,
  N_PROPS
};

static GParamSpec *obj_props[N_PROPS];

enum {
  SYNC_PROGRESS,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
wipe_free (char *secret)
{
  if (secret != NULL)
    {
      memset (secret, 0, strlen (secret));
      g_free (secret);
    }
}

static void
set_logged_in (EcSession *self,
               gboolean   logged_in)
{
  if (self->logged_in == logged_in)
    return;

  self->logged_in = logged_in;
  g_object_notify_by_pspec (G_OBJECT (self), obj_props[PROP_LOGGED_IN]);
}

static void
forget_local_state (EcSession *self)
{
  g_clear_pointer (&self->relogin_password, wipe_free);
  self->keep_password = FALSE;
  ec_api_client_set_token (self->client, NULL);
  g_clear_object (&self->cache);
  g_clear_pointer (&self->account, json_object_unref);
  g_clear_pointer (&self->login, g_free);
  g_clear_pointer (&self->route, g_free);
  set_logged_in (self, FALSE);
}

/* Logging in ------------------------------------------------------------ */

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
  wipe_free (data->password);
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

static gboolean
open_cache (EcSession  *self,
            const char *login,
            GError    **error)
{
  g_autofree char *path = NULL;

  if (self->cache_path != NULL)
    path = g_strdup (self->cache_path);
  else
    path = ec_cache_dup_default_path (ec_api_client_get_base_url (self->client), login);

  g_clear_object (&self->cache);
  self->cache = ec_cache_open (path, error);
  return self->cache != NULL;
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
  g_autoptr (JsonObject) reply = NULL;
  GCancellable *cancellable;
  gboolean      changed;

  reply = ec_api_client_login_finish (EC_API_CLIENT (source), result, &error);
  if (reply == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (!open_cache (self, data->account, &error))
    {
      forget_local_state (self);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  changed = g_strcmp0 (self->login, data->account) != 0 || g_strcmp0 (self->route, data->route) != 0;
  g_free (self->login);
  self->login = g_strdup (data->account);
  g_free (self->route);
  self->route = g_strdup (data->route);
  if (json_object_has_member (reply, "account") && JSON_NODE_HOLDS_OBJECT (json_object_get_member (reply, "account")))
    {
      JsonObject *account = json_object_get_object_member (reply, "account");

      changed = changed || self->account == NULL || !json_object_equal (self->account, account);
      g_clear_pointer (&self->account, json_object_unref);
      self->account = json_object_ref (account);
    }
  else
    g_clear_pointer (&self->account, json_object_unref);
  set_logged_in (self, TRUE);
  /* Another learner (the demo's persona picker logs in over a session),
   * or the same one whose account changed (converted, then logged in
   * again): whoever shows the record shows it anew. */
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), obj_props[PROP_LOGIN]);

  if (self->keep_password && data->password != NULL)
    {
      g_clear_pointer (&self->relogin_password, wipe_free);
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

/* Logging out ----------------------------------------------------------- */

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

  forget_local_state (self);

  if (data->forget_password && data->login != NULL)
    {
      ec_credential_store_clear_async (self->credentials, data->route, data->login,
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
  data->route = g_strdup (self->route);
  data->login = g_strdup (self->login);
  if (self->cache != NULL)
    data->cache_path = g_strdup (ec_cache_get_path (self->cache));
  g_task_set_task_data (task, data, (GDestroyNotify) logout_data_free);

  ec_api_client_logout_async (self->client, cancellable, on_logged_out_cb, task);
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

/* The object ------------------------------------------------------------ */

static void
ec_session_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  EcSession *self = EC_SESSION (object);

  switch (prop_id)
    {
    case PROP_LOGGED_IN:
      g_value_set_boolean (value, self->logged_in);
      break;
    case PROP_LOGIN:
      g_value_set_string (value, self->login);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ec_session_dispose (GObject *object)
{
  EcSession *self = EC_SESSION (object);

  g_clear_object (&self->cache);
  g_clear_object (&self->client);
  g_clear_object (&self->credentials);

  G_OBJECT_CLASS (ec_session_parent_class)->dispose (object);
}

static void
ec_session_finalize (GObject *object)
{
  EcSession *self = EC_SESSION (object);

  g_free (self->cache_path);
  g_free (self->login);
  g_free (self->route);
  g_clear_pointer (&self->account, json_object_unref);
  g_clear_pointer (&self->relogin_password, wipe_free);

  G_OBJECT_CLASS (ec_session_parent_class)->finalize (object);
}

static void
ec_session_class_init (EcSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = ec_session_get_property;
  object_class->dispose = ec_session_dispose;
  object_class->finalize = ec_session_finalize;

  obj_props[PROP_LOGGED_IN] = g_param_spec_boolean ("logged-in", NULL, NULL, FALSE,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* The account whose record the session holds (logged in, or opened
   * offline); notified when a login brings another learner, or the same
   * learner's account changed (a conversion). */
  obj_props[PROP_LOGIN] = g_param_spec_string ("login", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, obj_props);

  /**
   * EcSession::sync-progress:
   * @self: the session
   * @received: records (and deletions) received so far in this sync
   *
   * A page of the sync arrived.  The service does not say how many are to
   * come, so this is a count, not a fraction.
   */
  signals[SYNC_PROGRESS] = g_signal_new ("sync-progress", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                         NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
ec_session_init (EcSession *self)
{
}

/**
 * ec_session_new:
 * @client: the API client
 * @credentials: the keyring
 *
 * Returns: (transfer full): a session, logged out.
 */
EcSession *
ec_session_new (EcApiClient       *client,
                EcCredentialStore *credentials)
{
  EcSession *self;

  g_return_val_if_fail (EC_IS_API_CLIENT (client), NULL);
  g_return_val_if_fail (EC_IS_CREDENTIAL_STORE (credentials), NULL);

  self = g_object_new (EC_TYPE_SESSION, NULL);
  self->client = g_object_ref (client);
  self->credentials = g_object_ref (credentials);
  return self;
}

EcApiClient *
ec_session_get_client (EcSession *self)
{
  g_return_val_if_fail (EC_IS_SESSION (self), NULL);
  return self->client;
}

/**
 * ec_session_get_credentials:
 *
 * Returns: (transfer none): the keyring the session remembers passwords
 *   in.
 */
EcCredentialStore *
ec_session_get_credentials (EcSession *self)
{
  g_return_val_if_fail (EC_IS_SESSION (self), NULL);
  return self->credentials;
}

gboolean
ec_session_get_logged_in (EcSession *self)
{
  g_return_val_if_fail (EC_IS_SESSION (self), FALSE);
  return self->logged_in;
}

const char *
ec_session_get_login (EcSession *self)
{
  g_return_val_if_fail (EC_IS_SESSION (self), NULL);
  return self->login;
}

const char *
ec_session_get_route (EcSession *self)
{
  g_return_val_if_fail (EC_IS_SESSION (self), NULL);
  return self->route;
}

/**
 * ec_session_get_account:
 *
 * Returns: (transfer none) (nullable): the account as the service showed
 *   it at login (masked ID number, identity, kind …).
 */
JsonObject *
ec_session_get_account (EcSession *self)
{
  g_return_val_if_fail (EC_IS_SESSION (self), NULL);
  return self->account;
}

/**
 * ec_session_get_cache:
 *
 * Returns: (transfer none) (nullable): the logged-in account's cache.
 */
EcCache *
ec_session_get_cache (EcSession *self)
{
  g_return_val_if_fail (EC_IS_SESSION (self), NULL);
  return self->cache;
}

/**
 * ec_session_set_cache_path:
 * @path: (nullable): where to keep the cache, or %NULL for the default
 *   (one file per service and account in the user data directory)
 */
void
ec_session_set_cache_path (EcSession  *self,
                           const char *path)
{
  g_return_if_fail (EC_IS_SESSION (self));

  g_free (self->cache_path);
  self->cache_path = g_strdup (path);
}

/**
 * ec_session_keep_password_for_relogin:
 *
 * Makes the next successful login keep its password in this process's
 * memory (never on disk) until ec_session_relogin_async() or a log-out
 * uses or wipes it.  A conversion needs this: the platform counts the
 * earlier hours only after the learner logs in again, and the app does that
 * for the learner without asking for the password twice.
 */
void
ec_session_keep_password_for_relogin (EcSession *self)
{
  g_return_if_fail (EC_IS_SESSION (self));
  self->keep_password = TRUE;
}

/* For ec-session-relogin.c: hands over the kept password. */
char *
ec_session_steal_relogin_password (EcSession *self)
{
  return g_steal_pointer (&self->relogin_password);
}

void
ec_session_emit_sync_progress (EcSession *self,
                               guint      received)
{
  g_signal_emit (self, signals[SYNC_PROGRESS], 0, received);
}

void
ec_session_forget (EcSession *self)
{
  forget_local_state (self);
}

void
ec_session_wipe_password (char *password)
{
  wipe_free (password);
}

/**
 * ec_session_open_offline:
 * @self: a session, logged out
 * @route: the route the learner logs in with
 * @login: the login whose cache to open
 * @error: the cache's error (a newer or damaged file)
 *
 * Opens @login's cache for review without logging in, so that the window
 * shows the last synced records at once, and offline.  The session stays
 * logged out (#EcSession:logged-in is %FALSE); ec_session_get_login() and
 * ec_session_get_route() say whose records these are.
 *
 * Returns: %TRUE if the cache is open.
 */
gboolean
ec_session_open_offline (EcSession  *self,
                         const char *route,
                         const char *login,
                         GError    **error)
{
  g_return_val_if_fail (EC_IS_SESSION (self), FALSE);
  g_return_val_if_fail (!self->logged_in, FALSE);
  g_return_val_if_fail (route != NULL && login != NULL, FALSE);

  if (!open_cache (self, login, error))
    return FALSE;

  g_free (self->login);
  self->login = g_strdup (login);
  g_free (self->route);
  self->route = g_strdup (route);
  return TRUE;
}
