/* ec-year-summary.h: a year of learning hours, per network, against the
 * yearly environmental-education minimum and the agency's cut-off.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ec-record.h"

G_BEGIN_DECLS

/* Environmental education: at least 4 hours a year (環境教育法 §19,
 * DOMAIN.md). */
#define EC_ENV_YEARLY_MINUTES (4 * 60)

/**
 * EcNetworkSummary:
 * @n_courses: completed courses of the year with certified hours for the
 *   network
 * @certified_minutes: their certified hours, in minutes
 * @uploaded_minutes: of which uploaded
 * @pending_minutes: of which waiting for the batch
 * @blocked_minutes: of which not eligible or never to be uploaded
 * @late_minutes: of the pending ones, those expected after the cut-off
 *   (they will miss it)
 */
typedef struct {
  guint n_courses;
  guint certified_minutes;
  guint uploaded_minutes;
  guint pending_minutes;
  guint blocked_minutes;
  guint late_minutes;
} EcNetworkSummary;

/**
 * EcYearSummary:
 * @year: the Gregorian year (of the completion date, in Taiwan)
 * @cutoff: the agency's cut-off date in that year
 * @networks: per #EcNetwork
 * @env_counted_minutes: environmental-education minutes uploaded, or
 *   pending and expected by the cut-off: what counts toward the minimum
 * @env_missing_minutes: what is still missing to reach
 *   %EC_ENV_YEARLY_MINUTES (0 when reached)
 */
typedef struct {
  guint            year;
  GDate            cutoff;
  EcNetworkSummary networks[EC_N_NETWORKS];
  guint            env_counted_minutes;
  guint            env_missing_minutes;
} EcYearSummary;

gboolean ec_cutoff_parse (const char *text,
                          guint      *out_month,
                          guint      *out_day,
                          GError    **error);

void ec_year_summary_compute (GPtrArray     *records,
                              guint          year,
                              guint          cutoff_month,
                              guint          cutoff_day,
                              EcYearSummary *out_summary);

GArray *ec_records_list_years (GPtrArray *records);

char *ec_minutes_format_hours (guint minutes);

G_END_DECLS
