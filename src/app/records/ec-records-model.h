/* ec-records-model.h: a learning record as a GtkTreeModel, for a
 * GtkTreeView in fixed-height mode.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ec-client.h"
#include "ec-core.h"

G_BEGIN_DECLS

/**
 * EcRecordsColumn:
 * @EC_RECORDS_COLUMN_ID: the record's id (gint64)
 * @EC_RECORDS_COLUMN_COURSE: the course name
 * @EC_RECORDS_COLUMN_HOURS: the certified hours, formatted ("1.5")
 * @EC_RECORDS_COLUMN_COMPLETED: the completion date (YYYY-MM-DD), or "—"
 * @EC_RECORDS_COLUMN_LIFELONG: the lifelong-learning status, short
 * @EC_RECORDS_COLUMN_TEACHER: the teachers' network status, short
 * @EC_RECORDS_COLUMN_ENV: the environmental-education status, short
 * @EC_RECORDS_COLUMN_ATTENTION: whether a network is blocked (gboolean),
 *   for a warning icon
 *
 * The model's columns, all strings unless said; rendered on demand.
 */
typedef enum {
  EC_RECORDS_COLUMN_ID,
  EC_RECORDS_COLUMN_COURSE,
  EC_RECORDS_COLUMN_HOURS,
  EC_RECORDS_COLUMN_COMPLETED,
  EC_RECORDS_COLUMN_LIFELONG,
  EC_RECORDS_COLUMN_TEACHER,
  EC_RECORDS_COLUMN_ENV,
  EC_RECORDS_COLUMN_ATTENTION,
  EC_RECORDS_N_COLUMNS
} EcRecordsColumn;

#define EC_TYPE_RECORDS_MODEL (ec_records_model_get_type ())

G_DECLARE_FINAL_TYPE (EcRecordsModel, ec_records_model, EC, RECORDS_MODEL, GObject)

EcRecordsModel *ec_records_model_new (GPtrArray *records);

EcRecordsModel *ec_records_model_new_from_ids (EcCache *cache,
                                               GArray  *ids);

guint ec_records_model_get_n_records (EcRecordsModel *self);

const EcRecord *ec_records_model_get_record (EcRecordsModel *self,
                                             GtkTreeIter    *iter);

gboolean ec_records_model_find (EcRecordsModel *self,
                                gint64          id,
                                GtkTreeIter    *out_iter);

char *ec_network_status_format_short (const EcNetworkStatus *status);

G_END_DECLS
