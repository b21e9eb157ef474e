/* ec-credential-store-private.h: what the credential store's files share.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#ifndef EC_CLIENT_COMPILATION
#error "ec-credential-store-private.h is private to the client library: include ec-client.h"
#endif

#include <libsecret/secret.h>

#include "ec-credential-store.h"

G_BEGIN_DECLS

const SecretSchema *_ec_credential_store_get_schema (void);

GError *_ec_credential_store_error_new (GError *error);

const char *_ec_credential_store_get_service_url (EcCredentialStore *self);

int _ec_credential_store_get_generation (void);

G_END_DECLS
