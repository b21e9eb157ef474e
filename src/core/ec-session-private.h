/* ec-session-private.h: what the session's own files share.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-session.h"

G_BEGIN_DECLS

char *ec_session_steal_relogin_password (EcSession *self);

void ec_session_forget (EcSession *self);

void ec_session_emit_sync_progress (EcSession *self,
                                    guint      received);

void ec_session_wipe_password (char *password);

G_END_DECLS
