/* ec-preferences-dialog.h: the service address, refreshing on start, the
 * agency's cut-off.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define EC_TYPE_PREFERENCES_DIALOG (ec_preferences_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EcPreferencesDialog, ec_preferences_dialog, EC, PREFERENCES_DIALOG, GtkDialog)

EcPreferencesDialog *ec_preferences_dialog_new (GtkWindow *parent,
                                                GSettings *settings);

G_END_DECLS
