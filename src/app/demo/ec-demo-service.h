/* ec-demo-service.h: runs elearn-sim for the demo mode.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define EC_TYPE_DEMO_SERVICE (ec_demo_service_get_type ())

G_DECLARE_FINAL_TYPE (EcDemoService, ec_demo_service, EC, DEMO_SERVICE, GObject)

EcDemoService *ec_demo_service_new (const char *executable);

char *ec_demo_service_find_executable (void);

void ec_demo_service_start_async (EcDemoService      *self,
                                  GCancellable       *cancellable,
                                  GAsyncReadyCallback callback,
                                  gpointer            user_data);

char *ec_demo_service_start_finish (EcDemoService *self,
                                    GAsyncResult  *result,
                                    GError       **error);

const char *ec_demo_service_get_url (EcDemoService *self);

void ec_demo_service_stop (EcDemoService *self);

G_END_DECLS
