/* ec-persona-picker.h: in the demo, log in as one of the made-up learners.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ec-client.h"

G_BEGIN_DECLS

#define EC_TYPE_PERSONA_PICKER (ec_persona_picker_get_type ())

G_DECLARE_FINAL_TYPE (EcPersonaPicker, ec_persona_picker, EC, PERSONA_PICKER, GtkDialog)

/**
 * EcPersonaPicker::persona-chosen:
 * @self: the dialog
 * @route: the route to log in with
 * @account: the login
 * @password: the demo password
 *
 * The learner chose a persona; the dialog closes after this.
 */

EcPersonaPicker *ec_persona_picker_new (GtkWindow   *parent,
                                        EcDemoAdmin *admin);

G_END_DECLS
