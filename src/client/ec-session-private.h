/* ec-session-private.h: what the session's own files share.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#ifndef EC_CLIENT_COMPILATION
#error "ec-session-private.h is private to the client library: include ec-client.h"
#endif

#include "ec-session.h"

G_BEGIN_DECLS

struct _EcSession {
  GObject parent_instance;

  EcApiClient       *client;
  EcCredentialStore *credentials;
  EcCache           *cache;
  char              *cache_path;

  gboolean   logged_in;
  char      *login;
  char      *route;
  EcAccount *account;

  /* Only between ec_session_keep_password_for_relogin() and the re-login
   * or log-out it is for. */
  gboolean keep_password;
  char    *relogin_password;
};

void _ec_session_set_logged_in (EcSession *self,
                                gboolean   logged_in);

void _ec_session_notify_login (EcSession *self);

gboolean _ec_session_open_cache (EcSession  *self,
                                 const char *login,
                                 GError    **error);

char *_ec_session_steal_relogin_password (EcSession *self);

void _ec_session_forget (EcSession *self);

void _ec_session_emit_sync_progress (EcSession *self,
                                     guint      received);

void _ec_session_wipe_password (char *password);

G_END_DECLS
