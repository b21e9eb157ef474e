/* ec-sim-server.h: the reference service's HTTP front.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define EC_TYPE_SIM_SERVER (ec_sim_server_get_type ())

G_DECLARE_FINAL_TYPE (EcSimServer, ec_sim_server, EC, SIM_SERVER, GObject)

EcSimServer *ec_sim_server_new (void);

gboolean ec_sim_server_listen (EcSimServer *self,
                               const char  *address,
                               guint        port,
                               GError     **error);

char *ec_sim_server_dup_url (EcSimServer *self);

G_END_DECLS
