/* ec-assistant.h: the first-run assistant.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "assistant/ec-assistant-page.h"
#include "assistant/ec-learner-choices.h"

G_BEGIN_DECLS

#define EC_TYPE_ASSISTANT (ec_assistant_get_type ())

G_DECLARE_FINAL_TYPE (EcAssistant, ec_assistant, EC, ASSISTANT, GtkWindow)

EcAssistant *ec_assistant_new (GtkWindow        *parent,
                               EcLearnerChoices *choices);

EcAssistant *ec_assistant_new_with_client (GtkWindow        *parent,
                                           EcLearnerChoices *choices,
                                           EcApiClient      *client);

EcAssistant *ec_assistant_new_with_session (GtkWindow        *parent,
                                            EcLearnerChoices *choices,
                                            EcSession        *session);

EcLearnerChoices *ec_assistant_get_choices (EcAssistant *self);

EcAssistantPage *ec_assistant_get_current_page (EcAssistant *self);

void ec_assistant_next (EcAssistant *self);

void ec_assistant_back (EcAssistant *self);

G_END_DECLS
