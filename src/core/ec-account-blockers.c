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
 * course, instead of the same reason on each row.  The inputs have already
 * been read strictly by the API client, so a member that is missing or of
 * another type here is taken as "not known" and raises no banner: a
 * warning that may be wrong is worse than none. */

static const char *
get_string (JsonObject *object,
            const char *name)
{
  JsonNode *node;

  if (object == NULL)
    return NULL;

  node = json_object_get_member (object, name);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static gboolean
is_null (JsonObject *object,
         const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_NULL (node);
}

/* A time, or %EC_TIME_NEVER for null, absent or unreadable. */
static gint64
get_time (JsonObject *object,
          const char *name)
{
  const char *text = get_string (object, name);

  if (text == NULL)
    return EC_TIME_NEVER;

  return ec_time_from_iso8601 (text, NULL);
}

static gboolean
get_int (JsonObject *object,
         const char *name,
         gint64     *out_value)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;

  *out_value = json_node_get_int (node);
  return TRUE;
}

static gboolean
get_boolean (JsonObject *object,
             const char *name,
             gboolean   *out_value)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return FALSE;

  *out_value = json_node_get_boolean (node);
  return TRUE;
}

/* Rule 1 of DOMAIN.md: an official account, and, after a conversion, a
 * login since. */
static EcAccountBlocker
compute_official (JsonObject *state)
{
  const char      *kind = get_string (state, "kind");
  EcAccountBlocker blockers = EC_ACCOUNT_BLOCKER_NONE;
  gint64           official_since, relogin_at;

  if (g_strcmp0 (kind, "natural-person") == 0)
    {
      /* The general public is not meant to convert: a member account is
       * the right one for them, and it still earns environmental-education
       * hours. */
      if (g_strcmp0 (get_string (state, "identity"), "general-public") == 0)
        blockers |= EC_ACCOUNT_BLOCKER_GENERAL_PUBLIC;
      else
        blockers |= EC_ACCOUNT_BLOCKER_NOT_OFFICIAL;
    }

  /* A login at the very second of the conversion counts, as in the upload
   * rules. */
  official_since = get_time (state, "official_since");
  relogin_at = get_time (state, "relogin_at");
  if (official_since != EC_TIME_NEVER
      && (relogin_at == EC_TIME_NEVER || relogin_at < official_since))
    blockers |= EC_ACCOUNT_BLOCKER_RELOGIN_NEEDED;

  return blockers;
}

/* The networks' own conditions (DOMAIN.md, rule 1 a and b). */
static EcAccountBlocker
compute_networks (JsonObject *state)
{
  EcAccountBlocker blockers = EC_ACCOUNT_BLOCKER_NONE;
  gint64           category;
  gboolean         unit_ok;

  if (g_strcmp0 (get_string (state, "identity"), "educator") == 0
      && get_int (state, "personnel_category", &category)
      && category != EC_PERSONNEL_CATEGORY_EDUCATOR)
    blockers |= EC_ACCOUNT_BLOCKER_NOT_EDUCATOR_CATEGORY;

  /* Null says there is no account; a member that is absent says nothing.
   * A wrong service unit only matters once there is an account to fill it
   * in on; until then creating the account is the one step to take. */
  if (is_null (state, "env_account_since"))
    blockers |= EC_ACCOUNT_BLOCKER_NO_ENV_ACCOUNT;
  else if (get_time (state, "env_account_since") != EC_TIME_NEVER
           && get_boolean (state, "env_service_unit_ok", &unit_ok) && !unit_ok)
    blockers |= EC_ACCOUNT_BLOCKER_ENV_SERVICE_UNIT;

  return blockers;
}

/**
 * ec_account_blockers_compute:
 * @account_state: (nullable): the `account_state` object of a records reply
 *   (docs/api.md, GET /api/v1/records)
 * @session_account: (nullable): the `account` object of the login reply
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
ec_account_blockers_compute (JsonObject *account_state,
                             JsonObject *session_account)
{
  const char      *type = get_string (session_account, "type");
  EcAccountBlocker blockers = EC_ACCOUNT_BLOCKER_NONE;

  if (g_strcmp0 (type, "social") == 0)
    return EC_ACCOUNT_BLOCKER_SOCIAL;
  if (g_strcmp0 (type, "certificate") == 0)
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
      return _ ("You are logged in with a general member account: only environmental-education hours upload. Lifelong-learning hours need an official account.");
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
