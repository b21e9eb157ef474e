/* ec-time.h: the platform's clock and calendar conventions.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Timestamps in the domain are Unix seconds; 0 means "never" so that a
 * zero-initialised struct describes a learner who has done nothing yet. */
#define EC_TIME_NEVER ((gint64) 0)

GTimeZone *ec_time_zone_taiwan (void);

void ec_time_to_taiwan_date (gint64 unix_time,
                             GDate *out_date);

gint64 ec_time_from_iso8601 (const char *text,
                             GError    **error);

char *ec_time_to_iso8601 (gint64 unix_time);

char *ec_date_to_iso8601 (const GDate *date);

char *ec_date_format_long (const GDate *date);

gboolean ec_date_from_iso8601 (const char *text,
                               GDate      *out_date,
                               GError    **error);

G_END_DECLS
