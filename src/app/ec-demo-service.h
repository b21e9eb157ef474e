/* ec-demo-service.h: runs elearn-sim for the demo mode.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

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

/* The demo's admin side (the service runs with --admin on loopback). */
void ec_demo_service_list_personas_async (EcDemoService      *self,
                                          GCancellable       *cancellable,
                                          GAsyncReadyCallback callback,
                                          gpointer            user_data);

GPtrArray *ec_demo_service_list_personas_finish (EcDemoService *self,
                                                 GAsyncResult  *result,
                                                 GError       **error);

void ec_demo_service_advance_clock_async (EcDemoService      *self,
                                          guint               days,
                                          GCancellable       *cancellable,
                                          GAsyncReadyCallback callback,
                                          gpointer            user_data);

gboolean ec_demo_service_advance_clock_finish (EcDemoService *self,
                                               GAsyncResult  *result,
                                               GError       **error);

G_END_DECLS
