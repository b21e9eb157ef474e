/* ec-cache-open.h: opening a cache file safely and migrating it.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-cache.h"

G_BEGIN_DECLS

EcCache *ec_cache_open (const char *path,
                        GError    **error);

G_END_DECLS
