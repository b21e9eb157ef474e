/* ec-demo-admin-private.h: how the admin endpoints' replies are read, for
 * the unit tests of the readers.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Private to the client library.
 */

#pragma once

#ifndef EC_CLIENT_COMPILATION
#error "ec-demo-admin-private.h is private to the client library: include ec-client.h"
#endif

#include <json-glib/json-glib.h>

#include "ec-demo-admin.h"

G_BEGIN_DECLS

GPtrArray *_ec_demo_admin_read_personas (JsonNode *root,
                                         GError  **error);

gboolean _ec_demo_admin_read_clock (JsonNode *root,
                                    GError  **error);

G_END_DECLS
