/* ec-roc-date.h: dates in the Republic of China (民國) calendar.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* ROC year 1 is Gregorian 1912. */
#define EC_ROC_YEAR_OFFSET 1911

/**
 * EcRocStyle:
 * @EC_ROC_STYLE_FORM: the application form's style, 「民國 101年12月03日」.
 * @EC_ROC_STYLE_DOTTED: `101.12.03`.
 * @EC_ROC_STYLE_SLASHED: `101/12/03`.
 * @EC_ROC_STYLE_COMPACT: `1011203` (seven digits; years below 100 are
 *   written with a leading zero, `0991231`).
 */
typedef enum {
  EC_ROC_STYLE_FORM,
  EC_ROC_STYLE_DOTTED,
  EC_ROC_STYLE_SLASHED,
  EC_ROC_STYLE_COMPACT,
} EcRocStyle;

char *ec_roc_date_format (GDateTime *datetime,
                          EcRocStyle style);

char *ec_roc_date_format_date (const GDate *date,
                               EcRocStyle   style);

GDateTime *ec_roc_date_parse (const char *text,
                              GError    **error);

G_END_DECLS
