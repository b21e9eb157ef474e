/* ec-records-pane.h: the learning record: filters, the course list, a
 * course's detail, and the year's summary.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ec-client.h"
#include "ec-core.h"

G_BEGIN_DECLS

#define EC_TYPE_RECORDS_PANE (ec_records_pane_get_type ())

G_DECLARE_FINAL_TYPE (EcRecordsPane, ec_records_pane, EC, RECORDS_PANE, GtkBin)

EcRecordsPane *ec_records_pane_new (void);

void ec_records_pane_set_cache (EcRecordsPane *self,
                                EcCache       *cache);

void ec_records_pane_set_identity (EcRecordsPane *self,
                                   EcIdentity     identity);

void ec_records_pane_set_learner (EcRecordsPane *self,
                                  const char    *learner);

void ec_records_pane_set_cutoff (EcRecordsPane *self,
                                 guint          month,
                                 guint          day);

void ec_records_pane_reload (EcRecordsPane *self);

GtkStack *ec_records_pane_get_view_stack (EcRecordsPane *self);

void ec_records_pane_focus_search (EcRecordsPane *self);

GPtrArray *ec_records_pane_dup_shown_records (EcRecordsPane *self);

guint ec_records_pane_get_n_shown (EcRecordsPane *self);

void ec_records_pane_get_query (EcRecordsPane *self,
                                EcCacheQuery  *out_query);

gboolean ec_records_pane_get_loading (EcRecordsPane *self);

void ec_records_pane_print_summary (EcRecordsPane *self);

void ec_records_pane_save_summary (EcRecordsPane *self);

G_END_DECLS
