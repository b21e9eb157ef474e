/* ec-record.h: one course of a learning record, as the API sends it and
 * the cache keeps it.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "ec-upload-rules.h"

G_BEGIN_DECLS

/**
 * EcNetworkStatus:
 * @status: uploaded, pending, not eligible or never
 * @reason: why not (%EC_UPLOAD_REASON_NONE when uploaded or pending)
 * @remedy: what to do
 * @date: the upload date or the expected one; invalid otherwise
 * @date_is_estimate: the expected date counts days the office calendar has
 *   no data for
 *
 * The service's verdict for one network, as computed by the upload rules.
 */
typedef struct {
  EcUploadStatus status;
  EcUploadReason reason;
  EcRemedy       remedy;
  GDate          date;
  gboolean       date_is_estimate;
} EcNetworkStatus;

/**
 * EcRecord:
 * @id: the service's id of the record
 * @deleted: a tombstone: the record was deleted (only @id is meaningful)
 * @course: the course name
 * @route: how the learner was logged in while studying it
 * @completed_at: Unix seconds, or %EC_TIME_NEVER if not completed
 * @minutes: certified minutes per #EcNetwork
 * @networks: the verdict per #EcNetwork
 */
typedef struct {
  gint64          id;
  gboolean        deleted;
  char           *course;
  EcLoginRoute    route;
  gint64          completed_at;
  guint           minutes[EC_N_NETWORKS];
  EcNetworkStatus networks[EC_N_NETWORKS];
} EcRecord;

#define EC_TYPE_RECORD (ec_record_get_type ())

GType ec_record_get_type (void) G_GNUC_CONST;

EcRecord *ec_record_new (void);
EcRecord *ec_record_copy (const EcRecord *record);
void      ec_record_free (EcRecord *record);

EcRecord *ec_record_new_from_json (JsonObject *object,
                                   GError    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EcRecord, ec_record_free)

/**
 * EcRecordsPage:
 * @records: (element-type EcRecord): records and tombstones, in sync order
 * @cursor: the cursor to ask for what changed after this page
 * @has_more: more pages follow
 * @etag: the reply's ETag, for a conditional fetch
 * @not_modified: the service answered 304: nothing changed, the other
 *   members are empty
 * @account_state: (nullable): the account state the verdicts were computed
 *   from, as the API sends it (for the app's banners)
 * @as_of: the service clock when it answered, Unix seconds
 *
 * One reply of GET /api/v1/records.
 */
typedef struct {
  GPtrArray  *records;
  char       *cursor;
  gboolean    has_more;
  char       *etag;
  gboolean    not_modified;
  JsonObject *account_state;
  gint64      as_of;
} EcRecordsPage;

EcRecordsPage *ec_records_page_new (void);
EcRecordsPage *ec_records_page_new_from_json (JsonNode *root,
                                              GError  **error);
void           ec_records_page_free (EcRecordsPage *page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EcRecordsPage, ec_records_page_free)

G_END_DECLS
