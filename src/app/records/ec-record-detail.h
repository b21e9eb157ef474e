/* ec-record-detail.h: one course, network by network: the status, why
 * not, what to do, and when.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ec-core.h"

G_BEGIN_DECLS

#define EC_TYPE_RECORD_DETAIL (ec_record_detail_get_type ())

G_DECLARE_FINAL_TYPE (EcRecordDetail, ec_record_detail, EC, RECORD_DETAIL, GtkBin)

EcRecordDetail *ec_record_detail_new (void);

void ec_record_detail_set_record (EcRecordDetail *self,
                                  const EcRecord *record);

void ec_record_detail_set_identity (EcRecordDetail *self,
                                    EcIdentity      identity);

G_END_DECLS
