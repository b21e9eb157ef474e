/* ec-api-client-private.h: what the typed endpoints share with the
 * request machinery of ec-api-client.c.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#ifndef EC_CLIENT_COMPILATION
#error "ec-api-client-private.h is private to the client library: include ec-client.h"
#endif

#include <json-glib/json-glib.h>

#include "ec-api-client.h"

G_BEGIN_DECLS

/* The call under every endpoint (ec-api-client.c says which requests are
 * retried): @body may be %NULL, and so may the reply's JSON (204, 304).
 * @if_none_match makes a conditional GET; the finish function also
 * returns what the records sync needs from the reply: its status (304)
 * and its ETag.  The integration tests use it to send what no endpoint
 * would. */
void _ec_api_client_send_async (EcApiClient        *self,
                                const char         *method,
                                const char         *path,
                                JsonNode           *body,
                                const char         *idempotency_key,
                                const char         *if_none_match,
                                GCancellable       *cancellable,
                                GAsyncReadyCallback callback,
                                gpointer            user_data);

JsonNode *_ec_api_client_send_finish (EcApiClient  *self,
                                      GAsyncResult *result,
                                      guint        *out_status,
                                      char        **out_etag,
                                      GError      **error);

G_END_DECLS
