/* ec-route-advice.h: which login route to recommend, and what each does to
 * the learner's hours.
 *
 * Copyright 2026 The Elearn Companion authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ec-identity.h"

G_BEGIN_DECLS

/**
 * EcAccountsHeld:
 * @EC_ACCOUNTS_HELD_NONE: no account yet.
 * @EC_ACCOUNTS_HELD_ECPA: an eCPA account.
 * @EC_ACCOUNTS_HELD_GOV_TW: a 我的e政府 account.
 * @EC_ACCOUNTS_HELD_GOV_TW_OFFICIAL: that 我的e政府 account is an official
 *   one (only meaningful with %EC_ACCOUNTS_HELD_GOV_TW).
 * @EC_ACCOUNTS_HELD_CERTIFICATE: a citizen digital certificate.
 * @EC_ACCOUNTS_HELD_CERTIFICATE_BOUND: the certificate is bound to one of the
 *   accounts above (only meaningful with %EC_ACCOUNTS_HELD_CERTIFICATE).
 * @EC_ACCOUNTS_HELD_SOCIAL: a social account.
 *
 * What the learner says they already have, on the login-route page.
 */
typedef enum /*< flags >*/ {
  EC_ACCOUNTS_HELD_NONE = 0,
  EC_ACCOUNTS_HELD_ECPA = 1 << 0,
  EC_ACCOUNTS_HELD_GOV_TW = 1 << 1,
  EC_ACCOUNTS_HELD_GOV_TW_OFFICIAL = 1 << 2,
  EC_ACCOUNTS_HELD_CERTIFICATE = 1 << 3,
  EC_ACCOUNTS_HELD_CERTIFICATE_BOUND = 1 << 4,
  EC_ACCOUNTS_HELD_SOCIAL = 1 << 5,
} EcAccountsHeld;

/**
 * EcRouteVerdict:
 * @EC_ROUTE_VERDICT_RECOMMENDED: the route to take.
 * @EC_ROUTE_VERDICT_COUNTS: also fine: hours count.
 * @EC_ROUTE_VERDICT_NEEDS_ACTION: hours count only after the learner does
 *   something first (convert the account, bind the certificate, register).
 * @EC_ROUTE_VERDICT_SEPARATE_ACCOUNT: logs in to a separate account whose
 *   records never merge (an unbound certificate).
 * @EC_ROUTE_VERDICT_NEVER_COUNTS: hours are never uploaded (a social login,
 *   or an identity the route does not serve).
 */
typedef enum {
  EC_ROUTE_VERDICT_RECOMMENDED,
  EC_ROUTE_VERDICT_COUNTS,
  EC_ROUTE_VERDICT_NEEDS_ACTION,
  EC_ROUTE_VERDICT_SEPARATE_ACCOUNT,
  EC_ROUTE_VERDICT_NEVER_COUNTS,
} EcRouteVerdict;

/**
 * EcRouteAction:
 * @EC_ROUTE_ACTION_NONE: nothing to do first.
 * @EC_ROUTE_ACTION_REGISTER_ECPA: get an eCPA account.
 * @EC_ROUTE_ACTION_REGISTER_GOV_TW: register a 我的e政府 general member.
 * @EC_ROUTE_ACTION_CONVERT_ACCOUNT: apply to convert the 我的e政府 account
 *   into an official one (自然人轉公務員).
 * @EC_ROUTE_ACTION_BIND_CERTIFICATE: bind the certificate to an account
 *   before using it (綁定自然人憑證作業).
 * @EC_ROUTE_ACTION_USE_ANOTHER_ROUTE: this route cannot give the hours; use
 *   the recommended one.
 */
typedef enum {
  EC_ROUTE_ACTION_NONE,
  EC_ROUTE_ACTION_REGISTER_ECPA,
  EC_ROUTE_ACTION_REGISTER_GOV_TW,
  EC_ROUTE_ACTION_CONVERT_ACCOUNT,
  EC_ROUTE_ACTION_BIND_CERTIFICATE,
  EC_ROUTE_ACTION_USE_ANOTHER_ROUTE,
} EcRouteAction;

/**
 * EcRouteOption:
 * @route: the login route.
 * @verdict: what taking it means for the hours.
 * @action: what the learner must do first, if anything.
 * @consequence: a translated sentence for the learner, saying what happens
 *   to their hours on this route (owned by the advice).
 */
typedef struct {
  EcLoginRoute   route;
  EcRouteVerdict verdict;
  EcRouteAction  action;
  const char    *consequence;
} EcRouteOption;

/**
 * EcRouteAdvice:
 * @identity: the identity the advice is for.
 * @held: the accounts the learner has.
 * @recommended: the route to take.
 * @options: one entry per #EcLoginRoute, in the enum's order.
 * @summary: a translated paragraph that explains the recommendation.
 */
typedef struct {
  EcIdentity     identity;
  EcAccountsHeld held;
  EcLoginRoute   recommended;
  EcRouteOption  options[EC_N_LOGIN_ROUTES];
  const char    *summary;
} EcRouteAdvice;

void ec_route_advise (EcIdentity     identity,
                      EcAccountsHeld held,
                      EcRouteAdvice *out_advice);

const EcRouteOption *ec_route_advice_get_option (const EcRouteAdvice *advice,
                                                 EcLoginRoute         route);

G_END_DECLS
