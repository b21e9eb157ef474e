/* ec-demo-admin.h: the admin endpoints of the reference service that the
 * demo uses (docs/api.md, "Admin endpoints").
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ec-client-error.h"

G_BEGIN_DECLS

/**
 * EcDemoPersona:
 * @persona: the persona's id in the demo data ("civil-servant-ecpa")
 * @name: the person's (made-up) name
 * @identity: "civil-servant", "educator" or "general-public"
 * @route: the route to log in with ("ecpa", "gov-tw", "certificate",
 *   "social")
 * @account: the login
 * @password: the demo password (made-up, shown in docs/demo.md)
 *
 * One way to log in as a demo learner.
 */
typedef struct {
  char *persona;
  char *name;
  char *identity;
  char *route;
  char *account;
  char *password;
} EcDemoPersona;

void ec_demo_persona_free (EcDemoPersona *persona);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EcDemoPersona, ec_demo_persona_free)

#define EC_TYPE_DEMO_ADMIN (ec_demo_admin_get_type ())

G_DECLARE_FINAL_TYPE (EcDemoAdmin, ec_demo_admin, EC, DEMO_ADMIN, GObject)

EcDemoAdmin *ec_demo_admin_new (const char *base_url);

const char *ec_demo_admin_get_base_url (EcDemoAdmin *self);

void ec_demo_admin_list_personas_async (EcDemoAdmin        *self,
                                        GCancellable       *cancellable,
                                        GAsyncReadyCallback callback,
                                        gpointer            user_data);

GPtrArray *ec_demo_admin_list_personas_finish (EcDemoAdmin  *self,
                                               GAsyncResult *result,
                                               GError      **error);

void ec_demo_admin_advance_clock_async (EcDemoAdmin        *self,
                                        guint               days,
                                        GCancellable       *cancellable,
                                        GAsyncReadyCallback callback,
                                        gpointer            user_data);

gboolean ec_demo_admin_advance_clock_finish (EcDemoAdmin  *self,
                                             GAsyncResult *result,
                                             GError      **error);

G_END_DECLS
