/* ec-learner-choices.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-learner-choices"

#include "config.h"

#include "assistant/ec-learner-choices.h"

/* The one object the assistant's pages share (rather than the application
 * object): each page reads the choices made before it and writes its own,
 * and a page that depends on a choice listens to its notify signal.  It
 * holds choices only: nothing personal (no ID number, no password); of the
 * account lookup it keeps the outcome alone. */

struct _EcLearnerChoices {
  GObject parent_instance;

  gboolean          has_identity;
  EcIdentity        identity;
  EcAccountsHeld    held;
  EcLoginRoute      route;
  EcLookupOutcome   lookup_outcome;
  EcProfileMissing  profile_missing;
  EcConversionReply conversion_reply;
};

/* clang-format off */
G_DEFINE_ENUM_TYPE (EcLookupOutcome, ec_lookup_outcome,
  G_DEFINE_ENUM_VALUE (EC_LOOKUP_OUTCOME_NONE, "none"),
  G_DEFINE_ENUM_VALUE (EC_LOOKUP_OUTCOME_OFFICIAL, "official"),
  G_DEFINE_ENUM_VALUE (EC_LOOKUP_OUTCOME_NATURAL_PERSON_ONLY, "natural-person-only"),
  G_DEFINE_ENUM_VALUE (EC_LOOKUP_OUTCOME_NO_ACCOUNT, "no-account"))
/* clang-format on */

G_DEFINE_FINAL_TYPE (EcLearnerChoices, ec_learner_choices, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_HAS_IDENTITY,
  PROP_IDENTITY,
  PROP_ACCOUNTS_HELD,
  PROP_ROUTE,
  PROP_LOOKUP_OUTCOME,
  PROP_PROFILE_MISSING,
  PROP_CONVERSION_REPLY,
  N_PROPS
};

static GParamSpec *obj_props[N_PROPS];

