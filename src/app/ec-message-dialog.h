/* ec-message-dialog.h: saying what failed, over a window.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void ec_message_dialog_show_error (GtkWindow  *parent,
                                   const char *primary,
                                   const char *secondary);

G_END_DECLS
