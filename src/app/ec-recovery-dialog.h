/* ec-recovery-dialog.h: a forgotten password, recovered by SMS.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ec-client.h"

G_BEGIN_DECLS

#define EC_TYPE_RECOVERY_DIALOG (ec_recovery_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EcRecoveryDialog, ec_recovery_dialog, EC, RECOVERY_DIALOG, GtkDialog)

/**
 * EcRecoveryDialog::recovered:
 * @self: the dialog
 * @route: "ecpa" or "gov-tw"
 * @account: the login whose password was changed
 *
 * Emitted once the new password is set, before the dialog closes, so that
 * the caller can fill in the login it offers next.  The new password is
 * never handed on: the learner types it to log in.
 */

EcRecoveryDialog *ec_recovery_dialog_new (GtkWindow   *parent,
                                          EcApiClient *client,
                                          const char  *route,
                                          const char  *account);

G_END_DECLS
