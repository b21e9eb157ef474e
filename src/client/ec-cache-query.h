/* ec-cache-query.h: reading the cached records: filtered, sorted, counted.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-cache.h"

G_BEGIN_DECLS

GPtrArray *ec_cache_query (EcCache            *self,
                           const EcCacheQuery *query,
                           GError            **error);

guint ec_cache_count (EcCache            *self,
                      const EcCacheQuery *query,
                      GError            **error);

GArray *ec_cache_list_years (EcCache *self,
                             GError **error);

GArray *ec_cache_query_ids (EcCache            *self,
                            const EcCacheQuery *query,
                            GError            **error);

GPtrArray *ec_cache_get_records (EcCache      *self,
                                 const gint64 *ids,
                                 guint         n_ids,
                                 GError      **error);

G_END_DECLS
