/* ec-credential-store.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-credential-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <libsecret/secret.h>

#include "ec-credential-store-private.h"

/* The generation written with every new entry.  A later version that must
 * store passwords differently writes generation 2 and can still find (and
 * migrate) the entries of generation 1, which a renamed attribute would
 * have lost. */
#define CREDENTIAL_GENERATION 1

/* The attributes are stored in the clear beside every password, and a
 * keyring finds an entry only by the exact names it was saved with: they
 * are NEVER renamed, and none of them holds a secret (the account name is
 * not one: the service shows it on every page).  A change of meaning goes
 * through a new "generation", never through a new name.
 *   generation: integer, CREDENTIAL_GENERATION;
 *   service: the service's base URL, without trailing slashes;
 *   route: the login route of the API ("ecpa", "gov-tw", "certificate",
 *     "social");
 *   account: the login name on that route. */
static const SecretSchema credential_schema = {
  "io.github.elearncompanion.Companion.Password",
  SECRET_SCHEMA_NONE,
  {
      { "generation", SECRET_SCHEMA_ATTRIBUTE_INTEGER },
      { "service", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "route", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "account", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
  }
};

/* The routes of the API's POST /login (docs/api.md): an entry under any
 * other name could never be looked up again. */
static const char *const login_routes[] = { "ecpa", "gov-tw", "certificate", "social" };

struct _EcCredentialStore {
  GObject parent_instance;

  char *service_url;
};

enum {
  PROP_0,
  PROP_SERVICE_URL,
  N_PROPS
};

static GParamSpec *obj_props[N_PROPS];

/* clang-format off */
G_DEFINE_QUARK (ec-credential-error-quark, ec_credential_error)
/* clang-format on */

G_DEFINE_FINAL_TYPE (EcCredentialStore, ec_credential_store, G_TYPE_OBJECT)

static const char *
message_for (EcCredentialError code)
{
  switch (code)
    {
    case EC_CREDENTIAL_ERROR_UNAVAILABLE:
      return _ ("No password keyring is available, so the password cannot be remembered. You can still log in each time.");
    case EC_CREDENTIAL_ERROR_LOCKED:
      return _ ("The password keyring is locked, so the password cannot be remembered or filled in. Unlock the keyring and try again, or log in each time.");
    case EC_CREDENTIAL_ERROR_FAILED:
      return _ ("The password keyring refused the request, so the password cannot be remembered. You can still log in each time.");
    default:
      g_return_val_if_reached ("");
    }
}

static gboolean
is_unavailable_dbus_error (int code)
{
  switch (code)
    {
    case G_DBUS_ERROR_SERVICE_UNKNOWN:
    case G_DBUS_ERROR_NAME_HAS_NO_OWNER:
    case G_DBUS_ERROR_NO_SERVER:
    case G_DBUS_ERROR_DISCONNECTED:
    case G_DBUS_ERROR_BAD_ADDRESS:
    case G_DBUS_ERROR_FILE_NOT_FOUND:
    case G_DBUS_ERROR_NO_REPLY:
    case G_DBUS_ERROR_TIMEOUT:
    case G_DBUS_ERROR_TIMED_OUT:
    case G_DBUS_ERROR_SPAWN_EXEC_FAILED:
    case G_DBUS_ERROR_SPAWN_FORK_FAILED:
    case G_DBUS_ERROR_SPAWN_CHILD_EXITED:
    case G_DBUS_ERROR_SPAWN_CHILD_SIGNALED:
    case G_DBUS_ERROR_SPAWN_FAILED:
    case G_DBUS_ERROR_SPAWN_SETUP_FAILED:
    case G_DBUS_ERROR_SPAWN_CONFIG_INVALID:
    case G_DBUS_ERROR_SPAWN_SERVICE_INVALID:
    case G_DBUS_ERROR_SPAWN_SERVICE_NOT_FOUND:
    case G_DBUS_ERROR_SPAWN_PERMISSIONS_INVALID:
    case G_DBUS_ERROR_SPAWN_FILE_INVALID:
    case G_DBUS_ERROR_SPAWN_NO_MEMORY:
      return TRUE;
    default:
      return FALSE;
    }
}

static EcCredentialError
classify (const GError *error)
{
  g_autofree char *remote = g_dbus_error_get_remote_error (error);

  /* A remote error whose domain nobody registered arrives as
   * G_IO_ERROR_DBUS_ERROR: its D-Bus name is then all there is to go by. */
  if (g_strcmp0 (remote, "org.freedesktop.Secret.Error.IsLocked") == 0)
    return EC_CREDENTIAL_ERROR_LOCKED;
  if (remote != NULL && (g_str_equal (remote, "org.freedesktop.DBus.Error.ServiceUnknown") || g_str_equal (remote, "org.freedesktop.DBus.Error.NameHasNoOwner") || g_str_has_prefix (remote, "org.freedesktop.DBus.Error.Spawn.")))
    return EC_CREDENTIAL_ERROR_UNAVAILABLE;

  if (g_error_matches (error, SECRET_ERROR, SECRET_ERROR_IS_LOCKED))
    return EC_CREDENTIAL_ERROR_LOCKED;
  if (error->domain == G_DBUS_ERROR && is_unavailable_dbus_error (error->code))
    return EC_CREDENTIAL_ERROR_UNAVAILABLE;

  /* The Secret Service protocol's own failures travel as D-Bus errors;
   * a GIO error means the session bus itself could not be reached (no
   * socket, a refused connection, no address and nothing to autolaunch
   * one) and a spawn error that autolaunching it failed. */
  if (error->domain == G_IO_ERROR && error->code != G_IO_ERROR_DBUS_ERROR)
    return EC_CREDENTIAL_ERROR_UNAVAILABLE;
  if (error->domain == G_SPAWN_ERROR)
    return EC_CREDENTIAL_ERROR_UNAVAILABLE;

  /* Last, the daemons' own words, which are not translated: the bus
   * daemon's answer when nothing provides the service, and
   * gnome-keyring's when the collection is locked. */
  if (strstr (error->message, "was not provided by any .service files") != NULL)
    return EC_CREDENTIAL_ERROR_UNAVAILABLE;
  if (strstr (error->message, "locked collection") != NULL)
    return EC_CREDENTIAL_ERROR_LOCKED;

  return EC_CREDENTIAL_ERROR_FAILED;
}

/* Returns @error (transfer full) as the caller must see it: cancellation
 * unchanged, anything else as an EC_CREDENTIAL_ERROR whose message says
 * what happens next.  The keyring's own message goes to the debug log
 * only: it is not translated, and it never holds the password, which
 * libsecret does not quote. */
static GError *
credential_error_new (GError *error)
{
  g_autoptr (GError) owned = error;
  EcCredentialError code;

  if (g_error_matches (owned, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return g_steal_pointer (&owned);

  code = classify (owned);
  g_debug ("The keyring failed (%s %d): %s", g_quark_to_string (owned->domain),
           owned->code, owned->message);
  return g_error_new_literal (EC_CREDENTIAL_ERROR, code, message_for (code));
}

/* libsecret answers "nothing" both when there is no entry and when the
 * entry is in a locked collection whose unlock prompt was dismissed (or
 * could not be shown).  A search, which never unlocks, tells them apart:
 * an entry that is still there could not be read, or removed. */
static void
on_leftover_searched_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GError) error = NULL;
  GList *items;

  items = secret_service_search_finish (NULL, result, &error);
  if (error != NULL)
    {
      g_task_return_error (task, credential_error_new (g_steal_pointer (&error)));
      return;
    }

  if (items != NULL)
    {
      g_list_free_full (items, g_object_unref);
      g_task_return_new_error (task, EC_CREDENTIAL_ERROR, EC_CREDENTIAL_ERROR_LOCKED, "%s",
                               message_for (EC_CREDENTIAL_ERROR_LOCKED));
      return;
    }

  if (g_task_get_source_tag (task) == ec_credential_store_lookup_async)
    g_task_return_pointer (task, NULL, NULL);
  else
    g_task_return_boolean (task, TRUE);
}

static void
search_leftover (GTask *task)
{
  GHashTable *attributes = g_task_get_task_data (task);

  /* Without SECRET_SEARCH_UNLOCK: a second prompt would be one too many. */
  secret_service_search (NULL, &credential_schema, attributes, SECRET_SEARCH_NONE,
                         g_task_get_cancellable (task), on_leftover_searched_cb,
                         task);
}

static void
on_password_stored_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GError) error = NULL;

  if (!secret_password_store_finish (result, &error))
    g_task_return_error (task, credential_error_new (g_steal_pointer (&error)));
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_password_looked_up_cb (GObject      *source,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GError) error = NULL;
  char *password;

  password = secret_password_lookup_finish (result, &error);
  if (error != NULL)
    g_task_return_error (task, credential_error_new (g_steal_pointer (&error)));
  else if (password != NULL)
    g_task_return_pointer (task, password, (GDestroyNotify) secret_password_free);
  else
    search_leftover (g_steal_pointer (&task));
}

