/* ec-record.h: one course of a learning record, with the verdict per
 * network.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EcRecord, ec_record_free)

G_END_DECLS
