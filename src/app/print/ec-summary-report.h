/* ec-summary-report.h: the year's summary and courses, printed or saved
 * as PDF.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ec-core.h"

G_BEGIN_DECLS

#define EC_TYPE_SUMMARY_REPORT (ec_summary_report_get_type ())

G_DECLARE_FINAL_TYPE (EcSummaryReport, ec_summary_report, EC, SUMMARY_REPORT, GObject)

EcSummaryReport *ec_summary_report_new (const char          *learner,
                                        const EcYearSummary *summary,
                                        GPtrArray           *records);

gboolean ec_summary_report_export_pdf (EcSummaryReport *self,
                                       GtkWindow       *parent,
                                       const char      *path,
                                       GError         **error);

void ec_summary_report_print (EcSummaryReport *self,
                              GtkWindow       *parent);

void ec_summary_report_save_as_pdf (EcSummaryReport *self,
                                    GtkWindow       *parent);

G_END_DECLS
