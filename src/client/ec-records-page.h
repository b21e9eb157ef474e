/* ec-records-page.h: one reply of GET /api/v1/records.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-core.h"

G_BEGIN_DECLS

/**
 * EcRecordsPage:
 * @records: (element-type EcRecord): records and tombstones, in sync order
 * @cursor: the cursor to ask for what changed after this page
 * @has_more: more pages follow
 * @etag: the reply's ETag, for a conditional fetch
 * @not_modified: the service answered 304: nothing changed, the other
 *   members are empty
 * @account_state: (nullable): the account state the verdicts were computed
 *   from (for the app's banners); %NULL only on a 304
 * @as_of: the service clock when it answered, Unix seconds
 *
 * One reply of GET /api/v1/records.
 */
typedef struct {
  GPtrArray      *records;
  char           *cursor;
  gboolean        has_more;
  char           *etag;
  gboolean        not_modified;
  EcAccountState *account_state;
  gint64          as_of;
} EcRecordsPage;

EcRecordsPage *ec_records_page_new (void);
void           ec_records_page_free (EcRecordsPage *page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EcRecordsPage, ec_records_page_free)

G_END_DECLS
