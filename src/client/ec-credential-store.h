/* ec-credential-store.h: passwords in the system keyring, never elsewhere.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * EcCredentialError:
 * @EC_CREDENTIAL_ERROR_UNAVAILABLE: there is no secret service (no keyring
 *   running): the app works on without remembering the password.
 * @EC_CREDENTIAL_ERROR_LOCKED: the keyring is locked and was not unlocked.
 * @EC_CREDENTIAL_ERROR_FAILED: the keyring refused for another reason.
 */
typedef enum {
  EC_CREDENTIAL_ERROR_UNAVAILABLE,
  EC_CREDENTIAL_ERROR_LOCKED,
  EC_CREDENTIAL_ERROR_FAILED,
} EcCredentialError;

#define EC_CREDENTIAL_ERROR (ec_credential_error_quark ())
GQuark ec_credential_error_quark (void);

#define EC_TYPE_CREDENTIAL_STORE (ec_credential_store_get_type ())

G_DECLARE_FINAL_TYPE (EcCredentialStore, ec_credential_store, EC, CREDENTIAL_STORE, GObject)

EcCredentialStore *ec_credential_store_new (const char *service_url);

void ec_credential_store_save_async (EcCredentialStore  *self,
                                     const char         *route,
                                     const char         *account,
                                     const char         *password,
                                     GCancellable       *cancellable,
                                     GAsyncReadyCallback callback,
                                     gpointer            user_data);

gboolean ec_credential_store_save_finish (EcCredentialStore *self,
                                          GAsyncResult      *result,
                                          GError           **error);

void ec_credential_store_lookup_async (EcCredentialStore  *self,
                                       const char         *route,
                                       const char         *account,
                                       GCancellable       *cancellable,
                                       GAsyncReadyCallback callback,
                                       gpointer            user_data);

char *ec_credential_store_lookup_finish (EcCredentialStore *self,
                                         GAsyncResult      *result,
                                         GError           **error);

void ec_credential_store_clear_async (EcCredentialStore  *self,
                                      const char         *route,
                                      const char         *account,
                                      GCancellable       *cancellable,
                                      GAsyncReadyCallback callback,
                                      gpointer            user_data);

gboolean ec_credential_store_clear_finish (EcCredentialStore *self,
                                           GAsyncResult      *result,
                                           GError           **error);

/**
 * EcRememberedLogin:
 * @route: the login route
 * @account: the login name
 * @modified: when the password was last saved, in Unix seconds
 *
 * A login whose password the keyring remembers.
 */
typedef struct {
  char  *route;
  char  *account;
  gint64 modified;
} EcRememberedLogin;

void ec_remembered_login_free (EcRememberedLogin *login);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EcRememberedLogin, ec_remembered_login_free)

G_END_DECLS
