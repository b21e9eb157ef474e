/* ec-application-private.h: what the application's files share.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ec-application.h"
#include "demo/ec-demo-service.h"
#include "assistant/ec-learner-choices.h"
#include "ec-window.h"

G_BEGIN_DECLS

struct _EcApplication {
  GtkApplication parent_instance;

  gboolean       demo;
  EcDemoService *demo_service;
  /* The demo service's admin endpoints, once it runs. */
  EcDemoAdmin      *demo_admin;
  GCancellable     *cancellable;
  GSettings        *settings;
  EcLearnerChoices *choices;
  EcApiClient      *client;
  EcSession        *session;

  /* --demo-learner: log in as this demo persona once the service runs. */
  char *demo_learner;

  /* The first start's assistant waits for the demo service. */
  gboolean assistant_pending;

  /* (nullable) (weak): one preferences dialog at a time. */
  GtkWidget *preferences;
};

void _ec_application_set_service_url (EcApplication *self,
                                      const char    *url);

void _ec_application_start_window (EcApplication *self,
                                   EcWindow      *window);

EcWindow *_ec_application_get_window (EcApplication *self);

void _ec_application_set_action_enabled (EcApplication *self,
                                         const char    *name,
                                         gboolean       enabled);

void _ec_application_show_message (EcApplication *self,
                                   const char    *primary,
                                   const char    *secondary);

void _ec_application_open_assistant (EcApplication *self);

/* ec-application-demo.c */
void _ec_application_start_demo (EcApplication *self,
                                 EcWindow      *window);

void _ec_application_demo_personas_activated_cb (GSimpleAction *action,
                                                 GVariant      *parameter,
                                                 gpointer       user_data);

void _ec_application_demo_advance_clock_activated_cb (GSimpleAction *action,
                                                      GVariant      *parameter,
                                                      gpointer       user_data);

G_END_DECLS
