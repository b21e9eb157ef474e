/* ec-cache-sync.h: writing one sync's pages to the cache, all or nothing.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-cache.h"

G_BEGIN_DECLS

gboolean ec_cache_apply_sync (EcCache   *self,
                              GPtrArray *pages,
                              gboolean   full,
                              GError   **error);

G_END_DECLS
