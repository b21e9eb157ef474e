/* ec-calendar.h: the government office calendar (working days).
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define EC_TYPE_CALENDAR (ec_calendar_get_type ())

G_DECLARE_FINAL_TYPE (EcCalendar, ec_calendar, EC, CALENDAR, GObject)

/**
 * EcDayKind:
 * @EC_DAY_KIND_WORKING: a working day: a weekday that is not a day off, or a
 *   Saturday that the calendar makes a working day (補行上班).
 * @EC_DAY_KIND_WEEKEND: a Saturday or Sunday that is not worked.
 * @EC_DAY_KIND_HOLIDAY: a weekday off by the calendar (a holiday, or a day
 *   off moved to bridge a holiday).
 */
typedef enum {
  EC_DAY_KIND_WORKING,
  EC_DAY_KIND_WEEKEND,
  EC_DAY_KIND_HOLIDAY,
} EcDayKind;

EcCalendar *ec_calendar_new_from_bytes (GBytes  *tsv,
                                        GError **error);

EcCalendar *ec_calendar_new_default (void);

gboolean ec_calendar_has_year (EcCalendar *self,
                               guint       year);

EcDayKind ec_calendar_get_day_kind (EcCalendar  *self,
                                    const GDate *date);

const char *ec_calendar_get_day_name (EcCalendar  *self,
                                      const GDate *date);

gboolean ec_calendar_is_working_day (EcCalendar  *self,
                                     const GDate *date);

gboolean ec_calendar_add_working_days (EcCalendar  *self,
                                       const GDate *from,
                                       guint        n_days,
                                       GDate       *out_date);

G_END_DECLS
