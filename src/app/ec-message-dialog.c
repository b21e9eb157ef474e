/* ec-message-dialog.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-message-dialog"

#include "config.h"

#include "ec-message-dialog.h"

/**
 * ec_message_dialog_show_error:
 * @parent: (nullable): the window the failure belongs to
 * @primary: what failed, translated
 * @secondary: (nullable): why, or what to do, translated
 *
 * Shows an error without blocking (no gtk_dialog_run()): the dialog closes
 * itself when answered.
 */
void
ec_message_dialog_show_error (GtkWindow  *parent,
                              const char *primary,
                              const char *secondary)
{
  GtkWidget *dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                              GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, "%s", primary);

  if (secondary != NULL)
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", secondary);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_widget_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}
