/* ec-api-client-records.h: GET /api/v1/records, a page at a time.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-api-client.h"

G_BEGIN_DECLS

/* GET /api/v1/records, one page.  @cursor and @etag may be %NULL (a full
 * fetch); with @etag, an unchanged record gives a page with not_modified
 * set. */
void ec_api_client_fetch_records_async (EcApiClient        *self,
                                        const char         *cursor,
                                        const char         *etag,
                                        guint               limit,
                                        GCancellable       *cancellable,
                                        GAsyncReadyCallback callback,
                                        gpointer            user_data);

EcRecordsPage *ec_api_client_fetch_records_finish (EcApiClient  *self,
                                                   GAsyncResult *result,
                                                   GError      **error);

G_END_DECLS
