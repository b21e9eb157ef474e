/* ec-year-summary-view.h: a year at a glance, per network.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ec-core.h"

G_BEGIN_DECLS

#define EC_TYPE_YEAR_SUMMARY_VIEW (ec_year_summary_view_get_type ())

G_DECLARE_FINAL_TYPE (EcYearSummaryView, ec_year_summary_view, EC, YEAR_SUMMARY_VIEW, GtkBin)

EcYearSummaryView *ec_year_summary_view_new (void);

void ec_year_summary_view_set_summary (EcYearSummaryView   *self,
                                       const EcYearSummary *summary);

G_END_DECLS
