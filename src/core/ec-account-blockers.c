/* ec-account-blockers.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-account-blockers"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ec-account-blockers.h"
#include "ec-time.h"

/* The same conditions as the upload rules (ec-upload-rules.c), read from
 * the account alone: a banner tells the learner once what holds back every
 * course, instead of the same reason on each row.  A state that is not
 * known (no sync yet) raises no banner: a warning that may be wrong is
 * worse than none. */

/* Rule 1 of DOMAIN.md: an official account, and, after a conversion, a
 * login since. */
static EcAccountBlocker
compute_official (const EcAccountState *state)
{
  EcAccountBlocker blockers = EC_ACCOUNT_BLOCKER_NONE;

  if (state->kind == EC_ACCOUNT_KIND_NATURAL_PERSON)
    {
      /* The general public is not meant to convert: a member account is
       * the right one for them, and it still earns environmental-education
       * hours. */
      if (state->identity == EC_IDENTITY_GENERAL_PUBLIC)
        blockers |= EC_ACCOUNT_BLOCKER_GENERAL_PUBLIC;
      else
        blockers |= EC_ACCOUNT_BLOCKER_NOT_OFFICIAL;
    }

  if (ec_account_state_get_relogin_needed (state))
    blockers |= EC_ACCOUNT_BLOCKER_RELOGIN_NEEDED;

  return blockers;
}

/* The networks' own conditions (DOMAIN.md, rule 1 a and b). */
static EcAccountBlocker
compute_networks (const EcAccountState *state)
{
  EcAccountBlocker blockers = EC_ACCOUNT_BLOCKER_NONE;

  if (state->identity == EC_IDENTITY_EDUCATOR
      && state->personnel_category != EC_PERSONNEL_CATEGORY_EDUCATOR)
    blockers |= EC_ACCOUNT_BLOCKER_NOT_EDUCATOR_CATEGORY;

  /* A wrong service unit only matters once there is an account to fill it
   * in on; until then creating the account is the one step to take. */
  if (state->env_account_since == EC_TIME_NEVER)
    blockers |= EC_ACCOUNT_BLOCKER_NO_ENV_ACCOUNT;
  else if (!state->env_service_unit_ok)
    blockers |= EC_ACCOUNT_BLOCKER_ENV_SERVICE_UNIT;

  return blockers;
}

/**
 * ec_account_blockers_compute:
 * @account_state: (nullable): the account state of the last records reply
 *   (docs/api.md, GET /api/v1/records), or %NULL when it is not known
 * @session_account: (nullable): the account logged in with
 *
 * Works out what in the account keeps hours from uploading, whatever the
 * course.  A session on a social account or on an unbound certificate's
 * own account blocks every course by itself, and converting that account
 * or completing its environmental-education data would not help: those
 * sessions get that one blocker, so that the banner says the one thing to
 * do.
 *
 * Returns: the blockers, or %EC_ACCOUNT_BLOCKER_NONE.
 */
EcAccountBlocker
ec_account_blockers_compute (const EcAccountState *account_state,
                             const EcAccount      *session_account)
{
  EcAccountBlocker blockers = EC_ACCOUNT_BLOCKER_NONE;

  if (session_account != NULL && session_account->type == EC_ACCOUNT_TYPE_SOCIAL)
    return EC_ACCOUNT_BLOCKER_SOCIAL;
  if (session_account != NULL && session_account->type == EC_ACCOUNT_TYPE_CERTIFICATE)
    return EC_ACCOUNT_BLOCKER_UNBOUND_CERTIFICATE;

  if (account_state == NULL)
    return EC_ACCOUNT_BLOCKER_NONE;

  blockers |= compute_official (account_state);
  blockers |= compute_networks (account_state);
  return blockers;
}

/**
 * ec_account_blocker_get_message:
 * @blocker: one blocker (a single flag)
 *
 * Returns: a translated sentence that says what is blocked and what to do,
 *   for a banner.
 */
const char *
ec_account_blocker_get_message (EcAccountBlocker blocker)
{
  switch (blocker)
    {
    case EC_ACCOUNT_BLOCKER_GENERAL_PUBLIC:
      return _ ("You are logged in with a general member account: your environmental-education hours upload. Lifelong-learning hours are credited to civil-service staff only, so they are not yours to upload.");
    case EC_ACCOUNT_BLOCKER_NOT_OFFICIAL:
      return _ ("Your account is a natural-person (自然人) account, not an official one: your lifelong-learning and teachers' hours do not upload until you apply to convert it.");
    case EC_ACCOUNT_BLOCKER_RELOGIN_NEEDED:
      return _ ("Your account is official now, but you have not logged in to the learning platform since: log in to it again so that your hours upload.");
    case EC_ACCOUNT_BLOCKER_UNBOUND_CERTIFICATE:
      return _ ("You are logged in with a citizen digital certificate that is not bound: its hours belong to a separate account and never upload. Bind the certificate to your account first.");
    case EC_ACCOUNT_BLOCKER_SOCIAL:
      return _ ("You are logged in with a social account: hours studied this way never upload and cannot be transferred. Log in with your official or 我的e政府 account instead.");
    case EC_ACCOUNT_BLOCKER_NOT_EDUCATOR_CATEGORY:
      return _ ("Your personnel category (人員區分) is not 10 教育人員, so your hours do not reach the teachers' network: ask your personnel office to correct it.");
    case EC_ACCOUNT_BLOCKER_NO_ENV_ACCOUNT:
      return _ ("You have no personal account on the environmental-education network (環教網): your environmental-education hours do not upload until you create one.");
    case EC_ACCOUNT_BLOCKER_ENV_SERVICE_UNIT:
      return _ ("Your service unit (服務單位) on the environmental-education network (環教網) is not filled in correctly: your environmental-education hours do not upload until you correct it.");
    case EC_ACCOUNT_BLOCKER_NONE:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * ec_account_blocker_get_remedy:
 * @blocker: one blocker (a single flag)
 *
 * Returns: what the learner can do about @blocker, for the banner's
 *   button; %EC_REMEDY_NONE for the general public, who need nothing
 *   more for the hours they can earn.
 */
EcRemedy
ec_account_blocker_get_remedy (EcAccountBlocker blocker)
{
  switch (blocker)
    {
    case EC_ACCOUNT_BLOCKER_GENERAL_PUBLIC:
      return EC_REMEDY_NONE;
    case EC_ACCOUNT_BLOCKER_NOT_OFFICIAL:
      return EC_REMEDY_CONVERT_ACCOUNT;
    case EC_ACCOUNT_BLOCKER_RELOGIN_NEEDED:
      return EC_REMEDY_LOG_IN_AGAIN;
    case EC_ACCOUNT_BLOCKER_UNBOUND_CERTIFICATE:
      return EC_REMEDY_BIND_CERTIFICATE;
    case EC_ACCOUNT_BLOCKER_SOCIAL:
      return EC_REMEDY_RESTUDY;
    case EC_ACCOUNT_BLOCKER_NOT_EDUCATOR_CATEGORY:
      return EC_REMEDY_FIX_PERSONNEL_CATEGORY;
    case EC_ACCOUNT_BLOCKER_NO_ENV_ACCOUNT:
      return EC_REMEDY_CREATE_ENV_ACCOUNT;
    case EC_ACCOUNT_BLOCKER_ENV_SERVICE_UNIT:
      return EC_REMEDY_FIX_SERVICE_UNIT;
    case EC_ACCOUNT_BLOCKER_NONE:
    default:
      g_return_val_if_reached (EC_REMEDY_NONE);
    }
}
