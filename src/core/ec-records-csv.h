/* ec-records-csv.h: the learning record as a CSV file a spreadsheet opens.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ec-record.h"

G_BEGIN_DECLS

gboolean ec_records_write_csv (GPtrArray     *records,
                               GOutputStream *stream,
                               GCancellable  *cancellable,
                               GError       **error);

G_END_DECLS
