/* ec-error-message.h: what a learner reads when the service refuses or fails.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *ec_error_message_for_learner (const GError *error);

char *ec_error_message_join (const char *message,
                             const char *advice);

G_END_DECLS
