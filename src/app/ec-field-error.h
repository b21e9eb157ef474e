/* ec-field-error.h: a message under the field it is about.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void ec_field_error_show (GtkLabel   *label,
                          const char *message);

G_END_DECLS
