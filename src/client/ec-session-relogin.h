/* ec-session-relogin.h: ending a session and logging in again (after a conversion).
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-session.h"

G_BEGIN_DECLS

void ec_session_relogin_async (EcSession          *self,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data);

gboolean ec_session_relogin_finish (EcSession    *self,
                                    GAsyncResult *result,
                                    GError      **error);

G_END_DECLS
