/* ec-cache.h: the learner's records, kept on disk for offline review.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ec-records-page.h"

G_BEGIN_DECLS

/**
 * EcCacheError:
 * @EC_CACHE_ERROR_TOO_NEW: the cache file was written by a newer version
 *   of the app; it is left untouched.
 * @EC_CACHE_ERROR_CORRUPT: the file is not a cache (or is damaged).
 * @EC_CACHE_ERROR_FULL: the disk is full; the cache keeps its last good
 *   state.
 * @EC_CACHE_ERROR_FAILED: any other failure to read or write it.
 */
typedef enum {
  EC_CACHE_ERROR_TOO_NEW,
  EC_CACHE_ERROR_CORRUPT,
  EC_CACHE_ERROR_FULL,
  EC_CACHE_ERROR_FAILED,
} EcCacheError;

#define EC_CACHE_ERROR (ec_cache_error_quark ())
GQuark ec_cache_error_quark (void);

/**
 * EcCacheSort:
 * @EC_CACHE_SORT_COMPLETED: by completion time
 * @EC_CACHE_SORT_COURSE: by course name
 * @EC_CACHE_SORT_MINUTES: by certified minutes of the query's network (or
 *   their sum over every network)
 */
typedef enum {
  EC_CACHE_SORT_COMPLETED,
  EC_CACHE_SORT_COURSE,
  EC_CACHE_SORT_MINUTES,
} EcCacheSort;

/**
 * EcCacheQuery:
 * @year: only courses completed in this year (Taiwan time), or 0 for all
 * @network: only this network (an #EcNetwork), or -1 for any
 * @status: only records with this status (an #EcUploadStatus) in @network
 *   (in any network the course carries hours for when @network is -1), or
 *   -1 for any
 * @search: (nullable): only courses whose name contains this text
 * @sort: the order
 * @descending: reverse it
 * @offset: skip this many
 * @limit: at most this many, or 0 for all
 */
typedef struct {
  guint       year;
  int         network;
  int         status;
  const char *search;
  EcCacheSort sort;
  gboolean    descending;
  guint       offset;
  guint       limit;
} EcCacheQuery;

#define EC_CACHE_QUERY_INIT                              \
  {                                                      \
    0, -1, -1, NULL, EC_CACHE_SORT_COMPLETED, TRUE, 0, 0 \
  }

#define EC_TYPE_CACHE (ec_cache_get_type ())

G_DECLARE_FINAL_TYPE (EcCache, ec_cache, EC, CACHE, GObject)

char *ec_cache_dup_default_path (const char *service_url,
                                 const char *login);

const char *ec_cache_get_path (EcCache *self);

char           *ec_cache_dup_cursor (EcCache *self);
char           *ec_cache_dup_etag (EcCache *self);
gint64          ec_cache_get_last_synced (EcCache *self);
EcAccountState *ec_cache_dup_account_state (EcCache *self);

gboolean ec_cache_clear (EcCache *self,
                         GError **error);

gboolean ec_cache_delete_file (const char *path,
                               GError    **error);

G_END_DECLS
