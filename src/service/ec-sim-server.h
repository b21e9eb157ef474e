/* ec-sim-server.h: the reference service's HTTP front.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ec-core.h"
#include "ec-sim-context.h"
#include "ec-sim-db.h"
#include "ec-sim-rate-limiter.h"

G_BEGIN_DECLS

#define EC_TYPE_SIM_SERVER (ec_sim_server_get_type ())

G_DECLARE_FINAL_TYPE (EcSimServer, ec_sim_server, EC, SIM_SERVER, GObject)

/**
 * EcSimAuth:
 * @EC_SIM_AUTH_NONE: anyone may call the endpoint.
 * @EC_SIM_AUTH_LEARNER: a bearer token from POST /api/v1/sessions is needed.
 * @EC_SIM_AUTH_ADMIN: an /admin endpoint: it exists only when the service
 *   was started with --admin.
 */
typedef enum {
  EC_SIM_AUTH_NONE,
  EC_SIM_AUTH_LEARNER,
  EC_SIM_AUTH_ADMIN,
} EcSimAuth;

#define EC_SIM_DEFAULT_SESSION_TTL (30 * 60)

/* The official account lookup: requests per client per window. */
#define EC_SIM_DEFAULT_LOOKUP_LIMIT 10
#define EC_SIM_DEFAULT_LOOKUP_WINDOW 60

EcSimServer *ec_sim_server_new (EcSimDb *db);

EcSimDb *ec_sim_server_get_db (EcSimServer *self);

EcCalendar *ec_sim_server_get_calendar (EcSimServer *self);

void ec_sim_server_set_admin (EcSimServer *self,
                              gboolean     admin);

void ec_sim_server_set_session_ttl (EcSimServer *self,
                                    gint64       seconds);

gint64 ec_sim_server_get_session_ttl (EcSimServer *self);

void ec_sim_server_set_lookup_limiter (EcSimServer      *self,
                                       EcSimRateLimiter *limiter);

EcSimRateLimiter *ec_sim_server_get_lookup_limiter (EcSimServer *self);

void ec_sim_server_add_route (EcSimServer *self,
                              const char  *method,
                              const char  *pattern,
                              EcSimAuth    auth,
                              EcSimHandler handler);

gint64 ec_sim_server_now (EcSimServer *self);

gint64 ec_sim_server_get_started (EcSimServer *self);

gint64 ec_sim_server_get_clock_offset (EcSimServer *self);

void ec_sim_server_set_clock_offset (EcSimServer *self,
                                     gint64       offset);

gboolean ec_sim_server_set_tls_files (EcSimServer *self,
                                      const char  *cert_file,
                                      const char  *key_file,
                                      GError     **error);

gboolean ec_sim_server_listen (EcSimServer *self,
                               const char  *address,
                               guint        port,
                               GError     **error);

char *ec_sim_server_dup_url (EcSimServer *self);

G_END_DECLS
