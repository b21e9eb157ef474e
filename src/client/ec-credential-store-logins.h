/* ec-credential-store-logins.h: the logins whose passwords the keyring remembers.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-credential-store.h"

G_BEGIN_DECLS

void ec_credential_store_find_logins_async (EcCredentialStore  *self,
                                            GCancellable       *cancellable,
                                            GAsyncReadyCallback callback,
                                            gpointer            user_data);

GPtrArray *ec_credential_store_find_logins_finish (EcCredentialStore *self,
                                                   GAsyncResult      *result,
                                                   GError           **error);

G_END_DECLS
