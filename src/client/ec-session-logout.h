/* ec-session-logout.h: ending a session, optionally forgetting its password and cache.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-session.h"

G_BEGIN_DECLS

void ec_session_logout_async (EcSession          *self,
                              gboolean            forget_password,
                              gboolean            clear_cache,
                              GCancellable       *cancellable,
                              GAsyncReadyCallback callback,
                              gpointer            user_data);

gboolean ec_session_logout_finish (EcSession    *self,
                                   GAsyncResult *result,
                                   GError      **error);

G_END_DECLS
