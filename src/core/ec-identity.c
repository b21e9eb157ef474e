/* ec-identity.c
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ec-identity"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ec-identity.h"

/* The ids are what the API, the cache and the settings store, so they never
 * change once released; the labels are for people and are translated.  Each
 * table is indexed by its enum, in the enum's order. */

typedef struct {
  const char *id;
  const char *label;
  const char *description;
} IdentityInfo;

/* The formatter cannot lay out tables of N_() strings: keep it out. */
/* clang-format off */
static const IdentityInfo identities[] = {
  [EC_IDENTITY_CIVIL_SERVANT] = {
    "civil-servant",
    N_ ("Civil servant"),
    N_ ("Civil servants and contract or temporary staff (約聘僱人員). "
        "Log in with an official account, or your hours are not uploaded."),
  },
  [EC_IDENTITY_EDUCATOR] = {
    "educator",
    N_ ("Educator"),
    N_ ("Public-school teachers. Log in with an official account; hours "
        "reach the teachers' network only if your personnel category "
        "(人員區分) is 10 教育人員."),
  },
  [EC_IDENTITY_GENERAL_PUBLIC] = {
    "general-public",
    N_ ("General public"),
    N_ ("Everyone else. You need a 我的e政府 account for "
        "environmental-education hours; hours studied with a social "
        "account are never uploaded."),
  },
};
/* clang-format on */

G_STATIC_ASSERT (G_N_ELEMENTS (identities) == EC_N_IDENTITIES);

typedef struct {
  const char *id;
  const char *label;
} RouteInfo;

/* clang-format off */
static const RouteInfo routes[] = {
  [EC_LOGIN_ROUTE_ECPA] = { "ecpa", N_ ("eCPA (人事服務網)") },
  [EC_LOGIN_ROUTE_GOV_TW] = { "gov-tw", N_ ("我的e政府 account") },
  [EC_LOGIN_ROUTE_CERTIFICATE_BOUND] = {
    "certificate-bound", N_ ("Citizen digital certificate (bound)")
  },
  [EC_LOGIN_ROUTE_CERTIFICATE_UNBOUND] = {
    "certificate-unbound", N_ ("Citizen digital certificate (not bound)")
  },
  [EC_LOGIN_ROUTE_SOCIAL] = {
    "social", N_ ("Social account (Facebook, Google)")
  },
};
/* clang-format on */

G_STATIC_ASSERT (G_N_ELEMENTS (routes) == EC_N_LOGIN_ROUTES);

static const IdentityInfo *
identity_info (EcIdentity identity)
{
  g_return_val_if_fail ((guint) identity < G_N_ELEMENTS (identities), NULL);

  return &identities[identity];
}

static const RouteInfo *
route_info (EcLoginRoute route)
{
  g_return_val_if_fail ((guint) route < G_N_ELEMENTS (routes), NULL);

  return &routes[route];
}

/**
 * ec_identity_to_string:
 * @identity: an identity
 *
 * Returns: the stable, untranslated id of @identity ("civil-servant",
 *   "educator" or "general-public"), as the API and the settings store it.
 */
const char *
ec_identity_to_string (EcIdentity identity)
{
  const IdentityInfo *info = identity_info (identity);

  return info != NULL ? info->id : NULL;
}

/**
 * ec_identity_from_string:
 * @text: (nullable): an id from ec_identity_to_string()
 * @out_identity: (out): the identity
 *
 * The text comes from the API or from settings, so an unknown id is an
 * ordinary failure rather than a programming error.
 *
 * Returns: %TRUE if @text is a known id; @out_identity is untouched otherwise.
 */
gboolean
ec_identity_from_string (const char *text,
                         EcIdentity *out_identity)
{
  g_return_val_if_fail (out_identity != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (identities); i++)
    {
      if (strcmp (text, identities[i].id) == 0)
        {
          *out_identity = (EcIdentity) i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * ec_identity_get_label:
 * @identity: an identity
 *
 * Returns: the translated name of @identity, as the platform's first-login
 *   page words it (公務人員, 教育人員, 一般民眾).
 */
const char *
ec_identity_get_label (EcIdentity identity)
{
  const IdentityInfo *info = identity_info (identity);

  return info != NULL ? _ (info->label) : NULL;
}

/**
 * ec_identity_get_description:
 * @identity: an identity
 *
 * Returns: a translated sentence saying who has @identity and what it means
 *   for their hours, for the identity page of the assistant.
 */
const char *
ec_identity_get_description (EcIdentity identity)
{
  const IdentityInfo *info = identity_info (identity);

  return info != NULL ? _ (info->description) : NULL;
}

/**
 * ec_login_route_to_string:
 * @route: a login route
 *
 * Returns: the stable, untranslated id of @route ("ecpa", "gov-tw",
 *   "certificate-bound", "certificate-unbound" or "social").
 */
const char *
ec_login_route_to_string (EcLoginRoute route)
{
  const RouteInfo *info = route_info (route);

  return info != NULL ? info->id : NULL;
}

/**
 * ec_login_route_from_string:
 * @text: (nullable): an id from ec_login_route_to_string()
 * @out_route: (out): the route
 *
 * Returns: %TRUE if @text is a known id; @out_route is untouched otherwise.
 */
gboolean
ec_login_route_from_string (const char   *text,
                            EcLoginRoute *out_route)
{
  g_return_val_if_fail (out_route != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (routes); i++)
    {
      if (strcmp (text, routes[i].id) == 0)
        {
          *out_route = (EcLoginRoute) i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * ec_login_route_get_label:
 * @route: a login route
 *
 * Returns: the translated name of @route.
 */
const char *
ec_login_route_get_label (EcLoginRoute route)
{
  const RouteInfo *info = route_info (route);

  return info != NULL ? _ (info->label) : NULL;
}
