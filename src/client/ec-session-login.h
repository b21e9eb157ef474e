/* ec-session-login.h: logging a session in, with a password typed or remembered.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-session.h"

G_BEGIN_DECLS

void ec_session_login_async (EcSession          *self,
                             const char         *route,
                             const char         *account,
                             const char         *password,
                             gboolean            remember,
                             GCancellable       *cancellable,
                             GAsyncReadyCallback callback,
                             gpointer            user_data);

void ec_session_login_remembered_async (EcSession          *self,
                                        const char         *route,
                                        const char         *account,
                                        GCancellable       *cancellable,
                                        GAsyncReadyCallback callback,
                                        gpointer            user_data);

gboolean ec_session_login_finish (EcSession    *self,
                                  GAsyncResult *result,
                                  GError      **remember_error,
                                  GError      **error);

G_END_DECLS
