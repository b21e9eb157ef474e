/* ec-api-client.h: the app's side of docs/api.md.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ec-client-error.h"
#include "ec-records-page.h"

G_BEGIN_DECLS

#define EC_TYPE_API_CLIENT (ec_api_client_get_type ())

G_DECLARE_FINAL_TYPE (EcApiClient, ec_api_client, EC, API_CLIENT, GObject)

/* Every request has a timeout; idempotent ones (GET, PUT, DELETE, and a
 * POST with an Idempotency-Key) are retried after a network error or a
 * 5xx, with exponential backoff. */
#define EC_API_CLIENT_DEFAULT_TIMEOUT 20
#define EC_API_CLIENT_MAX_ATTEMPTS 3

EcApiClient *ec_api_client_new (const char *base_url,
                                GError    **error);

const char *ec_api_client_get_base_url (EcApiClient *self);

void ec_api_client_set_timeout (EcApiClient *self,
                                guint        seconds);

void ec_api_client_set_retry_delay (EcApiClient *self,
                                    guint        milliseconds);

void ec_api_client_set_tls_database (EcApiClient  *self,
                                     GTlsDatabase *database);

void ec_api_client_set_token (EcApiClient *self,
                              const char  *token);

const char *ec_api_client_get_token (EcApiClient *self);

G_END_DECLS
