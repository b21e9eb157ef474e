/* ec-api-client-private.h: what the typed endpoints share with the
 * request machinery of ec-api-client.c.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-api-client.h"

G_BEGIN_DECLS

/* ec_api_client_request_async() with one header more (a conditional GET)
 * and a finish function that also returns what the records sync needs
 * from the reply: its status (304) and its ETag. */
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

/* ec-api-client-replies.c: what an answer means. */
G_END_DECLS