static void
ec_learner_choices_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  EcLearnerChoices *self = EC_LEARNER_CHOICES (object);

  switch (prop_id)
    {
    case PROP_HAS_IDENTITY:
      g_value_set_boolean (value, self->has_identity);
      break;
    case PROP_IDENTITY:
      g_value_set_enum (value, self->identity);
      break;
    case PROP_ACCOUNTS_HELD:
      g_value_set_flags (value, self->held);
      break;
    case PROP_ROUTE:
      g_value_set_enum (value, self->route);
      break;
    case PROP_LOOKUP_OUTCOME:
      g_value_set_enum (value, self->lookup_outcome);
      break;
    case PROP_PROFILE_MISSING:
      g_value_set_flags (value, self->profile_missing);
      break;
    case PROP_CONVERSION_REPLY:
      g_value_set_enum (value, self->conversion_reply);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ec_learner_choices_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  EcLearnerChoices *self = EC_LEARNER_CHOICES (object);

  switch (prop_id)
    {
    case PROP_IDENTITY:
      ec_learner_choices_set_identity (self, g_value_get_enum (value));
      break;
    case PROP_ACCOUNTS_HELD:
      ec_learner_choices_set_accounts_held (self, g_value_get_flags (value));
      break;
    case PROP_ROUTE:
      ec_learner_choices_set_route (self, g_value_get_enum (value));
      break;
    case PROP_LOOKUP_OUTCOME:
      ec_learner_choices_set_lookup_outcome (self, g_value_get_enum (value));
      break;
    case PROP_PROFILE_MISSING:
      ec_learner_choices_set_profile_missing (self, g_value_get_flags (value));
      break;
    case PROP_CONVERSION_REPLY:
      ec_learner_choices_set_conversion_reply (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ec_learner_choices_class_init (EcLearnerChoicesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = ec_learner_choices_get_property;
  object_class->set_property = ec_learner_choices_set_property;

  obj_props[PROP_HAS_IDENTITY] = g_param_spec_boolean ("has-identity", NULL, NULL, FALSE,
                                                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  obj_props[PROP_IDENTITY] = g_param_spec_enum ("identity", NULL, NULL, EC_TYPE_IDENTITY,
                                                EC_IDENTITY_CIVIL_SERVANT,
                                                G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  obj_props[PROP_ACCOUNTS_HELD] = g_param_spec_flags ("accounts-held", NULL, NULL, EC_TYPE_ACCOUNTS_HELD,
                                                      EC_ACCOUNTS_HELD_NONE,
                                                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  obj_props[PROP_ROUTE] = g_param_spec_enum ("route", NULL, NULL, EC_TYPE_LOGIN_ROUTE, EC_LOGIN_ROUTE_ECPA,
                                             G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  obj_props[PROP_LOOKUP_OUTCOME] = g_param_spec_enum ("lookup-outcome", NULL, NULL, EC_TYPE_LOOKUP_OUTCOME,
                                                      EC_LOOKUP_OUTCOME_NONE,
                                                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  obj_props[PROP_PROFILE_MISSING] = g_param_spec_flags ("profile-missing", NULL, NULL, EC_TYPE_PROFILE_MISSING,
                                                        EC_PROFILE_MISSING_NONE,
                                                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  obj_props[PROP_CONVERSION_REPLY] = g_param_spec_enum ("conversion-reply", NULL, NULL, EC_TYPE_CONVERSION_REPLY,
                                                        EC_CONVERSION_REPLY_NONE,
                                                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, obj_props);
}

static void
ec_learner_choices_init (EcLearnerChoices *self)
{
}

EcLearnerChoices *
ec_learner_choices_new (void)
{
  return g_object_new (EC_TYPE_LEARNER_CHOICES, NULL);
}

/**
 * ec_learner_choices_get_has_identity:
 *
 * Returns: whether the learner has chosen an identity yet.
 */
gboolean
ec_learner_choices_get_has_identity (EcLearnerChoices *self)
{
  g_return_val_if_fail (EC_IS_LEARNER_CHOICES (self), FALSE);
  return self->has_identity;
}

EcIdentity
ec_learner_choices_get_identity (EcLearnerChoices *self)
{
  g_return_val_if_fail (EC_IS_LEARNER_CHOICES (self), EC_IDENTITY_CIVIL_SERVANT);
  return self->identity;
}

void
ec_learner_choices_set_identity (EcLearnerChoices *self,
                                 EcIdentity        identity)
{
  g_return_if_fail (EC_IS_LEARNER_CHOICES (self));

  if (self->has_identity && self->identity == identity)
    return;

  self->identity = identity;
  g_object_notify_by_pspec (G_OBJECT (self), obj_props[PROP_IDENTITY]);
  if (!self->has_identity)
    {
      self->has_identity = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), obj_props[PROP_HAS_IDENTITY]);
    }
}

EcAccountsHeld
ec_learner_choices_get_accounts_held (EcLearnerChoices *self)
{
  g_return_val_if_fail (EC_IS_LEARNER_CHOICES (self), EC_ACCOUNTS_HELD_NONE);
  return self->held;
}

void
ec_learner_choices_set_accounts_held (EcLearnerChoices *self,
                                      EcAccountsHeld    held)
{
  g_return_if_fail (EC_IS_LEARNER_CHOICES (self));

  if (self->held == held)
    return;

  self->held = held;
  g_object_notify_by_pspec (G_OBJECT (self), obj_props[PROP_ACCOUNTS_HELD]);
}

EcLoginRoute
ec_learner_choices_get_route (EcLearnerChoices *self)
{
  g_return_val_if_fail (EC_IS_LEARNER_CHOICES (self), EC_LOGIN_ROUTE_ECPA);
  return self->route;
}

void
ec_learner_choices_set_route (EcLearnerChoices *self,
                              EcLoginRoute      route)
{
  g_return_if_fail (EC_IS_LEARNER_CHOICES (self));

  if (self->route == route)
    return;

  self->route = route;
  g_object_notify_by_pspec (G_OBJECT (self), obj_props[PROP_ROUTE]);
}

/**
 * ec_learner_choices_get_lookup_outcome:
 *
 * Returns: what the official account lookup found, if the learner ran it.
 */
EcLookupOutcome
ec_learner_choices_get_lookup_outcome (EcLearnerChoices *self)
{
  g_return_val_if_fail (EC_IS_LEARNER_CHOICES (self), EC_LOOKUP_OUTCOME_NONE);
  return self->lookup_outcome;
}

void
ec_learner_choices_set_lookup_outcome (EcLearnerChoices *self,
                                       EcLookupOutcome   outcome)
{
  g_return_if_fail (EC_IS_LEARNER_CHOICES (self));

  if (self->lookup_outcome == outcome)
    return;

  self->lookup_outcome = outcome;
  g_object_notify_by_pspec (G_OBJECT (self), obj_props[PROP_LOOKUP_OUTCOME]);
}

/**
 * ec_learner_choices_get_profile_missing:
 *
 * Returns: the profile fields the service said were missing when the
 *   learner logged in to apply for a conversion.
 */
EcProfileMissing
ec_learner_choices_get_profile_missing (EcLearnerChoices *self)
{
  g_return_val_if_fail (EC_IS_LEARNER_CHOICES (self), EC_PROFILE_MISSING_NONE);
  return self->profile_missing;
}

void
ec_learner_choices_set_profile_missing (EcLearnerChoices *self,
                                        EcProfileMissing  missing)
{
  g_return_if_fail (EC_IS_LEARNER_CHOICES (self));

  if (self->profile_missing == missing)
    return;

  self->profile_missing = missing;
  g_object_notify_by_pspec (G_OBJECT (self), obj_props[PROP_PROFILE_MISSING]);
}

/**
 * ec_learner_choices_get_conversion_reply:
 *
 * Returns: the service's reply to the conversion application made in the
 *   assistant, if any.
 */
EcConversionReply
ec_learner_choices_get_conversion_reply (EcLearnerChoices *self)
{
  g_return_val_if_fail (EC_IS_LEARNER_CHOICES (self), EC_CONVERSION_REPLY_NONE);
  return self->conversion_reply;
}

void
ec_learner_choices_set_conversion_reply (EcLearnerChoices *self,
                                         EcConversionReply reply)
{
  g_return_if_fail (EC_IS_LEARNER_CHOICES (self));

  if (self->conversion_reply == reply)
    return;

  self->conversion_reply = reply;
  g_object_notify_by_pspec (G_OBJECT (self), obj_props[PROP_CONVERSION_REPLY]);
}

/**
 * ec_learner_choices_wants_conversion:
 *
 * Whether the learner should apply to convert a member account: a civil
 * servant or an educator whose lookup found no official account.  The
 * general public keeps its member account (DOMAIN.md).
 *
 * Returns: %TRUE when the conversion pages apply.
 */
gboolean
ec_learner_choices_wants_conversion (EcLearnerChoices *self)
{
  g_return_val_if_fail (EC_IS_LEARNER_CHOICES (self), FALSE);

  if (self->has_identity && self->identity == EC_IDENTITY_GENERAL_PUBLIC)
    return FALSE;
  return self->lookup_outcome == EC_LOOKUP_OUTCOME_NATURAL_PERSON_ONLY
         || self->lookup_outcome == EC_LOOKUP_OUTCOME_NO_ACCOUNT;
}
