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

/**
 * EcProfileField:
 * @EC_PROFILE_FIELD_NONE: nothing missing: an advanced member (進階會員)
 * @EC_PROFILE_FIELD_BIRTHDAY: the birthday
 * @EC_PROFILE_FIELD_ID_OR_PASSPORT: an ID, resident certificate or passport
 *   number
 * @EC_PROFILE_FIELD_ADDRESS: the mailing address
 * @EC_PROFILE_FIELD_PHONE: the phone number
 *
 * The profile fields a member must fill in before applying for a
 * conversion (the `missing` list of docs/api.md).  Only which fields are
 * missing is kept, never their values.
 */
typedef enum {
  EC_PROFILE_FIELD_NONE = 0,
  EC_PROFILE_FIELD_BIRTHDAY = 1 << 0,
  EC_PROFILE_FIELD_ID_OR_PASSPORT = 1 << 1,
  EC_PROFILE_FIELD_ADDRESS = 1 << 2,
  EC_PROFILE_FIELD_PHONE = 1 << 3,
} EcProfileField;

#define EC_TYPE_PROFILE_FIELD (ec_profile_field_get_type ())

GType ec_profile_field_get_type (void);

EcProfileField ec_profile_fields_from_strv (const char *const *missing);

/**
 * EcConversionReply:
 * @EC_CONVERSION_REPLY_NONE: no application made in the assistant
 * @EC_CONVERSION_REPLY_CONVERTED: converted at once: log in again
 * @EC_CONVERSION_REPLY_SUBMITTED: submitted: print and fax the form, then
 *   wait for the service centre
 * @EC_CONVERSION_REPLY_ECPA_EXISTS: an eCPA account exists: print and fax
 *   the form; meanwhile log in with the eCPA account
 *
 * The platform's three replies to a conversion application (docs/api.md,
 * `reply`).
 */
typedef enum {
  EC_CONVERSION_REPLY_NONE,
  EC_CONVERSION_REPLY_CONVERTED,
  EC_CONVERSION_REPLY_SUBMITTED,
  EC_CONVERSION_REPLY_ECPA_EXISTS,
} EcConversionReply;

#define EC_TYPE_CONVERSION_REPLY (ec_conversion_reply_get_type ())

GType ec_conversion_reply_get_type (void);

gboolean ec_conversion_reply_from_string (const char        *text,
                                          EcConversionReply *out_reply);

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

EcProfileField ec_learner_choices_get_profile_missing (EcLearnerChoices *self);
void           ec_learner_choices_set_profile_missing (EcLearnerChoices *self,
                                                       EcProfileField    missing);

EcConversionReply ec_learner_choices_get_conversion_reply (EcLearnerChoices *self);
void              ec_learner_choices_set_conversion_reply (EcLearnerChoices *self,
                                                           EcConversionReply reply);

gboolean ec_learner_choices_wants_conversion (EcLearnerChoices *self);

G_END_DECLS
