/* ec-demo.h: the demo mode: its service, its learners, its clock.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ec-client.h"
#include "ec-window.h"

G_BEGIN_DECLS

#define EC_TYPE_DEMO (ec_demo_get_type ())

G_DECLARE_FINAL_TYPE (EcDemo, ec_demo, EC, DEMO, GObject)

/**
 * EcDemo::started:
 * @self: the demo
 * @url: (nullable): where the demo service listens, or %NULL if it could
 *   not start (the window says why)
 *
 * ec_demo_start() is done, once.  A handler that makes a session on @url
 * hands it over with ec_demo_set_session() before it returns: the demo
 * logs its learners in with that session, the one of `--demo-learner` at
 * once.
 */

EcDemo *ec_demo_new (GtkApplication *application,
                     const char     *learner);

void ec_demo_start (EcDemo   *self,
                    EcWindow *window);

void ec_demo_stop (EcDemo *self);

gboolean ec_demo_get_starting (EcDemo *self);

const char *ec_demo_get_service_url (EcDemo *self);

EcSession *ec_demo_get_session (EcDemo *self);

void ec_demo_set_session (EcDemo    *self,
                          EcSession *session);

G_END_DECLS
