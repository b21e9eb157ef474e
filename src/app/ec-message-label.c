/* ec-message-label.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-message-label"

#include "config.h"

#include "ec-message-label.h"

/**
 * ec_message_label_show:
 * @label: the label of a field's error, or of a form's
 * @message: (nullable): what is wrong, translated, or %NULL when nothing is
 *
 * Shows @message in @label, or hides the label when there is no message,
 * so that an empty error takes no room in the form.
 */
void
ec_message_label_show (GtkLabel   *label,
                       const char *message)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL && *message != '\0');
}
