/* ec-session.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-session"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ec-cache-open.h"
#include "ec-session-private.h"
#include "ec-session.h"

/* The session is the one place that knows how the three parts of the data
 * layer fit: the API client talks, the cache remembers, the keyring holds
 * the password.  The token lives only in the client's memory; the password
 * only in the keyring (when the learner asked) and, during a login, in this
 * process's memory, wiped as soon as the login is done. */

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

void
_ec_session_set_logged_in (EcSession *self,
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
  g_clear_pointer (&self->account, ec_account_free);
  g_clear_pointer (&self->login, g_free);
  g_clear_pointer (&self->route, g_free);
  _ec_session_set_logged_in (self, FALSE);
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
  g_clear_pointer (&self->account, ec_account_free);
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
const EcAccount *
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
_ec_session_steal_relogin_password (EcSession *self)
{
  return g_steal_pointer (&self->relogin_password);
}

void
_ec_session_emit_sync_progress (EcSession *self,
                                guint      received)
{
  g_signal_emit (self, signals[SYNC_PROGRESS], 0, received);
}

void
_ec_session_notify_login (EcSession *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), obj_props[PROP_LOGIN]);
}

void
_ec_session_forget (EcSession *self)
{
  forget_local_state (self);
}

void
_ec_session_wipe_password (char *password)
{
  wipe_free (password);
}

/* Opens the cache of @login: the session's own path when one was set (the
 * tests), else the default one for this service and login. */
gboolean
_ec_session_open_cache (EcSession  *self,
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

  if (!_ec_session_open_cache (self, login, error))
    return FALSE;

  g_free (self->login);
  self->login = g_strdup (login);
  g_free (self->route);
  self->route = g_strdup (route);
  return TRUE;
}
