/* ec-session.h: a learner's session: log in, sync, renew, log out.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ec-api-client.h"
#include "ec-cache.h"
#include "ec-credential-store.h"

G_BEGIN_DECLS

#define EC_TYPE_SESSION (ec_session_get_type ())

G_DECLARE_FINAL_TYPE (EcSession, ec_session, EC, SESSION, GObject)

EcSession *ec_session_new (EcApiClient       *client,
                           EcCredentialStore *credentials);

EcApiClient *ec_session_get_client (EcSession *self);

EcCredentialStore *ec_session_get_credentials (EcSession *self);

gboolean ec_session_get_logged_in (EcSession *self);

const char *ec_session_get_login (EcSession *self);

const char *ec_session_get_route (EcSession *self);

const EcAccount *ec_session_get_account (EcSession *self);

EcCache *ec_session_get_cache (EcSession *self);

void ec_session_set_cache_path (EcSession  *self,
                                const char *path);

gboolean ec_session_open_offline (EcSession  *self,
                                  const char *route,
                                  const char *login,
                                  GError    **error);

void ec_session_keep_password_for_relogin (EcSession *self);

G_END_DECLS
