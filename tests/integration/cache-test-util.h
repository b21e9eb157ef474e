/* cache-test-util.h: what the cache tests share: a folder of their own,
 * records and pages to sync, and a look at the files from outside.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "ec-client.h"
#include "ec-core.h"

G_BEGIN_DECLS

typedef struct {
  char *dir; /* a fresh folder, removed with everything in it */
  char *path; /* "cache.sqlite" in it, not created */
} CacheFixture;

void cache_fixture_set_up (CacheFixture *fixture,
                           gconstpointer user_data);
void cache_fixture_tear_down (CacheFixture *fixture,
                              gconstpointer user_data);

/* Unix seconds of a moment in Taiwan's time zone. */
gint64 cache_test_taiwan_time (int year,
                               int month,
                               int day,
                               int hour);

/* A completed record whose every network has @minutes and @status (with a
 * reason, remedy and date that fit it); change the fields after. */
EcRecord *cache_test_record (gint64         id,
                             const char    *course,
                             gint64         completed_at,
                             guint          minutes,
                             EcUploadStatus status);
EcRecord *cache_test_tombstone (gint64 id);

/* A page that takes ownership of the NULL-terminated records. */
EcRecordsPage  *cache_test_page (const char *cursor,
                                 const char *etag,
                                 ...) G_GNUC_NULL_TERMINATED;
EcRecordsPage  *cache_test_not_modified_page (const char *etag);
EcAccountState *cache_test_account_state (EcAccountKind kind);

/* Takes ownership of the NULL-terminated pages. */
GPtrArray *cache_test_pages (EcRecordsPage *first,
                             ...) G_GNUC_NULL_TERMINATED;

void cache_test_apply (EcCache       *cache,
                       gboolean       full,
                       EcRecordsPage *first,
                       ...) G_GNUC_NULL_TERMINATED;

GPtrArray *cache_test_query_all (EcCache *cache);
void       cache_test_assert_ids (GPtrArray    *records,
                                  const gint64 *ids,
                                  guint         n_ids);
#define CACHE_TEST_ASSERT_IDS(records, ...)                       \
  G_STMT_START                                                    \
  {                                                               \
    const gint64 ids_[] = { __VA_ARGS__ };                        \
    cache_test_assert_ids ((records), ids_, G_N_ELEMENTS (ids_)); \
  }                                                               \
  G_STMT_END

void cache_test_assert_records_equal (const EcRecord *a,
                                      const EcRecord *b);

/* Direct SQLite access, as another program (or a newer app) would have. */
sqlite3 *cache_test_sqlite_open (const char *path);
gint64   cache_test_sqlite_int (const char *path,
                                const char *sql);
char    *cache_test_sqlite_text (const char *path,
                                 const char *sql);
void     cache_test_sqlite_exec (const char *path,
                                 const char *sql);

char *cache_test_file_checksum (const char *path);
guint cache_test_file_mode (const char *path);

G_END_DECLS
