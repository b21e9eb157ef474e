/* ec-cache-private.h: what the files of the offline cache share.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#ifndef EC_CLIENT_COMPILATION
#error "ec-cache-private.h is private to the client library: include ec-client.h"
#endif

#include <sqlite3.h>

#include "ec-cache.h"

G_BEGIN_DECLS

struct _EcCache {
  GObject parent_instance;

  char    *path;
  sqlite3 *db;
};

/* sqlite3_finalize() returns a code that only repeats the last step's. */
static inline void
_ec_cache_stmt_free (sqlite3_stmt *stmt)
{
  sqlite3_finalize (stmt);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, _ec_cache_stmt_free)

const char *_ec_cache_enum_to_nick (GType type,
                                    int   value);
gboolean    _ec_cache_enum_from_nick (GType       type,
                                      const char *nick,
                                      int        *out_value);

void _ec_cache_set_error (GError     **error,
                          EcCacheError code);

gboolean _ec_cache_set_sqlite_error (EcCache    *self,
                                     int         rc,
                                     const char *what,
                                     GError    **error);

gboolean _ec_cache_exec (EcCache    *self,
                         const char *sql,
                         GError    **error);

sqlite3_stmt *_ec_cache_prepare (EcCache    *self,
                                 const char *sql,
                                 GError    **error);

gboolean _ec_cache_begin (EcCache *self,
                          GError **error);
gboolean _ec_cache_commit (EcCache *self,
                           GError **error);
void     _ec_cache_rollback (EcCache *self);

gboolean _ec_cache_query_is_valid (const EcCacheQuery *query);

G_END_DECLS
