/* ec-message-label.h: a label that shows a message (an error under the
 * field it is about, a hint) and hides when there is none.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void ec_message_label_show (GtkLabel   *label,
                            const char *message);

G_END_DECLS