static void
on_password_cleared_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GError) error = NULL;
  gboolean removed;

  removed = secret_password_clear_finish (result, &error);
  if (error != NULL)
    g_task_return_error (task, credential_error_new (g_steal_pointer (&error)));
  else if (removed)
    g_task_return_boolean (task, TRUE);
  else
    search_leftover (g_steal_pointer (&task));
}

static void
ec_credential_store_finalize (GObject *object)
{
  EcCredentialStore *self = EC_CREDENTIAL_STORE (object);

  g_clear_pointer (&self->service_url, g_free);

  G_OBJECT_CLASS (ec_credential_store_parent_class)->finalize (object);
}

static void
ec_credential_store_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  EcCredentialStore *self = EC_CREDENTIAL_STORE (object);

  switch (prop_id)
    {
    case PROP_SERVICE_URL:
      g_value_set_string (value, self->service_url);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ec_credential_store_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  EcCredentialStore *self = EC_CREDENTIAL_STORE (object);

  switch (prop_id)
    {
    case PROP_SERVICE_URL:
      g_free (self->service_url);
      self->service_url = g_value_dup_string (value);
      /* "https://host/" and "https://host" are the same service: the
       * entry must be found whichever way the address was written. */
      if (self->service_url != NULL)
        {
          gsize len = strlen (self->service_url);

          while (len > 0 && self->service_url[len - 1] == '/')
            self->service_url[--len] = '\0';
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ec_credential_store_class_init (EcCredentialStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ec_credential_store_finalize;
  object_class->get_property = ec_credential_store_get_property;
  object_class->set_property = ec_credential_store_set_property;

  /**
   * EcCredentialStore:service-url:
   *
   * The base URL of the service the passwords are for; part of every
   * entry's attributes, so that two services never share a password.
   */
  obj_props[PROP_SERVICE_URL] = g_param_spec_string ("service-url", NULL, NULL, NULL,
                                                     G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, obj_props);
}

static void
ec_credential_store_init (EcCredentialStore *self)
{
}

static gboolean
is_login_route (const char *route)
{
  if (route == NULL)
    return FALSE;

  for (gsize i = 0; i < G_N_ELEMENTS (login_routes); i++)
    {
      if (strcmp (route, login_routes[i]) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Makes the task of one operation, holding the attributes of its entry;
 * returns NULL when the cancellable was cancelled before the start (the
 * task has then returned G_IO_ERROR_CANCELLED already). */
static GTask *
new_task (EcCredentialStore  *self,
          const char         *route,
          const char         *account,
          gpointer            source_tag,
          GCancellable       *cancellable,
          GAsyncReadyCallback callback,
          gpointer            user_data)
{
  g_autoptr (GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task,
                        secret_attributes_build (&credential_schema,
                                                 "generation", CREDENTIAL_GENERATION,
                                                 "service", self->service_url,
                                                 "route", route,
                                                 "account", account,
                                                 NULL),
                        (GDestroyNotify) g_hash_table_unref);

  if (g_task_return_error_if_cancelled (task))
    return NULL;

  return g_steal_pointer (&task);
}

/* Lookup and clear find the entry by its attributes alone, and differ only
 * in what they ask libsecret to do with it: @source_tag, the public
 * function's, says which. */
static void
find_entry (EcCredentialStore  *self,
            const char         *route,
            const char         *account,
            gpointer            source_tag,
            GCancellable       *cancellable,
            GAsyncReadyCallback callback,
            gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (EC_IS_CREDENTIAL_STORE (self));
  g_return_if_fail (is_login_route (route));
  g_return_if_fail (account != NULL && *account != '\0');
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = new_task (self, route, account, source_tag, cancellable, callback, user_data);
  if (task == NULL)
    return;

  if (source_tag == ec_credential_store_lookup_async)
    secret_password_lookupv (&credential_schema, g_task_get_task_data (task),
                             cancellable, on_password_looked_up_cb, g_object_ref (task));
  else
    secret_password_clearv (&credential_schema, g_task_get_task_data (task),
                            cancellable, on_password_cleared_cb, g_object_ref (task));
}

/**
 * ec_credential_store_new:
 * @service_url: the base URL of the service, as the API client uses it
 *
 * Returns: (transfer full): a store for the passwords of @service_url.
 */
EcCredentialStore *
ec_credential_store_new (const char *service_url)
{
  g_return_val_if_fail (service_url != NULL && *service_url != '\0', NULL);

  return g_object_new (EC_TYPE_CREDENTIAL_STORE, "service-url", service_url, NULL);
}

/**
 * ec_credential_store_save_async:
 * @self: a store
 * @route: the login route ("ecpa", "gov-tw", "certificate" or "social")
 * @account: the login name on @route
 * @password: the password (or the certificate's PIN); kept in the default
 *   keyring only, replacing any saved for the same service, route and
 *   account
 * @cancellable: (nullable): cancels the save
 * @callback: called when the password is saved, or could not be
 * @user_data: for @callback
 *
 * Saves @password in the default collection of the secret service.  It
 * fails with an #EC_CREDENTIAL_ERROR: the app then works on without
 * remembering it.
 */
void
ec_credential_store_save_async (EcCredentialStore  *self,
                                const char         *route,
                                const char         *account,
                                const char         *password,
                                GCancellable       *cancellable,
                                GAsyncReadyCallback callback,
                                gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  g_autofree char *label = NULL;

  g_return_if_fail (EC_IS_CREDENTIAL_STORE (self));
  g_return_if_fail (is_login_route (route));
  g_return_if_fail (account != NULL && *account != '\0');
  g_return_if_fail (password != NULL && *password != '\0');
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = new_task (self, route, account, ec_credential_store_save_async,
                   cancellable, callback, user_data);
  if (task == NULL)
    return;

  /* Translators: the name of a saved password in the keyring (for example
   * in Passwords and Keys); %s is the login name. */
  label = g_strdup_printf (_ ("Elearn Companion password for %s"), account);
  secret_password_storev (&credential_schema, g_task_get_task_data (task),
                          SECRET_COLLECTION_DEFAULT, label, password,
                          cancellable, on_password_stored_cb, g_object_ref (task));
}

gboolean
ec_credential_store_save_finish (EcCredentialStore *self,
                                 GAsyncResult      *result,
                                 GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ec_credential_store_save_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * ec_credential_store_lookup_async:
 * @self: a store
 * @route: the login route
 * @account: the login name on @route
 * @cancellable: (nullable): cancels the lookup
 * @callback: called with the password, or without one
 * @user_data: for @callback
 *
 * Looks up the password saved for @account on @route.  A locked keyring
 * may ask the learner to unlock it first.
 */
void
ec_credential_store_lookup_async (EcCredentialStore  *self,
                                  const char         *route,
                                  const char         *account,
                                  GCancellable       *cancellable,
                                  GAsyncReadyCallback callback,
                                  gpointer            user_data)
{
  find_entry (self, route, account, ec_credential_store_lookup_async, cancellable, callback, user_data);
}

/**
 * ec_credential_store_lookup_finish:
 *
 * Returns: (transfer full) (nullable): the password, or %NULL without an
 *   error when none is saved.  Free it with secret_password_free() (or
 *   g_free()); never log it.  A saved password that a locked keyring kept
 *   is %EC_CREDENTIAL_ERROR_LOCKED.
 */
char *
ec_credential_store_lookup_finish (EcCredentialStore *self,
                                   GAsyncResult      *result,
                                   GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ec_credential_store_lookup_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * ec_credential_store_clear_async:
 * @self: a store
 * @route: the login route
 * @account: the login name on @route
 * @cancellable: (nullable): cancels the removal
 * @callback: called when no password is saved any more, or one could not
 *   be removed
 * @user_data: for @callback
 *
 * Forgets the password saved for @account on @route.  Nothing saved is
 * not an error.
 */
void
ec_credential_store_clear_async (EcCredentialStore  *self,
                                 const char         *route,
                                 const char         *account,
                                 GCancellable       *cancellable,
                                 GAsyncReadyCallback callback,
                                 gpointer            user_data)
{
  find_entry (self, route, account, ec_credential_store_clear_async, cancellable, callback, user_data);
}

/**
 * ec_credential_store_clear_finish:
 *
 * Returns: %TRUE when no password is saved any more (also when none was).
 */
gboolean
ec_credential_store_clear_finish (EcCredentialStore *self,
                                  GAsyncResult      *result,
                                  GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ec_credential_store_clear_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* For ec-credential-store-logins.c. */
const SecretSchema *
_ec_credential_store_get_schema (void)
{
  return &credential_schema;
}

GError *
_ec_credential_store_error_new (GError *error)
{
  return credential_error_new (error);
}

const char *
_ec_credential_store_get_service_url (EcCredentialStore *self)
{
  return self->service_url;
}

int
_ec_credential_store_get_generation (void)
{
  return CREDENTIAL_GENERATION;
}
