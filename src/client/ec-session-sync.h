/* ec-session-sync.h: bringing the session's cache up to date with the service.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-session.h"

G_BEGIN_DECLS

/* Records per page when syncing: large enough that a typical record is one
 * request, small enough that a reply stays a few hundred kilobytes. */
#define EC_SESSION_SYNC_PAGE 500

void ec_session_sync_async (EcSession          *self,
                            GCancellable       *cancellable,
                            GAsyncReadyCallback callback,
                            gpointer            user_data);

gboolean ec_session_sync_finish (EcSession    *self,
                                 GAsyncResult *result,
                                 guint        *out_changed,
                                 GError      **error);

G_END_DECLS
