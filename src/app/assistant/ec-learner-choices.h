/* ec-learner-choices.h: what the learner has told the assistant so far.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ec-core.h"

G_BEGIN_DECLS

#define EC_TYPE_LEARNER_CHOICES (ec_learner_choices_get_type ())

G_DECLARE_FINAL_TYPE (EcLearnerChoices, ec_learner_choices, EC, LEARNER_CHOICES, GObject)

EcLearnerChoices *ec_learner_choices_new (void);

gboolean   ec_learner_choices_get_has_identity (EcLearnerChoices *self);
EcIdentity ec_learner_choices_get_identity (EcLearnerChoices *self);
void       ec_learner_choices_set_identity (EcLearnerChoices *self,
                                            EcIdentity        identity);

EcAccountsHeld ec_learner_choices_get_accounts_held (EcLearnerChoices *self);
void           ec_learner_choices_set_accounts_held (EcLearnerChoices *self,
                                                     EcAccountsHeld    held);

EcLoginRoute ec_learner_choices_get_route (EcLearnerChoices *self);
void         ec_learner_choices_set_route (EcLearnerChoices *self,
                                           EcLoginRoute      route);

G_END_DECLS
