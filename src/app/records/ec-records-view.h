/* ec-records-view.h: the list of courses.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ec-client.h"
#include "records/ec-records-model.h"

G_BEGIN_DECLS

#define EC_TYPE_RECORDS_VIEW (ec_records_view_get_type ())

G_DECLARE_FINAL_TYPE (EcRecordsView, ec_records_view, EC, RECORDS_VIEW, GtkBin)

/**
 * EcRecordsView::record-selected:
 * @self: the view
 * @record: (nullable): the selected record (an #EcRecord boxed), or %NULL
 *
 * The selection changed.
 */

/**
 * EcRecordsView::sort-changed:
 * @self: the view
 *
 * The learner clicked a column header: read ec_records_view_get_sort()
 * and query again.
 */

EcRecordsView *ec_records_view_new (void);

void ec_records_view_set_records (EcRecordsView *self,
                                  GPtrArray     *records);

void ec_records_view_set_model (EcRecordsView  *self,
                                EcRecordsModel *model);

EcRecordsModel *ec_records_view_get_model (EcRecordsView *self);

void ec_records_view_get_sort (EcRecordsView *self,
                               EcCacheSort   *out_sort,
                               gboolean      *out_descending);

gboolean ec_records_view_select (EcRecordsView *self,
                                 gint64         id);

GtkTreeView *ec_records_view_get_tree_view (EcRecordsView *self);

G_END_DECLS
