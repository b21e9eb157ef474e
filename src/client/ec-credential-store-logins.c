/* ec-credential-store-logins.c: which logins the keyring remembers.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-credential-store"

#include "config.h"

#include "ec-credential-store-logins.h"
#include "ec-credential-store-private.h"

/* At start the app opens the cache of the learner who asked to be
 * remembered, before (and whether or not) it can reach the service: that
 * is what makes it usable offline.  Who that learner is lives only in the
 * keyring, beside the password: an account name is never written to
 * GSettings.  The search reads the entries' attributes, which are stored
 * in the clear, and never the passwords, so it needs no unlocking. */

void
ec_remembered_login_free (EcRememberedLogin *login)
{
  if (login == NULL)
    return;
  g_free (login->route);
  g_free (login->account);
  g_free (login);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const EcRememberedLogin *la = *(EcRememberedLogin *const *) a;
  const EcRememberedLogin *lb = *(EcRememberedLogin *const *) b;

  return (la->modified < lb->modified) - (la->modified > lb->modified);
}

static void
on_searched_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) logins = g_ptr_array_new_with_free_func ((GDestroyNotify) ec_remembered_login_free);
  GList *items;

  items = secret_service_search_finish (NULL, result, &error);
  if (error != NULL)
    {
      g_task_return_error (task, _ec_credential_store_error_new (g_steal_pointer (&error)));
      return;
    }

  for (GList *l = items; l != NULL; l = l->next)
    {
      g_autoptr (GHashTable) attributes = secret_item_get_attributes (l->data);
      const char        *route = g_hash_table_lookup (attributes, "route");
      const char        *account = g_hash_table_lookup (attributes, "account");
      EcRememberedLogin *login;

      if (route == NULL || account == NULL)
        continue;
      login = g_new0 (EcRememberedLogin, 1);
      login->route = g_strdup (route);
      login->account = g_strdup (account);
      login->modified = secret_item_get_modified (l->data);
      g_ptr_array_add (logins, login);
    }
  g_list_free_full (items, g_object_unref);

  g_ptr_array_sort (logins, compare_newest_first);
  g_task_return_pointer (task, g_steal_pointer (&logins), (GDestroyNotify) g_ptr_array_unref);
}

/**
 * ec_credential_store_find_logins_async:
 * @self: a store
 * @cancellable: (nullable): cancels the search
 * @callback: called with the logins
 * @user_data: for @callback
 *
 * Lists the logins whose password the keyring remembers for this
 * service, without reading any password.
 */
void
ec_credential_store_find_logins_async (EcCredentialStore  *self,
                                       GCancellable       *cancellable,
                                       GAsyncReadyCallback callback,
                                       gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  g_autoptr (GHashTable) attributes = NULL;

  g_return_if_fail (EC_IS_CREDENTIAL_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ec_credential_store_find_logins_async);

  attributes = secret_attributes_build (_ec_credential_store_get_schema (), "generation",
                                        _ec_credential_store_get_generation (), "service",
                                        _ec_credential_store_get_service_url (self), NULL);
  secret_service_search (NULL, _ec_credential_store_get_schema (), attributes, SECRET_SEARCH_ALL, cancellable,
                         on_searched_cb, g_steal_pointer (&task));
}

/**
 * ec_credential_store_find_logins_finish:
 *
 * Returns: (transfer container) (element-type EcRememberedLogin): the
 *   remembered logins, the most recently saved first; empty when there
 *   are none.
 */
GPtrArray *
ec_credential_store_find_logins_finish (EcCredentialStore *self,
                                        GAsyncResult      *result,
                                        GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ec_credential_store_find_logins_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
