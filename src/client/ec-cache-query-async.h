/* ec-cache-query-async.h: the cache's reads in a worker thread, on a connection of its own.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-cache.h"

G_BEGIN_DECLS

void ec_cache_query_async (EcCache            *self,
                           const EcCacheQuery *query,
                           GCancellable       *cancellable,
                           GAsyncReadyCallback callback,
                           gpointer            user_data);

void ec_cache_query_ids_async (EcCache            *self,
                               const EcCacheQuery *query,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data);

GArray *ec_cache_query_ids_finish (EcCache      *self,
                                   GAsyncResult *result,
                                   GError      **error);

GPtrArray *ec_cache_query_finish (EcCache      *self,
                                  GAsyncResult *result,
                                  GError      **error);

G_END_DECLS
