/* ec-learner-choices.h: what the learner has told the assistant so far.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ec-core.h"

G_BEGIN_DECLS

/**
 * EcLookupOutcome:
 * @EC_LOOKUP_OUTCOME_NONE: the learner has not checked yet
 * @EC_LOOKUP_OUTCOME_OFFICIAL: an official account exists: log in with it
 * @EC_LOOKUP_OUTCOME_NATURAL_PERSON_ONLY: only plain member (自然人)
 *   accounts: apply to convert one
 * @EC_LOOKUP_OUTCOME_NO_ACCOUNT: no account at all: register, then apply
 *
 * What the official account lookup found; the ID number it was made with
 * is never kept.
 */
typedef enum {
  EC_LOOKUP_OUTCOME_NONE,
  EC_LOOKUP_OUTCOME_OFFICIAL,
  EC_LOOKUP_OUTCOME_NATURAL_PERSON_ONLY,
  EC_LOOKUP_OUTCOME_NO_ACCOUNT,
} EcLookupOutcome;

#define EC_TYPE_LOOKUP_OUTCOME (ec_lookup_outcome_get_type ())

GType ec_lookup_outcome_get_type (void);

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

EcLookupOutcome ec_learner_choices_get_lookup_outcome (EcLearnerChoices *self);
void            ec_learner_choices_set_lookup_outcome (EcLearnerChoices *self,
                                                       EcLookupOutcome   outcome);

EcProfileMissing ec_learner_choices_get_profile_missing (EcLearnerChoices *self);
void             ec_learner_choices_set_profile_missing (EcLearnerChoices *self,
                                                         EcProfileMissing  missing);

EcConversionReply ec_learner_choices_get_conversion_reply (EcLearnerChoices *self);
void              ec_learner_choices_set_conversion_reply (EcLearnerChoices *self,
                                                           EcConversionReply reply);

gboolean ec_learner_choices_wants_conversion (EcLearnerChoices *self);

G_END_DECLS
